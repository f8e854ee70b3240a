// Loading the basemap from geodata/ with GDAL: opens the GeoPackage and the relief GeoTIFF
// (only those drivers), validates layers and fields, reprojects once. No GL, no ImGui.
#pragma once
#include <filesystem>

#include "geo/basemap.h"
#include "geo/map_projection.h"
#include "util/progress.h"

namespace atlas::geo {

struct BasemapSource {
  std::filesystem::path vector_file;  // GeoPackage, layers as built by geodata/build_geodata.py
  std::filesystem::path relief_file;  // GeoTIFF hillshade; optional (empty path: no relief)
  static BasemapSource Default();     // GeodataDir()/caucasus_atlas.gpkg and relief.tif
};

// Throws AtlasError naming the file and the problem: missing, unreadable, not a GeoPackage
// or GeoTIFF, a missing layer or field, a layer without a coordinate system, corrupt data.
Basemap LoadBasemap(const BasemapSource& source, const MapProjection& projection,
                    const ProgressFn& progress = {});

// Only the relief raster (GeoTIFF), warped to the map projection if needed. Same errors.
ReliefRaster LoadRelief(const std::filesystem::path& relief_file, const MapProjection& projection);

}  // namespace atlas::geo

// Everything CPU-side the map needs before it can be drawn: the projection, the loaded
// basemap and the scene built from it, loaded in one call shared by the GUI and exports.
// No GL, no ImGui.
#pragma once
#include <memory>

#include "geo/basemap_loader.h"
#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "map/map_view.h"

namespace atlas::map {

struct BasemapAssets {
  geo::MapProjection projection;
  geo::Basemap basemap;  // the vector layers are empty when the scene came from the cache
  bool vectors_loaded = false;
  BasemapScene scene;
  const BasemapStyle* style = nullptr;
};

struct BasemapLoadOptions {
  bool use_cache = true;      // take the drawable scene from the user's cache when it matches
  bool keep_vectors = false;  // also read every vector layer (tests, tools that query them)
  ProgressFn progress;
};

// Throws AtlasError naming the geodata file and the problem. The scene (tessellated fills,
// line strips, labels) is derived data: while the geodata files are unchanged it comes from
// the user's cache and only the relief is read through GDAL; otherwise every layer is read
// through GDAL, the scene built and cached.
std::unique_ptr<BasemapAssets> LoadBasemapAssets(const geo::BasemapSource& source, const BasemapStyle& style,
                                                 const BasemapLoadOptions& options = {});

// The extent "Home" returns to: the South Caucasus with its neighbours' borderlands, inside
// the detailed data's box so the box's edges stay off-screen.
geo::Bounds HomeBounds(const geo::MapProjection& projection);

// The resolution range and pan limits a view of these assets is held to.
void LimitViewToAssets(const BasemapAssets& assets, MapView& view);

}  // namespace atlas::map

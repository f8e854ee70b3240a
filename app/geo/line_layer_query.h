// Reading selected lines of a geodata layer on demand (a river by name, the border between
// two countries), projected: what corridor routes follow. Through GDAL/OGR; no GL, no ImGui.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "geo/map_projection.h"

namespace atlas::geo {

struct LineSelection {
  std::string layer;            // "rivers", "international_borders"
  std::string name;             // rivers: the `name` value
  std::string country_a, country_b;  // borders: the left_a3/right_a3 pair, either order
};

// Throws AtlasError naming the file for a missing file, layer or field.
std::vector<Path> ReadSelectedLines(const std::filesystem::path& vector_file, const LineSelection& selection,
                                    const MapProjection& projection);

}  // namespace atlas::geo

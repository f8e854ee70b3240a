// What is drawn over the basemap for one frame besides its own layers: the corpus markers,
// the selection and hover, and the naming convention with the town names it implies.
// Evaluated state passed to the renderer; owns nothing heavy. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "map/naming_convention.h"
#include "map/place_markers.h"

namespace atlas::map {

struct MapOverlay {
  NamingConvention naming = NamingConvention::kInternational;
  const std::vector<PlaceMarker>* markers = nullptr;
  // Basemap town labels replaced under the naming convention, by GeoNames id.
  const std::unordered_map<int64_t, std::string>* town_names = nullptr;
  std::string selected_place, hovered_place;
  // Bump whenever markers or names change, so labels are measured and placed again.
  uint64_t version = 0;
};

// Town names per naming convention for every gazetteer entry with a GeoNames id.
std::unordered_map<int64_t, std::string> TownNames(const text::Gazetteer& gazetteer, NamingConvention convention);

}  // namespace atlas::map

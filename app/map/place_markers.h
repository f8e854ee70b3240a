// The corpus places layer: one marker per place, region, corridor or country that the loaded
// articles mention (not one per mention), sized by how often it is mentioned under the
// current filters, with its label per naming convention. Built from the gazetteer and the
// store's counts; no GL, no ImGui.
#pragma once
#include <string>
#include <vector>

#include "geo/map_projection.h"
#include "map/naming_convention.h"
#include "store/corpus_queries.h"
#include "text/gazetteer.h"

namespace atlas::map {

struct PlaceMarker {
  std::string place_id;
  text::PlaceKind kind = text::PlaceKind::kPlace;
  geo::DVec2 position;     // projected
  int64_t mentions = 0, passages = 0;
  float radius = 4;        // logical pixels: grows with the square root of the mentions
  std::string label;       // per naming convention
  int importance = 3;
  int64_t geonames_id = 0;
};

// Markers for every counted place the gazetteer can place, biggest first (so small ones are
// drawn on top and stay clickable).
std::vector<PlaceMarker> BuildPlaceMarkers(const text::Gazetteer& gazetteer, const std::vector<store::PlaceCount>& counts,
                                           const geo::MapProjection& projection, NamingConvention convention);

// Marker radius for a mention count, in logical pixels.
float MarkerRadius(int64_t mentions);

}  // namespace atlas::map

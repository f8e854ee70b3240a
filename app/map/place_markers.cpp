// Corpus place markers; see place_markers.h.
#include "map/place_markers.h"

#include <algorithm>
#include <cmath>

namespace atlas::map {

float MarkerRadius(int64_t mentions) {
  return std::min(26.f, 3.5f + 1.6f * std::sqrt(float(std::max<int64_t>(mentions, 0))));
}

std::vector<PlaceMarker> BuildPlaceMarkers(const text::Gazetteer& gazetteer, const std::vector<store::PlaceCount>& counts,
                                           const geo::MapProjection& projection, NamingConvention convention) {
  std::vector<PlaceMarker> markers;
  markers.reserve(counts.size());
  for (const store::PlaceCount& c : counts) {
    const text::GazetteerEntry* e = gazetteer.Find(c.place_id);
    if (!e || c.mentions <= 0) continue;
    PlaceMarker m;
    m.place_id = c.place_id;
    m.kind = e->kind;
    m.position = projection.Forward({e->lon, e->lat});
    m.mentions = c.mentions;
    m.passages = c.passages;
    // Countries are named everywhere and would smother the map: a small fixed badge keeps
    // them clickable without scaling them by their (large) counts.
    m.radius = e->kind == text::PlaceKind::kCountry ? 5.f : MarkerRadius(c.mentions);
    m.label = LabelFor(*e, convention);
    m.importance = e->importance;
    m.geonames_id = e->geonames_id;
    markers.push_back(std::move(m));
  }
  std::stable_sort(markers.begin(), markers.end(), [](const PlaceMarker& a, const PlaceMarker& b) {
    return a.radius > b.radius;
  });
  return markers;
}

}  // namespace atlas::map

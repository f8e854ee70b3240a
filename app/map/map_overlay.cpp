// Overlay helpers; see map_overlay.h.
#include "map/map_overlay.h"

namespace atlas::map {

std::unordered_map<int64_t, std::string> TownNames(const text::Gazetteer& gazetteer, NamingConvention convention) {
  std::unordered_map<int64_t, std::string> names;
  for (const auto& e : gazetteer.entries())
    if (e.geonames_id != 0 && e.kind == text::PlaceKind::kPlace) names.emplace(e.geonames_id, LabelFor(e, convention));
  return names;
}

}  // namespace atlas::map

// The basemap's layer table; see layer_ids.h.
#include "map/layer_ids.h"

#include <array>

namespace atlas::map {

std::span<const LayerInfo> MapLayers() {
  static constexpr std::array kLayers{
      LayerInfo{"relief", "Shaded relief", true},
      LayerInfo{"world", "Wider world", true},
      LayerInfo{"admin1", "Provinces and districts", true},
      LayerInfo{"rivers", "Rivers", true},
      LayerInfo{"disputed", "De facto and disputed areas", true},
      LayerInfo{"borders", "International borders", true},
      LayerInfo{"labels", "Place names", true},
      LayerInfo{"places", "Places in the articles", true, LayerGroup::kArticles},
      LayerInfo{"corridors", "Corridors", true, LayerGroup::kCurated},
      LayerInfo{"presence", "Actors on the ground", true, LayerGroup::kCurated},
      LayerInfo{"events_military", "Military events", true, LayerGroup::kEvents},
      LayerInfo{"events_diplomatic", "Diplomatic events", true, LayerGroup::kEvents},
      LayerInfo{"events_infrastructure", "Infrastructure events", true, LayerGroup::kEvents},
      LayerInfo{"events_humanitarian", "Humanitarian events", true, LayerGroup::kEvents},
      LayerInfo{"events_political", "Political events", true, LayerGroup::kEvents},
      LayerInfo{"events_economic", "Economic events", true, LayerGroup::kEvents},
  };
  return kLayers;
}

const LayerInfo* FindLayer(std::string_view id) {
  for (const auto& l : MapLayers())
    if (l.id == id) return &l;
  return nullptr;
}

LayerVisibility::LayerVisibility() {
  for (const auto& l : MapLayers()) visible_.emplace(std::string(l.id), l.visible_by_default);
}

bool LayerVisibility::IsVisible(std::string_view id) const {
  auto it = visible_.find(id);
  return it != visible_.end() && it->second;
}

void LayerVisibility::Set(std::string_view id, bool visible) { visible_[std::string(id)] = visible; }

}  // namespace atlas::map

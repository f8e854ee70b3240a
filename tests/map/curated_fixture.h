// The bundled curated layers, loaded once for the map tests that need them.
#pragma once
#include "map/curated_layers.h"
#include "util/data_paths.h"

namespace atlas::map::testing {

inline const geo::MapProjection& Projection() {
  static geo::MapProjection projection;
  return projection;
}

inline const CuratedLayers& BundledCuratedLayers() {
  static text::Gazetteer gazetteer = text::LoadGazetteer(text::GazetteerSources::Bundled());
  static CuratedLayers layers =
      LoadCuratedLayers(AssetsDir() / "curated", gazetteer, Projection(), GeodataDir() / "caucasus_atlas.gpkg");
  return layers;
}

template <typename T>
const T& FindById(const std::vector<T>& items, const std::string& id) {
  for (const T& item : items)
    if (item.id == id) return item;
  throw std::runtime_error("no curated item " + id);
}

}  // namespace atlas::map::testing

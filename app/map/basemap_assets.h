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
  geo::Basemap basemap;
  BasemapScene scene;
  const BasemapStyle* style = nullptr;
};

// Throws AtlasError naming the geodata file and the problem. The tessellated scene is taken
// from the user's cache when the inputs are unchanged (use_cache), and stored there otherwise.
std::unique_ptr<BasemapAssets> LoadBasemapAssets(const geo::BasemapSource& source, const BasemapStyle& style,
                                                 const ProgressFn& progress = {}, bool use_cache = true);

// The extent "Home" returns to: the South Caucasus with its neighbours' borderlands, inside
// the detailed data's box so the box's edges stay off-screen.
geo::Bounds HomeBounds(const geo::MapProjection& projection);

// The resolution range and pan limits a view of these assets is held to.
void LimitViewToAssets(const BasemapAssets& assets, MapView& view);

}  // namespace atlas::map

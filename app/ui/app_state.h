// The state the GUI's panels read and change each frame: the loaded map, the view, layer
// switches and which windows are open. Immediate mode: panels own no copy of the model.
#pragma once
#include <optional>
#include <string>

#include "map/basemap_assets.h"
#include "map/layer_ids.h"
#include "map/map_view.h"

namespace atlas::ui {

struct AppState {
  map::BasemapAssets* assets = nullptr;
  map::MapView view;
  map::LayerVisibility layers;
  std::optional<geo::DVec2> cursor_map;  // map position under the mouse, if over the map
  bool show_layers = true;
  bool show_about = false;
  bool quit_requested = false;
  std::string notice;  // one-line message shown in the status bar (errors, confirmations)
};

}  // namespace atlas::ui

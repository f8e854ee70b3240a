// The key to a map as drawn: exactly the layers and symbols visible in a view under the
// overlay's filter and date, in the map's own styles, grouped for a briefing's legend.
// Data only; the renderer and the GUI draw it. No GL, no ImGui.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "map/basemap_style.h"
#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"

namespace atlas::map {

struct LegendEntry {
  enum class Kind {
    kSymbol,    // a point symbol: shape, fill, outline
    kPresence,  // an actor's bullseye in its colour
    kLine,      // a stretch of line style
    kCluster,   // a numbered disc of several events
    kDuration,  // the bar beneath an event that lasted days
  };
  Kind kind = Kind::kSymbol;
  std::string label;
  SymbolShape shape = SymbolShape::kDot;
  Rgba fill{}, outline{};
  LineStyle line{};
};

struct LegendGroup {
  std::string title;  // "In the articles", "Corridors", "Events", "On the ground", "Borders"
  std::vector<LegendEntry> entries;
};

// Entries appear only for what the view shows: a layer that is off, or whose features all
// lie outside the view or outside the date window, has none. `actor_name` names presence
// actors ("Russia"); without it the ids are shown.
std::vector<LegendGroup> BuildLegend(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
                                     const BasemapStyle& style,
                                     const std::function<std::string(const std::string&)>& actor_name = {});

}  // namespace atlas::map

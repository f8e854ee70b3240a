// Draws the curated and event layers over the basemap: corridors styled by their status on
// the overlay's date, actors' presence (areas and symbols), event markers with durations and
// clusters with counts. Shares the map renderer's painters; needs GL. No ImGui.
#pragma once
#include <vector>

#include "map/basemap_style.h"
#include "map/label_placer.h"
#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "render/line_painter.h"
#include "render/symbol_painter.h"
#include "render/text_renderer.h"

namespace atlas::render {

class FeaturePainter {
 public:
  FeaturePainter(LinePainter& lines, SymbolPainter& symbols, TextRenderer& text, const map::BasemapStyle& style)
      : lines_(lines), symbols_(symbols), text_(text), style_(style) {}

  // Corridors and presence areas: beneath the place markers.
  void DrawUnderMarkers(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay);
  // Presence symbols, then events (lone markers and clusters) on top; their screen boxes are
  // appended to `obstacles` so that labels keep clear of them.
  void DrawOverMarkers(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay,
                       std::vector<map::ScreenBox>* obstacles);

 private:
  void DrawCorridors(const map::MapView& view, const map::MapOverlay& overlay);
  void DrawPresenceAreas(const map::MapView& view, const map::MapOverlay& overlay);
  void DrawPresenceSymbols(const map::MapView& view, const map::MapOverlay& overlay,
                           std::vector<map::ScreenBox>* obstacles);
  void DrawEvents(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay,
                  std::vector<map::ScreenBox>* obstacles);

  LinePainter& lines_;
  SymbolPainter& symbols_;
  TextRenderer& text_;
  const map::BasemapStyle& style_;
};

}  // namespace atlas::render

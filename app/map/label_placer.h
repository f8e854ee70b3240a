// Chooses which label candidates to show and where: by priority, inside the zoom range of
// their class, never overlapping each other or symbols, never clipped by the viewport.
// Pure geometry; text is measured through a callback. No GL, no ImGui.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "map/layer_ids.h"
#include "map/map_view.h"

namespace atlas::map {

// Size of a (possibly multi-line) label in logical pixels at its style's size.
struct TextExtent {
  float width = 0;
  float height = 0;  // all lines, ascender of the first to descender of the last
};
using TextMeasurer = std::function<TextExtent(const std::string& text, const LabelStyle& style)>;

struct ScreenBox {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool Overlaps(const ScreenBox& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

struct PlacedLabel {
  size_t candidate = 0;  // index into the candidate list
  ScreenBox text_box;    // physical pixels: where the text block goes (top-left origin)
  bool has_symbol = false;
  DVec2 symbol_center;   // physical pixels
};

class LabelPlacer {
 public:
  // Text extents are cached per candidate index: pass a new `version` whenever the candidate
  // list's content changes (same object and size otherwise reuse the cache). `obstacles` are
  // screen boxes no label may cover (markers drawn above the basemap).
  std::vector<PlacedLabel> Place(const std::vector<LabelCandidate>& candidates, const MapView& view,
                                 const BasemapStyle& style, const LayerVisibility& layers,
                                 const TextMeasurer& measure, const std::vector<ScreenBox>& obstacles = {},
                                 uint64_t version = 0);

 private:
  void PrepareCache(const std::vector<LabelCandidate>& candidates, uint64_t version);
  const std::vector<LabelCandidate>* cached_for_ = nullptr;
  size_t cached_size_ = 0;
  uint64_t cached_version_ = 0;
  std::vector<TextExtent> extents_;   // per candidate, logical px; measured on first use
  std::vector<bool> measured_;
  std::vector<size_t> by_priority_;   // candidate indices, highest priority first
};

}  // namespace atlas::map

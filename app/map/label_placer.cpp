// Greedy label placement with a collision grid; see label_placer.h.
#include "map/label_placer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_set>

namespace atlas::map {
namespace {

// A uniform grid of already-taken boxes, so each test looks only at nearby labels.
class CollisionGrid {
 public:
  CollisionGrid(int width, int height, float cell) : cell_(cell) {
    cols_ = std::max(1, int(std::ceil(width / cell)));
    rows_ = std::max(1, int(std::ceil(height / cell)));
    cells_.resize(size_t(cols_) * size_t(rows_));
  }
  bool Free(const ScreenBox& b) {
    bool free = true;
    Visit(b, [&](const std::vector<ScreenBox>& cell) {
      for (const auto& o : cell)
        if (o.Overlaps(b)) free = false;
    });
    return free;
  }
  void Take(const ScreenBox& b) {
    Visit(b, [&](std::vector<ScreenBox>& cell) { cell.push_back(b); });
  }

 private:
  template <typename Fn>
  void Visit(const ScreenBox& b, Fn&& fn) {
    int c0 = std::clamp(int(b.x0 / cell_), 0, cols_ - 1), c1 = std::clamp(int(b.x1 / cell_), 0, cols_ - 1);
    int r0 = std::clamp(int(b.y0 / cell_), 0, rows_ - 1), r1 = std::clamp(int(b.y1 / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) fn(cells_[size_t(r) * size_t(cols_) + size_t(c)]);
  }
  float cell_;
  int cols_, rows_;
  std::vector<std::vector<ScreenBox>> cells_;
};

ScreenBox Grow(ScreenBox b, float by) { return {b.x0 - by, b.y0 - by, b.x1 + by, b.y1 + by}; }

bool InsideViewport(const ScreenBox& b, const MapView& view, float margin) {
  return b.x0 >= margin && b.y0 >= margin && b.x1 <= view.width() - margin && b.y1 <= view.height() - margin;
}

}  // namespace

void LabelPlacer::PrepareCache(const std::vector<LabelCandidate>& candidates, uint64_t version) {
  if (cached_for_ == &candidates && cached_size_ == candidates.size() && cached_version_ == version) return;
  cached_for_ = &candidates;
  cached_size_ = candidates.size();
  cached_version_ = version;
  // Text is measured (shaped) only when a candidate is first considered: most are never in
  // view at their zoom, and shaping all of them would delay the first frame.
  extents_.assign(candidates.size(), TextExtent{});
  measured_.assign(candidates.size(), false);
  by_priority_.resize(candidates.size());
  std::iota(by_priority_.begin(), by_priority_.end(), size_t(0));
  std::stable_sort(by_priority_.begin(), by_priority_.end(),
                   [&](size_t a, size_t b) { return candidates[a].priority > candidates[b].priority; });
}

std::vector<PlacedLabel> LabelPlacer::Place(const std::vector<LabelCandidate>& candidates, const MapView& view,
                                            const BasemapStyle& style, const LayerVisibility& layers,
                                            const TextMeasurer& measure, const std::vector<ScreenBox>& obstacles,
                                            uint64_t version) {
  PrepareCache(candidates, version);
  const float ratio = float(view.pixel_ratio());
  const double res = view.logical_resolution();
  const geo::Bounds visible = view.VisibleBounds();
  CollisionGrid grid(view.width(), view.height(), 64 * ratio);
  for (const ScreenBox& o : obstacles) grid.Take(o);
  std::unordered_set<std::string> placed_keys;
  std::vector<PlacedLabel> placed;

  for (size_t index : by_priority_) {
    const LabelCandidate& c = candidates[index];
    const LabelStyle& ls = style.label(c.cls);
    if (res > ls.max_resolution || res < ls.min_resolution) continue;
    if (!layers.IsVisible(c.layer_id) || !visible.Contains(c.anchor)) continue;
    if (!c.key.empty() && placed_keys.count(c.key)) continue;

    const DVec2 at = view.MapToScreen(c.anchor);
    if (!measured_[index]) {
      extents_[index] = measure(c.text, ls);
      measured_[index] = true;
    }
    const float w = extents_[index].width * ratio, h = extents_[index].height * ratio;
    const float halo = ls.halo_width * ratio;
    // A label beside a symbol: the style's own symbol, or a marker drawn by the caller.
    const bool own_symbol = ls.symbol != SymbolShape::kNone;
    const float symbol_radius = c.symbol_radius > 0 ? c.symbol_radius : own_symbol ? ls.symbol_size / 2 : 0;
    PlacedLabel label{index, {}, own_symbol, at};

    ScreenBox symbol_box{};
    std::vector<ScreenBox> options;
    if (symbol_radius > 0) {
      const float s = symbol_radius * ratio + 1 * ratio;
      symbol_box = {float(at.x) - s, float(at.y) - s, float(at.x) + s, float(at.y) + s};
      // A marker is already an obstacle in the grid: keep the label's padding clear of it.
      const float gap = own_symbol ? s + 2 * ratio : s + halo + (kLabelPadding + 1.5f) * ratio;
      const float cx = float(at.x), cy = float(at.y);
      options = {{cx + gap, cy - h / 2, cx + gap + w, cy + h / 2},           // right
                 {cx - gap - w, cy - h / 2, cx - gap, cy + h / 2},           // left
                 {cx - w / 2, cy - gap - h, cx + w / 2, cy - gap},           // above
                 {cx - w / 2, cy + gap, cx + w / 2, cy + gap + h},           // below
                 {cx + gap * 0.7f, cy - gap * 0.7f - h, cx + gap * 0.7f + w, cy - gap * 0.7f},   // above right
                 {cx + gap * 0.7f, cy + gap * 0.7f, cx + gap * 0.7f + w, cy + gap * 0.7f + h},   // below right
                 {cx - gap * 0.7f - w, cy - gap * 0.7f - h, cx - gap * 0.7f, cy - gap * 0.7f},   // above left
                 {cx - gap * 0.7f - w, cy + gap * 0.7f, cx - gap * 0.7f, cy + gap * 0.7f + h}};  // below left
      // A basemap symbol must find free space; a marker is already an obstacle itself.
      if (own_symbol && (!grid.Free(symbol_box) || !InsideViewport(symbol_box, view, 0))) continue;
    } else {
      options = {{float(at.x) - w / 2, float(at.y) - h / 2, float(at.x) + w / 2, float(at.y) + h / 2}};
    }
    for (const ScreenBox& box : options) {
      const ScreenBox padded = Grow(box, halo + kLabelPadding * ratio);
      if (!InsideViewport(padded, view, 2 * ratio) || !grid.Free(padded)) continue;
      label.text_box = box;
      grid.Take(padded);
      if (own_symbol) grid.Take(symbol_box);
      if (!c.key.empty()) placed_keys.insert(c.key);
      placed.push_back(label);
      break;
    }
  }
  return placed;
}

}  // namespace atlas::map

// Viewport minus opaque rectangles; see uncovered_area.h. Vertical strips between every cover
// edge, each with its open runs of rows; a run the next strip shares keeps growing rightwards.
#include "render/uncovered_area.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas::render {

std::vector<PixelRect> UncoveredRects(int width, int height, const std::vector<map::ScreenBox>& covers, float inset) {
  std::vector<PixelRect> holes;  // the covers as whole pixels inside the viewport
  for (const map::ScreenBox& c : covers) {
    PixelRect r{int(std::ceil(c.x0 + inset)), int(std::ceil(c.y0 + inset)), int(std::floor(c.x1 - inset)),
                int(std::floor(c.y1 - inset))};
    r.x0 = std::clamp(r.x0, 0, width), r.x1 = std::clamp(r.x1, 0, width);
    r.y0 = std::clamp(r.y0, 0, height), r.y1 = std::clamp(r.y1, 0, height);
    if (r.x0 < r.x1 && r.y0 < r.y1) holes.push_back(r);
  }
  if (holes.empty()) return width > 0 && height > 0 ? std::vector<PixelRect>{{0, 0, width, height}} : std::vector<PixelRect>{};

  std::vector<int> xs{0, width};
  for (const PixelRect& h : holes) xs.insert(xs.end(), {h.x0, h.x1});
  std::sort(xs.begin(), xs.end());
  xs.erase(std::unique(xs.begin(), xs.end()), xs.end());

  using Run = std::pair<int, int>;  // open rows [y0, y1)
  std::vector<PixelRect> out;
  std::vector<std::pair<Run, int>> open;  // runs still growing to the right, with their left edge
  for (size_t i = 0; i + 1 < xs.size(); ++i) {
    const int x0 = xs[i], x1 = xs[i + 1];
    std::vector<Run> blocked;
    for (const PixelRect& h : holes)
      if (h.x0 <= x0 && x1 <= h.x1) blocked.emplace_back(h.y0, h.y1);
    std::sort(blocked.begin(), blocked.end());
    std::vector<Run> runs;
    int y = 0;
    for (const auto& [b0, b1] : blocked) {
      if (b0 > y) runs.emplace_back(y, b0);
      y = std::max(y, b1);
    }
    if (y < height) runs.emplace_back(y, height);
    // A run that continues unchanged keeps growing; one that ends becomes a rectangle.
    std::vector<std::pair<Run, int>> next;
    for (const Run& run : runs) {
      auto it = std::find_if(open.begin(), open.end(), [&](const auto& o) { return o.first == run; });
      next.emplace_back(run, it == open.end() ? x0 : it->second);
    }
    for (const auto& [run, left] : open)
      if (std::find(runs.begin(), runs.end(), run) == runs.end()) out.push_back({left, run.first, x0, run.second});
    open = std::move(next);
  }
  for (const auto& [run, left] : open) out.push_back({left, run.first, width, run.second});
  return out;
}

}  // namespace atlas::render

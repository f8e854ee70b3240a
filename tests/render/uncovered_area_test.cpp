// The viewport minus panels: the rectangles must not overlap each other or any pixel wholly
// inside an (inset) panel, and together must cover every other pixel, whatever the layout.
#include <gtest/gtest.h>

#include <random>

#include "render/uncovered_area.h"

namespace atlas::render {
namespace {

// Checks the result pixel by pixel against the definition.
void ExpectExact(int w, int h, const std::vector<map::ScreenBox>& covers, float inset) {
  const std::vector<PixelRect> rects = UncoveredRects(w, h, covers, inset);
  std::vector<int> hits(size_t(w) * size_t(h), 0);
  for (const PixelRect& r : rects) {
    ASSERT_TRUE(0 <= r.x0 && r.x0 < r.x1 && r.x1 <= w && 0 <= r.y0 && r.y0 < r.y1 && r.y1 <= h);
    for (int y = r.y0; y < r.y1; ++y)
      for (int x = r.x0; x < r.x1; ++x) ++hits[size_t(y) * size_t(w) + size_t(x)];
  }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      bool hidden = false;
      for (const map::ScreenBox& c : covers)
        hidden = hidden || (float(x) >= c.x0 + inset && float(x + 1) <= c.x1 - inset && float(y) >= c.y0 + inset &&
                            float(y + 1) <= c.y1 - inset);  // wholly inside: the panel paints all of it
      ASSERT_EQ(hits[size_t(y) * size_t(w) + size_t(x)], hidden ? 0 : 1) << "pixel " << x << "," << y;
    }
}

TEST(UncoveredArea, NoPanelsIsTheWholeViewport) {
  const auto rects = UncoveredRects(1920, 1080, {}, 4);
  ASSERT_EQ(rects.size(), 1u);
  EXPECT_EQ(rects[0].Area(), 1920LL * 1080);
}

TEST(UncoveredArea, TheAppsLayout) {
  // Sources down the right, Layers top left, Timeline bottom left, status bar along the bottom.
  const std::vector<map::ScreenBox> covers{
      {1430, 30, 1920, 1055}, {10, 30, 285, 640}, {10, 905, 1065, 1045}, {0, 1055, 1920, 1080}};
  const auto rects = UncoveredRects(1920, 1080, covers, 4);
  long long area = 0;
  for (const auto& r : rects) area += r.Area();
  // Each panel less its 4 px inset; the status bar is clipped to the screen.
  const long long hidden = 482LL * 1017 + 267LL * 602 + 1047LL * 132 + 1912LL * 17;
  EXPECT_EQ(area, 1920LL * 1080 - hidden) << "about 40% of the map is under the panels";
  EXPECT_LE(rects.size(), 12u) << "a handful of copies, not a pixel soup";
  ExpectExact(192, 108, {{143, 3, 192, 105.5f}, {1, 3, 28.5f, 64}, {1, 90.5f, 106.5f, 104.5f}, {0, 105.5f, 192, 108}}, 0.4f);
}

TEST(UncoveredArea, OverlappingAndOutsideCovers) {
  ExpectExact(60, 40, {{-10, -10, 20, 20}, {10, 10, 30, 30}, {50, -5, 80, 50}, {25, 5, 35, 15}}, 0);
  ExpectExact(60, 40, {{5, 5, 6, 6}}, 2);   // inset swallows a tiny cover
  ExpectExact(60, 40, {{-1, -1, 61, 41}}, 0);  // everything hidden
}

TEST(UncoveredArea, RandomLayouts) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> pos(-5, 70);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<map::ScreenBox> covers;
    for (int i = int(rng() % 6); i > 0; --i) {
      float a = pos(rng), b = pos(rng), c = pos(rng), d = pos(rng);
      covers.push_back({std::min(a, b), std::min(c, d), std::max(a, b), std::max(c, d)});
    }
    ExpectExact(64, 48, covers, float(rng() % 3));
  }
}

}  // namespace
}  // namespace atlas::render

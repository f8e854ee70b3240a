// The GUI's map image cache: a frame copied from the cache looks like a frame drawn directly,
// before and after a pan and with hover and selection; nothing is copied under a panel.
#include <gtest/gtest.h>

#include <cstdlib>
#include <utility>

#include "render/basemap_image_cache.h"
#include "render/offscreen_target.h"
#include "render_fixture.h"

namespace atlas::render::testing {
namespace {

constexpr int kWidth = 480, kHeight = 320;
constexpr float kInset = 4;
const std::vector<map::ScreenBox> kCovers{{120, 60, 300, 240}, {400, -10, 500, 330}};

map::MapView TestView() {
  map::ViewSpec spec;
  spec.bbox = map::LonLatBox{44.0, 38.8, 47.0, 40.8};  // Syunik, Lachin, Nakhchivan
  spec.width = kWidth;
  spec.height = kHeight;
  map::MapView view;
  map::LimitViewToAssets(*RenderFixture::Get().assets, view);
  map::ApplyViewSpec(spec, RenderFixture::Get().assets->projection, view);
  return view;
}

map::LayerVisibility BasemapOnly() {
  map::LayerVisibility layers;
  layers.Set("labels", false);  // labels are drawn each frame over the copy; this is about the copy
  return layers;
}

bool WhollyCovered(int x, int y) {
  for (const map::ScreenBox& c : kCovers)
    if (float(x) >= c.x0 + kInset && float(x + 1) <= c.x1 - kInset && float(y) >= c.y0 + kInset &&
        float(y + 1) <= c.y1 - kInset)
      return true;
  return false;
}

Image DrawDirect(const map::MapView& view) {
  OffscreenTarget target(kWidth, kHeight, 1);
  target.Bind();
  RenderFixture::Get().renderer->SetViewportOrigin(0, 0);
  RenderFixture::Get().renderer->Draw(view, BasemapOnly(), {});
  return target.ReadImage();
}

Image DrawCached(BasemapImageCache& cache, const map::MapView& view) {
  OffscreenTarget target(kWidth, kHeight, 1);
  target.Bind();
  glClearColor(1, 0, 1, 1);  // magenta: whatever is not drawn stays so
  glClear(GL_COLOR_BUFFER_BIT);
  GLint fbo = 0;
  glGetIntegerv(GL_FRAMEBUFFER_BINDING, &fbo);
  cache.Draw(*RenderFixture::Get().renderer, view, BasemapOnly(), {}, GLuint(fbo), kCovers, kInset);
  return target.ReadImage();
}

// The direct frame with the panels' insides painted magenta, as the cache should leave them.
Image Expected(const map::MapView& view) {
  Image image = DrawDirect(view);
  for (int y = 0; y < kHeight; ++y)
    for (int x = 0; x < kWidth; ++x)
      if (WhollyCovered(x, y)) {
        uint8_t* p = &image.rgba[(size_t(y) * kWidth + size_t(x)) * 4];
        p[0] = 255, p[1] = 0, p[2] = 255;
      }
  return image;
}

TEST(BasemapImageCache, CopiesLikeADirectDrawAndNothingUnderPanels) {
  BasemapImageCache cache;
  map::MapView view = TestView();
  DrawCached(cache, view);  // the first frame counts as a zoom: drawn directly, no image yet
  const Image first = DrawCached(cache, view);
  EXPECT_EQ(cache.rebuilds(), 1);
  ImageComparison c = CompareImages(Expected(view), first, 12);
  EXPECT_LT(c.differing_fraction, 0.002) << "max difference " << c.max_difference;

  view.PanByPixels({37, -21});  // within the margin: copied from the same image at an offset
  const Image panned = DrawCached(cache, view);
  EXPECT_EQ(cache.rebuilds(), 1);
  c = CompareImages(Expected(view), panned, 12);
  EXPECT_LT(c.differing_fraction, 0.002) << "max difference " << c.max_difference;

  // A point beside a panel is map, not magenta; a point deep inside one is untouched.
  const uint8_t* beside = panned.Pixel(110, 150);
  EXPECT_FALSE(beside[0] == 255 && beside[1] == 0 && beside[2] == 255);
  const uint8_t* inside = panned.Pixel(200, 150);
  EXPECT_TRUE(inside[0] == 255 && inside[1] == 0 && inside[2] == 255);
}

// Markers with one selected and one hovered: the copy holds them plain, the emphasis is drawn
// over it each frame, and the result looks like drawing everything directly.
TEST(BasemapImageCache, HoverAndSelectionDrawnOverTheCopy) {
  const auto& projection = RenderFixture::Get().assets->projection;
  std::vector<map::PlaceMarker> markers;
  const std::pair<const char*, geo::LonLat> places[] = {
      {"lachin", {46.55, 39.64}}, {"goris", {46.34, 39.51}}, {"shusha", {46.75, 39.76}}, {"nakhchivan", {45.41, 39.21}}};
  for (const auto& [id, ll] : places) {
    map::PlaceMarker m;
    m.place_id = id;
    m.position = projection.Forward(ll);
    m.radius = 7;
    m.label = id;
    markers.push_back(m);
  }
  map::MapOverlay overlay;
  overlay.markers = &markers;
  overlay.selected_place = "lachin";
  overlay.hovered_place = "goris";
  overlay.version = 1;

  const map::MapView view = TestView();
  auto draw_direct = [&] {
    OffscreenTarget target(kWidth, kHeight, 1);
    target.Bind();
    RenderFixture::Get().renderer->SetViewportOrigin(0, 0);
    RenderFixture::Get().renderer->Draw(view, BasemapOnly(), overlay);
    return target.ReadImage();
  };
  auto draw_cached = [&](BasemapImageCache& cache) {
    OffscreenTarget target(kWidth, kHeight, 1);
    target.Bind();
    GLint fbo = 0;
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &fbo);
    cache.Draw(*RenderFixture::Get().renderer, view, BasemapOnly(), overlay, GLuint(fbo));
    return target.ReadImage();
  };
  const Image direct = draw_direct();
  BasemapImageCache cache;
  draw_cached(cache);
  const Image cached = draw_cached(cache);
  ASSERT_EQ(cache.rebuilds(), 1);
  // Emphasised markers are drawn over their plain selves: only their smoothed rims differ.
  const ImageComparison c = CompareImages(direct, cached, 24);
  EXPECT_LT(c.differing_fraction, 0.003) << "max difference " << c.max_difference;

  // The selection ring is there: the accent colour appears near Lachin and not without a selection.
  auto accent_pixels = [&](const Image& image) {
    const map::Rgba accent = RenderFixture::Get().renderer->style().selection;
    const geo::DVec2 at = view.MapToScreen(projection.Forward({46.55, 39.64}));
    int n = 0;
    for (int y = int(at.y) - 16; y <= int(at.y) + 16; ++y)
      for (int x = int(at.x) - 16; x <= int(at.x) + 16; ++x) {
        const uint8_t* p = image.Pixel(x, y);
        n += std::abs(p[0] - accent.r) + std::abs(p[1] - accent.g) + std::abs(p[2] - accent.b) < 40;
      }
    return n;
  };
  EXPECT_GT(accent_pixels(cached), 20);
  overlay.selected_place.clear();
  EXPECT_EQ(accent_pixels(draw_cached(cache)), 0) << "the ring must go with the selection";
  EXPECT_EQ(cache.rebuilds(), 1) << "a selection change must not redraw the whole image";
}

}  // namespace
}  // namespace atlas::render::testing

// The GUI's basemap image cache: a frame copied from the cache looks like a frame drawn
// directly, before and after a pan, and nothing is copied under an opaque panel.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace atlas::render::testing

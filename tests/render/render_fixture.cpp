// Shared render-test state and image comparison; see render_fixture.h.
#include "render_fixture.h"

#include <algorithm>
#include <cstdlib>

#include "util/data_paths.h"

namespace atlas::render::testing {

RenderFixture::RenderFixture() {
  assets = map::LoadBasemapAssets(geo::BasemapSource::Default(), map::DefaultBasemapStyle(), {.keep_vectors = true, .progress = {}});
  fonts = std::make_unique<FontSet>(AssetsDir() / "fonts");
  renderer = std::make_unique<MapRenderer>(assets->scene, *assets->style, *fonts);
}

RenderFixture& RenderFixture::Get() {
  static RenderFixture fixture;
  return fixture;
}

Image RenderFixture::Render(const map::ViewSpec& spec, const map::MapOverlay& overlay) {
  return RenderViewImage(*renderer, *assets, spec, 4, overlay);
}

ImageComparison CompareImages(const Image& expected, const Image& actual, int threshold) {
  ImageComparison result;
  if (expected.width != actual.width || expected.height != actual.height) return result;
  result.diff = expected;
  result.max_difference = 0;
  size_t differing = 0;
  for (size_t i = 0; i < expected.rgba.size(); i += 4) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int(expected.rgba[i + c]) - int(actual.rgba[i + c])));
    result.max_difference = std::max(result.max_difference, worst);
    uint8_t* d = &result.diff.rgba[i];
    if (worst > threshold) {
      ++differing;
      d[0] = 255, d[1] = 0, d[2] = 0;
    } else {
      for (int c = 0; c < 3; ++c) d[c] = uint8_t(192 + d[c] / 4);
    }
    d[3] = 255;
  }
  result.differing_fraction = double(differing) / double(expected.rgba.size() / 4);
  return result;
}

}  // namespace atlas::render::testing

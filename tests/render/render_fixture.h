// One headless GL context, basemap and renderer shared by every render test (loading them
// is the slow part), and the image comparison the golden tests use.
#pragma once
#include <filesystem>
#include <memory>
#include <string>

#include "map/basemap_assets.h"
#include "map/view_spec.h"
#include "render/font_set.h"
#include "render/headless_context.h"
#include "render/image.h"
#include "render/map_export.h"
#include "render/map_renderer.h"

namespace atlas::render::testing {

struct RenderFixture {
  HeadlessContext context;
  std::unique_ptr<map::BasemapAssets> assets;
  std::unique_ptr<FontSet> fonts;
  std::unique_ptr<MapRenderer> renderer;

  static RenderFixture& Get();
  Image Render(const map::ViewSpec& spec, const map::MapOverlay& overlay = {});

 private:
  RenderFixture();
};

struct ImageComparison {
  double differing_fraction = 1;  // share of pixels whose largest channel difference exceeds the threshold
  int max_difference = 255;
  Image diff;                     // differing pixels in red over a faded copy of the expected image
};

ImageComparison CompareImages(const Image& expected, const Image& actual, int channel_threshold);

}  // namespace atlas::render::testing

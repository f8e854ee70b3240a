// Pixel probes: known places must come out in the right colours. A renderer that loses the
// lakes, swaps fills, drops borders or ignores layer switches fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "map/basemap_style.h"
#include "render_fixture.h"

namespace atlas::render::testing {
namespace {

using geo::LonLat;

// A plain view: no relief, labels, rivers or provinces, so fills show their exact colours.
map::ViewSpec PlainView() {
  map::ViewSpec spec;
  spec.bbox = map::LonLatBox{38.6, 37.4, 50.6, 43.9};
  spec.width = 1600;  // ~650 m per pixel: the relief is at full strength
  spec.height = 1000;
  for (const char* id : {"relief", "labels", "rivers", "admin1"}) spec.layers.Set(id, false);
  return spec;
}

struct Probe {
  const Image& image;
  map::MapView view;

  Probe(const Image& img, const map::ViewSpec& spec) : image(img) {
    map::LimitViewToAssets(*RenderFixture::Get().assets, view);
    map::ApplyViewSpec(spec, RenderFixture::Get().assets->projection, view);
  }
  const uint8_t* At(LonLat ll) const {
    const geo::DVec2 p = view.MapToScreen(RenderFixture::Get().assets->projection.Forward(ll));
    return image.Pixel(std::clamp(int(p.x), 0, image.width - 1), std::clamp(int(p.y), 0, image.height - 1));
  }
};

int Distance(const uint8_t* px, map::Rgba c) {
  return std::max({std::abs(px[0] - c.r), std::abs(px[1] - c.g), std::abs(px[2] - c.b)});
}

const map::BasemapStyle& Style() { return map::DefaultBasemapStyle(); }
map::Rgba CountryFill(const char* a3) { return Style().fill_palette[size_t(Style().FillSlotFor(a3))]; }

class PixelProbe : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { plain_ = new Image(RenderFixture::Get().Render(PlainView())); }
  static void TearDownTestSuite() { delete plain_; }
  static Image* plain_;
};
Image* PixelProbe::plain_ = nullptr;

TEST_F(PixelProbe, LakeSevanAndTheCaspianAreWater) {
  Probe probe(*plain_, PlainView());
  EXPECT_LE(Distance(probe.At({45.30, 40.35}), Style().water), 2) << "Lake Sevan";
  EXPECT_LE(Distance(probe.At({51.0, 41.0}), Style().water), 2) << "Caspian Sea";
  EXPECT_LE(Distance(probe.At({39.5, 43.0}), Style().water), 2) << "Black Sea";
}

TEST_F(PixelProbe, CitiesLieOnTheirCountrysFill) {
  Probe probe(*plain_, PlainView());
  EXPECT_LE(Distance(probe.At({44.51, 40.18}), CountryFill("ARM")), 2) << "Yerevan";
  EXPECT_LE(Distance(probe.At({49.75, 40.45}), CountryFill("AZE")), 2) << "Baku's hinterland";
  EXPECT_LE(Distance(probe.At({44.80, 41.72}), CountryFill("GEO")), 2) << "Tbilisi";
  EXPECT_LE(Distance(probe.At({45.41, 39.21}), CountryFill("AZE")), 2) << "Nakhchivan, an exclave";
  EXPECT_NE(Style().FillSlotFor("ARM"), Style().FillSlotFor("AZE"));
}

TEST_F(PixelProbe, ABorderPixelIsBorderColoured) {
  // The middle vertex of the longest Armenia–Azerbaijan border line, and the darkest pixel
  // within two pixels of it: the border line must have been drawn there.
  const auto& assets = *RenderFixture::Get().assets;
  const geo::Path* longest = nullptr;
  for (const auto& b : assets.basemap.borders)
    if (b.code == "AZE-ARM" || b.code == "ARM-AZE")
      for (const auto& p : b.paths)
        if (!longest || p.size() > longest->size()) longest = &p;
  ASSERT_NE(longest, nullptr);
  Probe probe(*plain_, PlainView());
  const geo::DVec2 at = probe.view.MapToScreen((*longest)[longest->size() / 2]);
  auto darkest_near = [&](const Image& img) {
    int best = 255;
    for (int dy = -2; dy <= 2; ++dy)
      for (int dx = -2; dx <= 2; ++dx)
        best = std::min(best, Distance(img.Pixel(int(at.x) + dx, int(at.y) + dy),
                                       Style().line(map::LineRole::kBorder).colour));
    return best;
  };
  EXPECT_LE(darkest_near(*plain_), 40) << "probed around pixel " << at.x << "," << at.y;
  map::ViewSpec no_borders = PlainView();
  no_borders.layers.Set("borders", false);
  EXPECT_GT(darkest_near(RenderFixture::Get().Render(no_borders)), 60) << "the line must come from the border layer";
}

TEST_F(PixelProbe, ReliefShadesMountainsAndItsSwitchWorks) {
  map::ViewSpec with_relief = PlainView();
  with_relief.layers.Set("relief", true);
  const Image shaded = RenderFixture::Get().Render(with_relief);
  Probe plain(*plain_, PlainView()), relief(shaded, with_relief);
  // The Greater Caucasus near Kazbek: the shaded fill differs from the flat one.
  // Over a transect across the Greater Caucasus, slopes facing away from the light must darken
  // visibly (sunlit ones barely lighten: the pastel fills have little headroom).
  int darkened = 0, samples = 0, deepest = 0;
  for (double lat = 42.0; lat <= 43.4; lat += 0.05, ++samples) {
    const LonLat ll{44.6, lat};
    const int d = Distance(relief.At(ll), {plain.At(ll)[0], plain.At(ll)[1], plain.At(ll)[2]});
    darkened += d > 6;
    deepest = std::max(deepest, d);
  }
  EXPECT_GE(darkened, samples / 5) << darkened << " of " << samples << " transect pixels shaded";
  EXPECT_GE(deepest, 12);  // muted by design, but unmistakable
  // Water is never shaded.
  EXPECT_LE(Distance(relief.At({51.0, 41.0}), Style().water), 2);
}

TEST_F(PixelProbe, DisputedLayerTintsAbkhaziaOnlyWhenOn) {
  map::ViewSpec without = PlainView();
  without.layers.Set("disputed", false);
  const Image untinted = RenderFixture::Get().Render(without);
  Probe on(*plain_, PlainView()), off(untinted, without);
  const LonLat sukhumi_hinterland{41.3, 43.05};
  EXPECT_LE(Distance(off.At(sukhumi_hinterland), CountryFill("GEO")), 2);
  EXPECT_GT(Distance(on.At(sukhumi_hinterland), CountryFill("GEO")), 4);
}

}  // namespace
}  // namespace atlas::render::testing

// Render probes for the curated and event layers: the Lachin corridor takes its status's
// colour on the chosen date and vanishes with its layer; an event's symbol shows in its type's
// colour and goes when that type is switched off; presence follows its dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "map/corridor_style.h"
#include "render_fixture.h"
#include "text/gazetteer.h"
#include "util/data_paths.h"

namespace atlas::render::testing {
namespace {

const map::CuratedLayers& Curated() {
  static text::Gazetteer gazetteer = text::LoadGazetteer(text::GazetteerSources::Bundled());
  static map::CuratedLayers layers = map::LoadCuratedLayers(AssetsDir() / "curated", gazetteer,
                                                            RenderFixture::Get().assets->projection,
                                                            GeodataDir() / "caucasus_atlas.gpkg");
  return layers;
}

// A close view on a map point: 800×600 at about 150 m a pixel, basemap labels off so that
// nothing is drawn over the probes but the layers under test.
map::ViewSpec CloseView(geo::DVec2 centre) {
  map::ViewSpec spec;
  spec.center = RenderFixture::Get().assets->projection.Inverse(centre);
  spec.zoom = 10;
  spec.width = 800;
  spec.height = 600;
  spec.layers.Set("labels", false);
  spec.layers.Set("places", false);
  return spec;
}

// The smallest colour distance to `target` within `radius` pixels of the image centre moved
// by (dx, dy).
int NearestColourDistance(const Image& image, map::Rgba target, int radius, int dx = 0, int dy = 0) {
  int best = 255 * 3;
  for (int y = image.height / 2 + dy - radius; y <= image.height / 2 + dy + radius; ++y)
    for (int x = image.width / 2 + dx - radius; x <= image.width / 2 + dx + radius; ++x) {
      const uint8_t* p = image.Pixel(x, y);
      best = std::min(best, std::abs(p[0] - target.r) + std::abs(p[1] - target.g) + std::abs(p[2] - target.b));
    }
  return best;
}

map::MapOverlay Overlay(const std::string& as_of, const std::vector<map::EventMarker>* events = nullptr) {
  map::MapOverlay o;
  o.curated = &Curated();
  o.as_of = as_of;
  o.events = events;
  return o;
}

TEST(FeatureLayers, CorridorTakesItsStatusColourOnTheChosenDate) {
  const map::Corridor* lachin = nullptr;
  for (const auto& c : Curated().corridors)
    if (c.id == "lachin_corridor") lachin = &c;
  ASSERT_NE(lachin, nullptr);
  const geo::Path& leg = lachin->route[0];
  map::ViewSpec spec = CloseView(leg[1] + (leg[2] - leg[1]) * 0.5);
  spec.layers.Set("presence", false);
  const map::Rgba open = map::CorridorStyleFor("open").line.colour;
  const map::Rgba blockaded = map::CorridorStyleFor("blockaded").line.colour;

  const Image in_2021 = RenderFixture::Get().Render(spec, Overlay("2021-06-01"));
  EXPECT_LE(NearestColourDistance(in_2021, open, 3), 12) << "open in 2021";
  EXPECT_GT(NearestColourDistance(in_2021, blockaded, 3), 40);

  const Image in_2023 = RenderFixture::Get().Render(spec, Overlay("2023-02-01"));
  EXPECT_LE(NearestColourDistance(in_2023, blockaded, 3), 12) << "blockaded in early 2023";
  EXPECT_GT(NearestColourDistance(in_2023, open, 3), 40);

  const Image before = RenderFixture::Get().Render(spec, Overlay("2019-01-01"));
  EXPECT_GT(NearestColourDistance(before, open, 3), 40) << "no corridor before November 2020";
  spec.layers.Set("corridors", false);
  const Image off = RenderFixture::Get().Render(spec, Overlay("2021-06-01"));
  EXPECT_GT(NearestColourDistance(off, open, 3), 40) << "layer off";
}

TEST(FeatureLayers, EventSymbolFollowsItsTypeLayer) {
  map::EventMarker e;
  e.id = "probe";
  e.kind = map::EventKind::kDiplomatic;
  e.curated = true;
  e.date_start = "2021-01-11";
  e.position = RenderFixture::Get().assets->projection.Forward({45.5, 38.5});  // open country, no corridor
  const std::vector<map::EventMarker> events{e};
  map::ViewSpec spec = CloseView(e.position);
  spec.layers.Set("corridors", false);
  spec.layers.Set("presence", false);
  const map::Rgba blue = map::FindEventKind("diplomatic")->colour;
  // The symbol sits beside its point like a badge (event_markers.h), at one pixel per logical pixel.
  const int badge = int(map::kEventBadgeOffset);
  EXPECT_LE(NearestColourDistance(RenderFixture::Get().Render(spec, Overlay("", &events)), blue, 2, badge, -badge), 6);
  spec.layers.Set("events_military", false);
  EXPECT_LE(NearestColourDistance(RenderFixture::Get().Render(spec, Overlay("", &events)), blue, 2, badge, -badge), 6)
      << "another type's switch changes nothing";
  spec.layers.Set("events_diplomatic", false);
  EXPECT_GT(NearestColourDistance(RenderFixture::Get().Render(spec, Overlay("", &events)), blue, 2, badge, -badge), 60);
}

TEST(FeatureLayers, PresenceFollowsItsDates) {
  const map::PresenceFeature* base = nullptr;
  for (const auto& p : Curated().presence)
    if (p.id == "ru_102nd_base_gyumri") base = &p;
  ASSERT_NE(base, nullptr);
  map::ViewSpec spec = CloseView(base->points[0]);
  const map::Rgba red = map::Hex(0xDC050C);
  map::MapOverlay overlay = Overlay("2022-01-01");
  overlay.actor_colour = [&](const std::string& actor) { return actor == "russia" ? red : map::Hex(0x000000); };
  EXPECT_LE(NearestColourDistance(RenderFixture::Get().Render(spec, overlay), red, 6), 12);
  spec.layers.Set("presence", false);
  EXPECT_GT(NearestColourDistance(RenderFixture::Get().Render(spec, overlay), red, 6), 60);
}

}  // namespace
}  // namespace atlas::render::testing

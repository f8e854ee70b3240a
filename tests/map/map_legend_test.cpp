// The legend lists exactly what is drawn: switching a layer off, moving the date or the view
// away from a feature takes its entry out.
#include <gtest/gtest.h>

#include <algorithm>

#include "curated_fixture.h"
#include "map/map_legend.h"

namespace atlas::map {
namespace {

using testing::BundledCuratedLayers;
using testing::Projection;

bool Lists(const std::vector<LegendGroup>& legend, const std::string& label) {
  for (const auto& g : legend)
    for (const auto& e : g.entries)
      if (e.label == label) return true;
  return false;
}

MapView RegionView() {
  MapView v;
  v.SetViewport(1600, 1000, 1.0);
  v.SetCenter(Projection().Forward({45.5, 40.3}));
  v.SetLogicalResolution(ResolutionForZoom(7));
  return v;
}

struct LegendCase : ::testing::Test {
  std::vector<EventMarker> events = CuratedEventMarkers(BundledCuratedLayers().events);
  MapOverlay Overlay(const std::string& as_of) {
    MapOverlay o;
    o.curated = &BundledCuratedLayers();
    o.events = &events;
    o.as_of = as_of;
    return o;
  }
};

TEST_F(LegendCase, ListsOnlyVisibleLayers) {
  LayerVisibility layers;
  const auto all = BuildLegend(Overlay("2023-01-15"), RegionView(), layers, DefaultBasemapStyle());
  EXPECT_TRUE(Lists(all, "Military events"));
  EXPECT_TRUE(Lists(all, "Blockaded")) << "the Lachin corridor in January 2023";
  EXPECT_TRUE(Lists(all, "International border"));
  layers.Set("events_military", false);
  const auto no_military = BuildLegend(Overlay("2023-01-15"), RegionView(), layers, DefaultBasemapStyle());
  EXPECT_FALSE(Lists(no_military, "Military events"));
  EXPECT_TRUE(Lists(no_military, "Diplomatic events"));
  layers.Set("corridors", false);
  layers.Set("borders", false);
  const auto fewer = BuildLegend(Overlay("2023-01-15"), RegionView(), layers, DefaultBasemapStyle());
  EXPECT_FALSE(Lists(fewer, "Blockaded"));
  EXPECT_FALSE(Lists(fewer, "International border"));
}

TEST_F(LegendCase, FollowsTheDateAndTheView) {
  LayerVisibility layers;
  EXPECT_FALSE(Lists(BuildLegend(Overlay("2021-06-01"), RegionView(), layers, DefaultBasemapStyle()), "Blockaded"))
      << "no corridor was blockaded in mid-2021";
  // A view over the open Black Sea shows no events and no corridors.
  MapView sea;
  sea.SetViewport(800, 600, 1.0);
  sea.SetCenter(Projection().Forward({34.0, 43.3}));
  sea.SetLogicalResolution(ResolutionForZoom(9));
  const auto legend = BuildLegend(Overlay("2023-01-15"), sea, layers, DefaultBasemapStyle());
  EXPECT_FALSE(Lists(legend, "Military events"));
  EXPECT_FALSE(Lists(legend, "Blockaded"));
}

TEST_F(LegendCase, PresenceNamesItsActors) {
  LayerVisibility layers;
  MapOverlay o = Overlay("2022-06-01");
  const auto legend = BuildLegend(o, RegionView(), layers, DefaultBasemapStyle(),
                                  [](const std::string& id) { return id == "russia" ? "Russia" : id; });
  EXPECT_TRUE(Lists(legend, "Russia")) << "peacekeepers and the 102nd base in 2022";
  const auto later = BuildLegend(Overlay("2026-06-01"), RegionView(), layers, DefaultBasemapStyle(),
                                 [](const std::string& id) { return id == "russia" ? "Russia" : id; });
  EXPECT_TRUE(Lists(later, "Russia")) << "the 102nd base stays";
  EXPECT_FALSE(Lists(BuildLegend(Overlay("2019-01-01"), RegionView(), layers, DefaultBasemapStyle()), "turkey"))
      << "no Turkish presence before the Aghdam monitoring centre (January 2021)";
  EXPECT_TRUE(Lists(BuildLegend(Overlay("2022-01-01"), RegionView(), layers, DefaultBasemapStyle()), "turkey"));
}

}  // namespace
}  // namespace atlas::map

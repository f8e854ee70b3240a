// Picking curated features: a corridor line under the pointer (only while it exists on the
// chosen date and its layer is on), presence symbols and area rims, event clusters.
#include <gtest/gtest.h>

#include "curated_fixture.h"
#include "map/feature_picking.h"

namespace atlas::map {
namespace {

using testing::BundledCuratedLayers;
using testing::FindById;

MapView ViewAt(DVec2 centre, double zoom) {
  MapView v;
  v.SetViewport(1600, 1000, 1.0);
  v.SetCenter(centre);
  v.SetLogicalResolution(ResolutionForZoom(zoom));
  return v;
}

MapOverlay OverlayOn(const std::string& as_of) {
  MapOverlay o;
  o.curated = &BundledCuratedLayers();
  o.as_of = as_of;
  return o;
}

TEST(FeaturePicking, CorridorUnderThePointerWhileItExists) {
  const Corridor& lachin = FindById(BundledCuratedLayers().corridors, "lachin_corridor");
  const geo::Path& leg = lachin.route[0];
  // A point halfway along the leg's second segment.
  const DVec2 on_route = leg[1] + (leg[2] - leg[1]) * 0.5;
  const MapView view = ViewAt(on_route, 10);
  const DVec2 at = view.MapToScreen(on_route);
  LayerVisibility layers;
  layers.Set("presence", false);  // the peacekeepers' area rim may pass nearby
  const FeatureRef hit = PickCuratedFeature(OverlayOn("2023-01-15"), view, at + DVec2{0, 2}, layers);
  EXPECT_EQ(hit.kind, FeatureRef::Kind::kCorridor);
  EXPECT_EQ(hit.id, "lachin_corridor");
  EXPECT_LT(ScreenDistanceToPath(leg, view, at), 0.5);
  EXPECT_FALSE(PickCuratedFeature(OverlayOn("2023-01-15"), view, at + DVec2{0, 40}, layers)) << "40 px off the line";
  EXPECT_FALSE(PickCuratedFeature(OverlayOn("2019-06-01"), view, at, layers)) << "before the corridor existed";
  layers.Set("corridors", false);
  EXPECT_FALSE(PickCuratedFeature(OverlayOn("2023-01-15"), view, at, layers)) << "layer off";
}

TEST(FeaturePicking, PresenceSymbolsAndAreaRims) {
  const PresenceFeature& base = FindById(BundledCuratedLayers().presence, "ru_102nd_base_gyumri");
  const MapView view = ViewAt(base.points[0], 9);
  LayerVisibility layers;
  const FeatureRef hit = PickCuratedFeature(OverlayOn("2022-01-01"), view, view.MapToScreen(base.points[0]), layers);
  EXPECT_EQ(hit.kind, FeatureRef::Kind::kPresence);
  EXPECT_EQ(hit.id, base.id);

  const PresenceFeature& peacekeepers = FindById(BundledCuratedLayers().presence, "ru_peacekeepers_karabakh");
  const MapView wide = ViewAt(peacekeepers.points[0], 8);
  const DVec2 centre = wide.MapToScreen(peacekeepers.points[0]);
  const double rim_px = peacekeepers.radius_m / wide.resolution();
  layers.Set("corridors", false);
  const FeatureRef rim = PickCuratedFeature(OverlayOn("2022-01-01"), wide, centre + DVec2{0, -rim_px}, layers);
  EXPECT_EQ(rim.id, peacekeepers.id) << "on the area's rim";
  EXPECT_FALSE(PickCuratedFeature(OverlayOn("2022-01-01"), wide, centre + DVec2{rim_px * 0.5, rim_px * 0.3}, layers))
      << "inside the area belongs to what lies there";
  EXPECT_FALSE(PickCuratedFeature(OverlayOn("2025-06-01"), wide, centre + DVec2{0, -rim_px}, layers))
      << "after the withdrawal";
}

TEST(FeaturePicking, EventClustersByTheirDrawnSize) {
  MapView view = ViewAt({0, 0}, 10);
  std::vector<EventCluster> clusters{{{0, 0}, {0}}, {{view.logical_resolution() * 100, 0}, {1, 2, 3, 4, 5}}};
  const DVec2 lone = EventSymbolScreen(clusters[0], view), crowd = EventSymbolScreen(clusters[1], view);
  EXPECT_EQ(PickEventCluster(clusters, view, lone + DVec2{kEventMarkerRadius, 0}), 0u);
  EXPECT_FALSE(PickEventCluster(clusters, view, lone + DVec2{kEventMarkerRadius + 5, 0}));
  const float big = EventClusterRadius(5);
  EXPECT_EQ(PickEventCluster(clusters, view, crowd + DVec2{0, big + 1}), 1u) << "a bigger cluster reaches further";
  EXPECT_FALSE(PickEventCluster(clusters, view, view.MapToScreen(clusters[0].position)))
      << "the point itself is left to the place symbol under the badge";
}

}  // namespace
}  // namespace atlas::map

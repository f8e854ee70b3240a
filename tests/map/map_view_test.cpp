// MapView arithmetic: zooming keeps the anchor still, panning follows the pointer, limits hold,
// and HiDPI keeps the same map content per logical pixel.
#include <gtest/gtest.h>

#include "map/map_view.h"

namespace atlas::map {
namespace {

MapView View() {
  MapView v;
  v.SetViewport(1000, 800, 1.0);
  v.SetCenter({0, 0});
  v.SetLogicalResolution(1000);
  return v;
}

TEST(MapView, ScreenAndMapRoundTrip) {
  MapView v = View();
  for (DVec2 s : {DVec2{0, 0}, DVec2{500, 400}, DVec2{999, 17}}) {
    DVec2 back = v.MapToScreen(v.ScreenToMap(s));
    EXPECT_NEAR(back.x, s.x, 1e-9);
    EXPECT_NEAR(back.y, s.y, 1e-9);
  }
  EXPECT_GT(v.ScreenToMap({500, 0}).y, v.ScreenToMap({500, 800}).y) << "north is up";
}

TEST(MapView, ZoomKeepsTheAnchorStill) {
  MapView v = View();
  const DVec2 anchor{137, 611};
  const DVec2 before = v.ScreenToMap(anchor);
  v.ZoomAbout(anchor, 3.7);
  const DVec2 after = v.ScreenToMap(anchor);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
  EXPECT_NEAR(v.logical_resolution(), 1000 / 3.7, 1e-9);
}

TEST(MapView, PanFollowsThePointer) {
  MapView v = View();
  const DVec2 grabbed = v.ScreenToMap({300, 300});
  v.PanByPixels({40, -25});
  const DVec2 now = v.ScreenToMap({340, 275});
  EXPECT_NEAR(now.x, grabbed.x, 1e-9);
  EXPECT_NEAR(now.y, grabbed.y, 1e-9);
}

TEST(MapView, LimitsHoldTheCentreAndResolution) {
  MapView v = View();
  Bounds limits;
  limits.Add({-1000, -1000});
  limits.Add({1000, 1000});
  v.SetLimits(limits, 10, 5000);
  v.PanByPixels({-1e6, 0});
  EXPECT_LE(v.center().x, 1000);
  v.ZoomAbout({500, 400}, 1e6);
  EXPECT_GE(v.logical_resolution(), 10);
  v.ZoomAbout({500, 400}, 1e-6);
  EXPECT_LE(v.logical_resolution(), 5000);
}

TEST(MapView, HiDpiShowsTheSameMapContent) {
  MapView v = View();
  const Bounds before = v.VisibleBounds();
  v.SetViewport(2000, 1600, 2.0);  // the same window on a HiDPI screen
  const Bounds after = v.VisibleBounds();
  EXPECT_NEAR(after.width(), before.width(), 1e-6);
  EXPECT_NEAR(v.logical_resolution(), 1000, 1e-9);
  EXPECT_NEAR(v.resolution(), 500, 1e-9);
}

TEST(MapView, FitBoundsShowsAllOfIt) {
  MapView v = View();
  Bounds b;
  b.Add({10000, 20000});
  b.Add({910000, 220000});
  v.FitBounds(b, 0.05);
  const Bounds vis = v.VisibleBounds();
  EXPECT_LE(vis.min_x, b.min_x);
  EXPECT_GE(vis.max_x, b.max_x);
  EXPECT_LE(vis.min_y, b.min_y);
  EXPECT_GE(vis.max_y, b.max_y);
}

TEST(Zoom, WebMapConvention) {
  EXPECT_NEAR(ResolutionForZoom(0), 156543.03, 0.01);
  EXPECT_NEAR(ZoomForResolution(ResolutionForZoom(7.25)), 7.25, 1e-12);
}

}  // namespace
}  // namespace atlas::map

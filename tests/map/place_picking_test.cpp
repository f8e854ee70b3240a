// Picking: the marker under the pointer, at every zoom, the small one on top of a big one,
// nothing just outside a marker.
#include <gtest/gtest.h>

#include "map/place_picking.h"

namespace atlas::map {
namespace {

PlaceMarker Marker(std::string id, geo::DVec2 at, int64_t mentions) {
  PlaceMarker m;
  m.place_id = std::move(id);
  m.position = at;
  m.mentions = mentions;
  m.radius = MarkerRadius(mentions);
  return m;
}

TEST(PlacePicking, FindsTheMarkerUnderThePointerAtEveryZoom) {
  geo::MapProjection proj;
  const geo::DVec2 lachin = proj.Forward({46.5469, 39.6394}), shusha = proj.Forward({46.7499, 39.7601});
  const std::vector<PlaceMarker> markers{Marker("shusha", shusha, 11), Marker("lachin", lachin, 5)};
  for (double zoom : {6.0, 8.0, 10.0, 12.0, 14.0}) {
    MapView v;
    v.SetViewport(1600, 1000, 1.0);
    v.SetCenter(lachin);
    v.SetLogicalResolution(ResolutionForZoom(zoom));
    const geo::DVec2 at = v.MapToScreen(lachin);
    auto hit = PickMarker(markers, v, at);
    ASSERT_TRUE(hit) << "zoom " << zoom;
    // At small scales the two markers overlap; the smaller one (Lachin) is drawn on top.
    EXPECT_EQ(markers[*hit].place_id, "lachin") << "zoom " << zoom;
    const double reach = markers[1].radius + 3;
    EXPECT_TRUE(PickMarker(markers, v, at + geo::DVec2{reach - 0.5, 0})) << "inside the slack, zoom " << zoom;
    if (zoom >= 10) {
      EXPECT_FALSE(PickMarker(markers, v, at + geo::DVec2{0, reach + 2})) << "just outside, zoom " << zoom;
      const auto other = PickMarker(markers, v, v.MapToScreen(shusha));
      ASSERT_TRUE(other);
      EXPECT_EQ(markers[*other].place_id, "shusha");
    }
  }
}

TEST(PlacePicking, HiDpiPicksInPhysicalPixels) {
  const std::vector<PlaceMarker> markers{Marker("baku", {0, 0}, 9)};
  MapView v;
  v.SetViewport(3200, 2000, 2.0);
  v.SetCenter({0, 0});
  v.SetLogicalResolution(500);
  const double reach_px = (markers[0].radius + 3) * 2;
  EXPECT_TRUE(PickMarker(markers, v, {1600 + reach_px - 1, 1000}));
  EXPECT_FALSE(PickMarker(markers, v, {1600 + reach_px + 2, 1000}));
}

}  // namespace
}  // namespace atlas::map

// The scale bar must be true: its ground length agrees with the geodesic distance between
// its two ends within 1%, anywhere in the view's range.
#include <gtest/gtest.h>

#include "map/scale_bar.h"

namespace atlas::map {
namespace {

TEST(ScaleBar, AgreesWithGeodesicDistance) {
  geo::MapProjection proj;
  for (auto [lon, lat, zoom] : {std::tuple{45.0, 40.5, 7.0}, {46.5, 39.6, 11.0}, {37.6, 55.7, 5.0}, {44.5, 37.0, 9.0}}) {
    MapView v;
    v.SetViewport(1600, 1000, 1.0);
    v.SetCenter(proj.Forward({lon, lat}));
    v.SetLogicalResolution(ResolutionForZoom(zoom));
    const ScaleBar bar = ComputeScaleBar(v, proj, 150);
    const DVec2 c{800, 500};
    const geo::LonLat a = proj.Inverse(v.ScreenToMap({c.x - bar.pixels / 2, c.y}));
    const geo::LonLat b = proj.Inverse(v.ScreenToMap({c.x + bar.pixels / 2, c.y}));
    EXPECT_NEAR(geo::GeodesicDistance(a, b) / bar.metres, 1.0, 0.01) << lon << "," << lat << " z" << zoom;
    EXPECT_LE(bar.pixels, 150.0);
    EXPECT_GE(bar.pixels, 150.0 / 5);  // a 1-2-5 series never wastes more than that
  }
}

TEST(ScaleBar, NiceLabels) {
  geo::MapProjection proj;
  MapView v;
  v.SetViewport(1000, 800, 1.0);
  v.SetCenter(proj.Forward({45, 40.5}));
  v.SetLogicalResolution(1000);
  EXPECT_EQ(ComputeScaleBar(v, proj, 150).label, "100 km");
  v.SetLogicalResolution(5);
  EXPECT_EQ(ComputeScaleBar(v, proj, 150).label, "500 m");
}

}  // namespace
}  // namespace atlas::map

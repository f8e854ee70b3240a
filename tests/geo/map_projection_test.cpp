// The map projection: round trips, the exact definition, and true scale where it must hold.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/map_projection.h"

namespace atlas::geo {
namespace {

// Reference values from PROJ's cs2cs for the same definition (see map_projection.cpp).
TEST(MapProjection, MatchesReferenceCoordinates) {
  MapProjection proj;
  DVec2 origin = proj.Forward({45, 40.5});
  EXPECT_NEAR(origin.x, 0, 1e-6);
  EXPECT_NEAR(origin.y, 0, 1e-6);
  DVec2 yerevan = proj.Forward({44.5126, 40.1811});
  EXPECT_NEAR(yerevan.x, -41486.082, 0.01);
  EXPECT_NEAR(yerevan.y, -35275.121, 0.01);
  DVec2 moscow = proj.Forward({37.6173, 55.7558});
  EXPECT_NEAR(moscow.x, -481160.392, 0.01);
  EXPECT_NEAR(moscow.y, 1737139.299, 0.01);
}

TEST(MapProjection, RoundTripsAcrossTheWiderRegion) {
  MapProjection proj;
  for (LonLat ll : {LonLat{46.5469, 39.6394}, LonLat{49.8671, 40.4093}, LonLat{32.8597, 39.9334},
                    LonLat{51.389, 35.6892}, LonLat{37.6173, 55.7558}, LonLat{-0.1276, 51.5072}}) {
    LonLat back = proj.Inverse(proj.Forward(ll));
    EXPECT_NEAR(back.lon, ll.lon, 1e-9);
    EXPECT_NEAR(back.lat, ll.lat, 1e-9);
  }
}

// Projected length of a short east-west step divided by its geodesic length: the scale factor.
double ScaleFactor(const MapProjection& proj, double lat) {
  LonLat a{44.995, lat}, b{45.005, lat};
  return Length(proj.Forward(b) - proj.Forward(a)) / GeodesicDistance(a, b);
}

TEST(MapProjection, TrueScaleOnStandardParallelsAndConformalBetween) {
  MapProjection proj;
  EXPECT_NEAR(ScaleFactor(proj, 38.5), 1.0, 1e-6);
  EXPECT_NEAR(ScaleFactor(proj, 42.5), 1.0, 1e-6);
  double middle = ScaleFactor(proj, 40.5);
  EXPECT_LT(middle, 0.9995);  // a secant cone shrinks between its standard parallels
  EXPECT_GT(middle, 0.999);
  EXPECT_NEAR(ScaleFactor(proj, 45.0), 1.00253, 1e-5);
}

TEST(GeodesicDistance, KnownDistances) {
  // Reference values from PROJ's geod -I on WGS84.
  EXPECT_NEAR(GeodesicDistance({44.5126, 40.1811}, {49.8671, 40.4093}), 455900.8, 1.0);
  EXPECT_NEAR(GeodesicDistance({45, 39.5}, {45, 40.5}), 111034.6, 1.0);
}

}  // namespace
}  // namespace atlas::geo

// Lambert conformal conic through OGR/PROJ and WGS84 geodesics; see map_projection.h.
#include "geo/map_projection.h"

#include <geodesic.h>
#include <ogr_spatialref.h>

#include "util/error.h"

namespace atlas::geo {

const char* MapProjection::Proj4() {
  return "+proj=lcc +lat_1=38.5 +lat_2=42.5 +lat_0=40.5 +lon_0=45 +datum=WGS84 +units=m +no_defs";
}

MapProjection::MapProjection()
    : geographic_(std::make_unique<OGRSpatialReference>()), map_srs_(std::make_unique<OGRSpatialReference>()) {
  geographic_->SetWellKnownGeogCS("WGS84");
  geographic_->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // lon, lat
  if (map_srs_->importFromProj4(Proj4()) != OGRERR_NONE)
    throw AtlasError("PROJ", "cannot build the map projection");
  map_srs_->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  to_map_.reset(OGRCreateCoordinateTransformation(geographic_.get(), map_srs_.get()));
  to_geographic_.reset(OGRCreateCoordinateTransformation(map_srs_.get(), geographic_.get()));
  if (!to_map_ || !to_geographic_) throw AtlasError("PROJ", "cannot transform between WGS84 and the map projection");
}

MapProjection::~MapProjection() = default;

DVec2 MapProjection::Forward(LonLat ll) const {
  double x = ll.lon, y = ll.lat;
  to_map_->Transform(1, &x, &y);
  return {x, y};
}

LonLat MapProjection::Inverse(DVec2 xy) const {
  double x = xy.x, y = xy.y;
  to_geographic_->Transform(1, &x, &y);
  return {x, y};
}

void MapProjection::ForwardInPlace(std::vector<DVec2>& points) const {
  if (points.empty()) return;
  // DVec2 is two packed doubles: transform with strided x and y arrays.
  std::vector<double> xs(points.size()), ys(points.size());
  for (size_t i = 0; i < points.size(); ++i) {
    xs[i] = points[i].x;
    ys[i] = points[i].y;
  }
  to_map_->Transform(static_cast<int>(points.size()), xs.data(), ys.data());
  for (size_t i = 0; i < points.size(); ++i) points[i] = {xs[i], ys[i]};
}

double GeodesicDistance(LonLat a, LonLat b) {
  static const geod_geodesic wgs84 = [] {
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    return g;
  }();
  double s12 = 0;
  geod_inverse(&wgs84, a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
  return s12;
}

}  // namespace atlas::geo

// The map's projection: Lambert conformal conic for the South Caucasus (standard parallels
// 38.5°N and 42.5°N, central meridian 45°E, WGS84), through PROJ via GDAL/OGR. No GL here.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "geo/geometry.h"

class OGRSpatialReference;
class OGRCoordinateTransformation;

namespace atlas::geo {

struct LonLat {
  double lon = 0, lat = 0;
};

class MapProjection {
 public:
  MapProjection();
  ~MapProjection();
  MapProjection(const MapProjection&) = delete;
  MapProjection& operator=(const MapProjection&) = delete;

  // The PROJ definition (geodata/build_geodata.py builds the relief in the same one).
  static const char* Proj4();
  const OGRSpatialReference& srs() const { return *map_srs_; }

  DVec2 Forward(LonLat ll) const;
  LonLat Inverse(DVec2 xy) const;
  // In place, for whole coordinate arrays at load time: (lon, lat) -> (x, y).
  void ForwardInPlace(std::vector<DVec2>& points) const;

 private:
  std::unique_ptr<OGRSpatialReference> geographic_, map_srs_;
  std::unique_ptr<OGRCoordinateTransformation> to_map_, to_geographic_;
};

// Geodesic distance in metres on the WGS84 ellipsoid (PROJ's geodesic routines).
double GeodesicDistance(LonLat a, LonLat b);

}  // namespace atlas::geo

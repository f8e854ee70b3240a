// Generalisation for levels of detail through GEOS, so a border drawn at a small scale is
// not a hairball and a country not a sieve of ponds. CPU only; no GL, no ImGui.
#pragma once
#include "geo/geometry.h"

namespace atlas::geo {

// `tolerance` in the path's units (projected metres). Keeps both end points.
Path SimplifyPath(const Path& path, double tolerance);

// A polygon generalised for small scales: topology-preserving simplification (rings never
// cross), holes smaller than `min_hole_area` (square metres) dropped.
PolygonShape SimplifyPolygon(const PolygonShape& shape, double tolerance, double min_hole_area);

}  // namespace atlas::geo

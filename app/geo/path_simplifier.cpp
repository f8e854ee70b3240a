// Douglas–Peucker via GEOS; see path_simplifier.h.
#include "geo/path_simplifier.h"

#include "geo/geos_context.h"

namespace atlas::geo {

Path SimplifyPath(const Path& path, double tolerance) {
  if (path.size() <= 2 || tolerance <= 0) return path;
  thread_local GeosContext geos;
  auto line = geos.MakeLineString(path);
  if (!line) return path;
  auto simple = geos.Own(GEOSSimplify_r(geos.handle(), line.get(), tolerance));
  if (!simple) return path;
  Path out;
  geos.AppendCoordinates(simple.get(), out);
  return out.size() >= 2 ? out : path;
}

PolygonShape SimplifyPolygon(const PolygonShape& shape, double tolerance, double min_hole_area) {
  thread_local GeosContext geos;
  GEOSContextHandle_t ctx = geos.handle();
  PolygonShape kept{shape.outer, {}};
  for (const Path& hole : shape.holes) {
    auto ring = geos.MakePolygon({hole, {}});
    double area = 0;
    if (ring && GEOSArea_r(ctx, ring.get(), &area) && area >= min_hole_area) kept.holes.push_back(hole);
  }
  auto polygon = geos.MakePolygon(kept);
  if (!polygon) return kept;
  auto simple = geos.Own(GEOSTopologyPreserveSimplify_r(ctx, polygon.get(), tolerance));
  if (!simple || GEOSGeomTypeId_r(ctx, simple.get()) != GEOS_POLYGON) return kept;
  PolygonShape out;
  geos.AppendCoordinates(GEOSGetExteriorRing_r(ctx, simple.get()), out.outer);
  if (out.outer.size() > 1 && out.outer.front() == out.outer.back()) out.outer.pop_back();
  for (int i = 0; i < GEOSGetNumInteriorRings_r(ctx, simple.get()); ++i) {
    Path hole;
    geos.AppendCoordinates(GEOSGetInteriorRingN_r(ctx, simple.get(), i), hole);
    if (hole.size() > 1 && hole.front() == hole.back()) hole.pop_back();
    if (hole.size() >= 3) out.holes.push_back(std::move(hole));
  }
  return out.outer.size() >= 3 ? out : kept;
}

}  // namespace atlas::geo

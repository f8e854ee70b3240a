// GEOS context and geometry conversions; see geos_context.h.
#include "geo/geos_context.h"

#include <vector>

namespace atlas::geo {
namespace {

GEOSCoordSequence* MakeSequence(GEOSContextHandle_t ctx, const Path& path, bool close) {
  std::vector<double> xy;
  xy.reserve(path.size() * 2 + 2);
  for (DVec2 p : path) {
    xy.push_back(p.x);
    xy.push_back(p.y);
  }
  if (close && !path.empty() && !(path.front() == path.back())) {
    xy.push_back(path.front().x);
    xy.push_back(path.front().y);
  }
  return GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
}

}  // namespace

GeosContext::GeosContext() : ctx_(GEOS_init_r()) {}
GeosContext::~GeosContext() { GEOS_finish_r(ctx_); }

GeosContext::Geometry GeosContext::MakeLineString(const Path& path) const {
  return Own(GEOSGeom_createLineString_r(ctx_, MakeSequence(ctx_, path, false)));
}

GeosContext::Geometry GeosContext::MakePolygon(const PolygonShape& shape) const {
  GEOSGeometry* shell = GEOSGeom_createLinearRing_r(ctx_, MakeSequence(ctx_, shape.outer, true));
  std::vector<GEOSGeometry*> holes;
  for (const Path& h : shape.holes) {
    if (h.size() < 3) continue;
    if (GEOSGeometry* ring = GEOSGeom_createLinearRing_r(ctx_, MakeSequence(ctx_, h, true))) holes.push_back(ring);
  }
  if (!shell) {
    for (GEOSGeometry* h : holes) GEOSGeom_destroy_r(ctx_, h);
    return Own(nullptr);
  }
  return Own(GEOSGeom_createPolygon_r(ctx_, shell, holes.data(), static_cast<unsigned>(holes.size())));
}

void GeosContext::AppendCoordinates(const GEOSGeometry* line, Path& out) const {
  const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx_, line);
  unsigned n = 0;
  if (!seq || !GEOSCoordSeq_getSize_r(ctx_, seq, &n) || n == 0) return;
  std::vector<double> xy(static_cast<size_t>(n) * 2);
  GEOSCoordSeq_copyToBuffer_r(ctx_, seq, xy.data(), 0, 0);
  for (unsigned i = 0; i < n; ++i) out.push_back({xy[2 * i], xy[2 * i + 1]});
}

}  // namespace atlas::geo

// A GEOS reentrant context and conversions between our paths/polygons and GEOS geometries.
// Shared by the tessellator and the simplifier; no GL, no ImGui.
#pragma once
#include <geos_c.h>

#include <memory>

#include "geo/geometry.h"

namespace atlas::geo {

class GeosContext {
 public:
  GeosContext();
  ~GeosContext();
  GeosContext(const GeosContext&) = delete;
  GeosContext& operator=(const GeosContext&) = delete;
  GEOSContextHandle_t handle() const { return ctx_; }

  struct Deleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(ctx, g); }
  };
  using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;
  Geometry Own(GEOSGeometry* g) const { return Geometry(g, Deleter{ctx_}); }

  Geometry MakeLineString(const Path& path) const;
  Geometry MakePolygon(const PolygonShape& shape) const;  // rings are closed here
  // Appends the coordinates of a LineString or LinearRing.
  void AppendCoordinates(const GEOSGeometry* line, Path& out) const;

 private:
  GEOSContextHandle_t ctx_;
};

}  // namespace atlas::geo

// Constrained Delaunay tessellation through GEOS; see tessellator.h.
#include "geo/tessellator.h"

#include <cmath>
#include <unordered_map>

#include "geo/geos_context.h"

namespace atlas::geo {
namespace {

struct PointHash {
  size_t operator()(const DVec2& p) const {
    return std::hash<double>()(p.x) * 1000003u ^ std::hash<double>()(p.y);
  }
};

class MeshAppender {
 public:
  MeshAppender(const GeosContext& geos, TriangleMesh& mesh) : geos_(geos), mesh_(mesh) {}

  uint32_t IndexOf(DVec2 p) {
    auto [it, inserted] = index_.try_emplace(p, static_cast<uint32_t>(mesh_.vertices.size()));
    if (inserted) mesh_.vertices.push_back(p);
    return it->second;
  }

  // `triangles` is a GeometryCollection of triangular polygons.
  size_t Append(const GEOSGeometry* triangles) {
    GEOSContextHandle_t ctx = geos_.handle();
    int n = GEOSGetNumGeometries_r(ctx, triangles);
    size_t added = 0;
    Path ring;
    for (int i = 0; i < n; ++i) {
      const GEOSGeometry* tri = GEOSGetGeometryN_r(ctx, triangles, i);
      const GEOSGeometry* shell = tri ? GEOSGetExteriorRing_r(ctx, tri) : nullptr;
      if (!shell) continue;
      ring.clear();
      geos_.AppendCoordinates(shell, ring);
      if (ring.size() < 3) continue;
      for (int k = 0; k < 3; ++k) mesh_.indices.push_back(IndexOf(ring[static_cast<size_t>(k)]));
      ++added;
    }
    return added;
  }

 private:
  const GeosContext& geos_;
  TriangleMesh& mesh_;
  std::unordered_map<DVec2, uint32_t, PointHash> index_;
};

// GEOS's triangulator clips ears, which grows faster than linearly with ring size: big
// polygons are cut into grid cells first (ClipByRect keeps shared cut edges identical, so
// neighbouring cells meet without gaps).
constexpr size_t kMaxPointsPerPiece = 120;

size_t PointCount(const PolygonShape& shape) {
  size_t n = shape.outer.size();
  for (const Path& h : shape.holes) n += h.size();
  return n;
}

size_t TriangulateValid(const GeosContext& geos, const GEOSGeometry* polygon, TriangleMesh& mesh) {
  auto triangles = geos.Own(GEOSConstrainedDelaunayTriangulation_r(geos.handle(), polygon));
  if (!triangles) return 0;
  MeshAppender appender(geos, mesh);
  return appender.Append(triangles.get());
}

}  // namespace

size_t Tessellate(const PolygonShape& shape, TriangleMesh& mesh, std::vector<size_t>* piece_starts) {
  if (shape.outer.size() < 3) return 0;
  if (piece_starts) piece_starts->push_back(mesh.indices.size());
  thread_local GeosContext geos;
  GEOSContextHandle_t ctx = geos.handle();
  auto polygon = geos.MakePolygon(shape);
  if (!polygon) return 0;
  const size_t points = PointCount(shape);
  if (points <= kMaxPointsPerPiece) {
    // Validity checks cost more than the triangulation: repair only when GEOS refuses.
    if (size_t n = TriangulateValid(geos, polygon.get(), mesh)) return n;
    auto repaired = geos.Own(GEOSMakeValid_r(ctx, polygon.get()));
    return repaired ? TriangulateValid(geos, repaired.get(), mesh) : 0;
  }

  Bounds b = BoundsOf(shape.outer);
  const int cells = static_cast<int>(std::ceil(std::sqrt(double(points) / kMaxPointsPerPiece * 2)));
  const double w = b.width() / cells, h = b.height() / cells;
  size_t added = 0;
  for (int i = 0; i < cells; ++i) {
    for (int j = 0; j < cells; ++j) {
      const double x0 = b.min_x + i * w, y0 = b.min_y + j * h;
      const double x1 = i + 1 == cells ? b.max_x : x0 + w, y1 = j + 1 == cells ? b.max_y : y0 + h;
      auto piece = geos.Own(GEOSClipByRect_r(ctx, polygon.get(), x0, y0, x1, y1));
      if (!piece || GEOSisEmpty_r(ctx, piece.get())) continue;
      if (piece_starts && piece_starts->back() != mesh.indices.size()) piece_starts->push_back(mesh.indices.size());
      added += TriangulateValid(geos, piece.get(), mesh);
    }
  }
  return added;
}

}  // namespace atlas::geo

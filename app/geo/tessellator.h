// Polygon tessellation: polygons with holes -> indexed triangles, by GEOS's constrained
// Delaunay triangulation. CPU only; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <vector>

#include "geo/geometry.h"

namespace atlas::geo {

struct TriangleMesh {
  std::vector<DVec2> vertices;
  std::vector<uint32_t> indices;  // three per triangle
};

// Appends the triangles covering `shape` to `mesh`. Invalid polygons (self-touching rings)
// are repaired with GEOS MakeValid first. Large polygons are cut into tiles first; when
// `piece_starts` is given, it receives the offset in mesh.indices where each tile begins
// (for culling). Returns the number of triangles added.
size_t Tessellate(const PolygonShape& shape, TriangleMesh& mesh, std::vector<size_t>* piece_starts = nullptr);

}  // namespace atlas::geo

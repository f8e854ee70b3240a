// Polylines turned into triangle strips a renderer can draw in one call: two vertices per
// point, offset along the mitred normal by the shader, so every pixel of a line is shaded
// once. Spatial chunks let the renderer skip what is off screen. CPU only; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <vector>

#include "geo/geometry.h"

namespace atlas::map {

struct LineVertex {
  float x = 0, y = 0;    // map metres (or pixels for overlays)
  float nx = 0, ny = 0;  // unit normal times the miter length, signed by the strip side
  float along = 0;       // distance from the path's start, in the same units as x and y
  float side = 0;        // +1 or -1: which edge of the strip
};

// A contiguous run of indices whose geometry lies inside `bounds`.
struct MeshChunk {
  geo::Bounds bounds;
  uint32_t first_index = 0;
  uint32_t index_count = 0;
};

struct LineMesh {
  static constexpr uint32_t kRestart = 0xFFFFFFFFu;  // primitive restart between strips
  std::vector<LineVertex> vertices;
  std::vector<uint32_t> indices;  // triangle strips separated by kRestart
  std::vector<MeshChunk> chunks;
  bool empty() const { return indices.empty(); }
};

// Builds strips for `paths`. Long paths are cut into pieces of at most `max_points` points
// (sharing their end points, so joins stay seamless) and pieces are grouped into chunks of
// about `cell_size` (in path units) for culling.
LineMesh BuildLineMesh(const std::vector<const geo::Path*>& paths, double cell_size, size_t max_points = 64);
LineMesh BuildLineMesh(const std::vector<geo::Path>& paths, double cell_size, size_t max_points = 64);

// Index ranges of the chunks that intersect `visible`, adjacent ranges merged.
struct IndexRange {
  uint32_t first = 0, count = 0;
};
std::vector<IndexRange> VisibleRanges(const std::vector<MeshChunk>& chunks, const geo::Bounds& visible);

}  // namespace atlas::map

// Polyline strips with mitred joins, cut into culling chunks; see line_mesh.h.
#include "map/line_mesh.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace atlas::map {
namespace {

using geo::DVec2;
using geo::Path;

constexpr double kMaxMiter = 2.0;  // beyond this a sharp corner is thinned rather than spiked

DVec2 Normalised(DVec2 v) {
  const double len = geo::Length(v);
  return len > 0 ? v * (1.0 / len) : DVec2{0, 0};
}
DVec2 Perp(DVec2 d) { return {-d.y, d.x}; }

// Drops repeated points, which have no direction.
Path WithoutRepeats(const Path& path) {
  Path out;
  out.reserve(path.size());
  for (DVec2 p : path)
    if (out.empty() || !(p == out.back())) out.push_back(p);
  return out;
}

struct Prepared {
  Path points;
  std::vector<DVec2> miters;  // normal scaled by the miter length, per point
  std::vector<double> along;
};

Prepared Prepare(const Path& raw) {
  Prepared p{WithoutRepeats(raw), {}, {}};
  const size_t n = p.points.size();
  const bool closed = n > 3 && geo::Length(p.points.front() - p.points.back()) < 1e-9;
  p.miters.resize(n);
  p.along.resize(n);
  for (size_t i = 0; i < n; ++i) {
    p.along[i] = i == 0 ? 0 : p.along[i - 1] + geo::Length(p.points[i] - p.points[i - 1]);
    const bool has_prev = i > 0 || closed, has_next = i + 1 < n || closed;
    const DVec2 prev = i > 0 ? p.points[i - 1] : p.points[n - 2];
    const DVec2 next = i + 1 < n ? p.points[i + 1] : p.points[1];
    const DVec2 n_in = has_prev ? Perp(Normalised(p.points[i] - prev)) : DVec2{};
    const DVec2 n_out = has_next ? Perp(Normalised(next - p.points[i])) : DVec2{};
    if (!has_prev) {
      p.miters[i] = n_out;
    } else if (!has_next) {
      p.miters[i] = n_in;
    } else {
      const DVec2 m = Normalised(n_in + n_out);
      const double cos_half = m.x * n_in.x + m.y * n_in.y;
      const double length = cos_half > 1.0 / kMaxMiter ? 1.0 / cos_half : kMaxMiter;
      p.miters[i] = (m == DVec2{0, 0} ? n_in : m) * length;
    }
  }
  return p;
}

struct Piece {
  const Prepared* path;
  size_t begin, end;  // inclusive point range
  geo::Bounds bounds;
};

}  // namespace

LineMesh BuildLineMesh(const std::vector<const Path*>& paths, double cell_size, size_t max_points) {
  std::vector<Prepared> prepared;
  prepared.reserve(paths.size());
  for (const Path* path : paths) {
    Prepared p = Prepare(*path);
    if (p.points.size() >= 2) prepared.push_back(std::move(p));
  }
  // Cut into pieces and sort them into cells, so each cell's strips are contiguous.
  std::map<std::pair<long, long>, std::vector<Piece>> cells;
  max_points = std::max<size_t>(max_points, 2);
  for (const Prepared& p : prepared) {
    for (size_t begin = 0; begin + 1 < p.points.size();) {
      const size_t end = std::min(begin + max_points - 1, p.points.size() - 1);
      Piece piece{&p, begin, end, {}};
      for (size_t i = begin; i <= end; ++i) piece.bounds.Add(p.points[i]);
      const DVec2 c = piece.bounds.center();
      cells[{long(std::floor(c.x / cell_size)), long(std::floor(c.y / cell_size))}].push_back(piece);
      begin = end;
    }
  }
  LineMesh mesh;
  for (const auto& [cell, pieces] : cells) {
    MeshChunk chunk;
    chunk.first_index = uint32_t(mesh.indices.size());
    for (const Piece& piece : pieces) {
      if (!mesh.indices.empty() && mesh.indices.back() != LineMesh::kRestart) mesh.indices.push_back(LineMesh::kRestart);
      for (size_t i = piece.begin; i <= piece.end; ++i) {
        const DVec2 pt = piece.path->points[i], m = piece.path->miters[i];
        const float along = float(piece.path->along[i]);
        const auto base = uint32_t(mesh.vertices.size());
        mesh.vertices.push_back({float(pt.x), float(pt.y), float(m.x), float(m.y), along, 1.f});
        mesh.vertices.push_back({float(pt.x), float(pt.y), float(-m.x), float(-m.y), along, -1.f});
        mesh.indices.push_back(base);
        mesh.indices.push_back(base + 1);
      }
      chunk.bounds.AddBounds(piece.bounds);
    }
    chunk.index_count = uint32_t(mesh.indices.size()) - chunk.first_index;
    mesh.chunks.push_back(chunk);
  }
  return mesh;
}

LineMesh BuildLineMesh(const std::vector<Path>& paths, double cell_size, size_t max_points) {
  std::vector<const Path*> pointers;
  pointers.reserve(paths.size());
  for (const Path& p : paths) pointers.push_back(&p);
  return BuildLineMesh(pointers, cell_size, max_points);
}

std::vector<IndexRange> VisibleRanges(const std::vector<MeshChunk>& chunks, const geo::Bounds& visible) {
  std::vector<IndexRange> ranges;
  for (const MeshChunk& c : chunks) {
    if (c.index_count == 0 || !c.bounds.Intersects(visible)) continue;
    if (!ranges.empty() && ranges.back().first + ranges.back().count == c.first_index)
      ranges.back().count += c.index_count;
    else
      ranges.push_back({c.first_index, c.index_count});
  }
  return ranges;
}

}  // namespace atlas::map

// Following a line between two points; see route_follower.h.
#include "map/route_follower.h"

#include <algorithm>
#include <limits>

namespace atlas::map {
namespace {

using geo::DVec2;
using geo::Path;

// Where a point projects onto a path: the segment, the position along it, and the distance.
struct Projection {
  size_t segment = 0;
  double t = 0;
  double distance = std::numeric_limits<double>::infinity();
  DVec2 point;
  double along() const { return double(segment) + t; }
};

Projection Project(const Path& path, DVec2 p) {
  Projection best;
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    const DVec2 a = path[i], d = path[i + 1] - a;
    const double len2 = d.x * d.x + d.y * d.y;
    double t = len2 > 0 ? ((p.x - a.x) * d.x + (p.y - a.y) * d.y) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const DVec2 q = a + d * t;
    const double dist = geo::Length(p - q);
    if (dist < best.distance) best = {i, t, dist, q};
  }
  return best;
}

}  // namespace

std::vector<Path> JoinPieces(std::vector<Path> pieces, double join) {
  bool joined = true;
  while (joined) {
    joined = false;
    for (size_t i = 0; i < pieces.size() && !joined; ++i) {
      for (size_t j = 0; j < pieces.size() && !joined; ++j) {
        if (i == j || pieces[i].empty() || pieces[j].empty()) continue;
        Path& a = pieces[i];
        Path b = pieces[j];
        // Orient so that a's end meets b's start, whichever ends are close.
        if (geo::Length(a.back() - b.front()) <= join) {
        } else if (geo::Length(a.back() - b.back()) <= join) {
          std::reverse(b.begin(), b.end());
        } else if (geo::Length(a.front() - b.front()) <= join) {
          std::reverse(a.begin(), a.end());
        } else if (geo::Length(a.front() - b.back()) <= join) {
          std::reverse(a.begin(), a.end());
          std::reverse(b.begin(), b.end());
        } else {
          continue;
        }
        a.insert(a.end(), b.begin() + (a.back() == b.front() ? 1 : 0), b.end());
        pieces.erase(pieces.begin() + long(j));
        joined = true;
      }
    }
  }
  return pieces;
}

std::optional<Path> FollowBetween(const std::vector<Path>& pieces, DVec2 a, DVec2 b, double max_snap, double join) {
  const std::vector<Path> paths = JoinPieces(pieces, join);
  const Path* best = nullptr;
  Projection pa, pb;
  double best_cost = std::numeric_limits<double>::infinity();
  for (const Path& path : paths) {
    const Projection qa = Project(path, a), qb = Project(path, b);
    if (qa.distance > max_snap || qb.distance > max_snap) continue;
    if (qa.distance + qb.distance < best_cost) {
      best_cost = qa.distance + qb.distance;
      best = &path;
      pa = qa;
      pb = qb;
    }
  }
  if (!best) return std::nullopt;
  const bool forward = pa.along() <= pb.along();
  const Projection& first = forward ? pa : pb;
  const Projection& last = forward ? pb : pa;
  Path out{first.point};
  for (size_t i = first.segment + 1; i <= last.segment; ++i) out.push_back((*best)[i]);
  out.push_back(last.point);
  if (!forward) std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace atlas::map

// Plain 2-D geometry in projected metres (or degrees before projection): points, paths,
// polygons with holes, bounds. Value types only; no GDAL, GEOS or GL in this header.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace atlas::geo {

struct DVec2 {
  double x = 0, y = 0;
  DVec2 operator+(DVec2 o) const { return {x + o.x, y + o.y}; }
  DVec2 operator-(DVec2 o) const { return {x - o.x, y - o.y}; }
  DVec2 operator*(double s) const { return {x * s, y * s}; }
  bool operator==(const DVec2&) const = default;
};

inline double Length(DVec2 v) { return std::hypot(v.x, v.y); }
inline double Length(double dx, double dy) { return std::hypot(dx, dy); }

// An open polyline, or a closed ring stored without repeating its first point.
using Path = std::vector<DVec2>;

struct PolygonShape {
  Path outer;
  std::vector<Path> holes;
};

struct Bounds {
  double min_x = std::numeric_limits<double>::infinity(), min_y = min_x;
  double max_x = -std::numeric_limits<double>::infinity(), max_y = max_x;

  bool empty() const { return !(min_x <= max_x && min_y <= max_y); }
  void Add(DVec2 p) {
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
  }
  void AddBounds(const Bounds& b) {
    if (b.empty()) return;
    Add(DVec2{b.min_x, b.min_y});
    Add(DVec2{b.max_x, b.max_y});
  }
  bool Contains(DVec2 p) const { return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y; }
  bool Intersects(const Bounds& b) const {
    return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
  }
  double width() const { return max_x - min_x; }
  double height() const { return max_y - min_y; }
  DVec2 center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }
};

inline Bounds BoundsOf(const Path& path) {
  Bounds b;
  for (DVec2 p : path) b.Add(p);
  return b;
}

}  // namespace atlas::geo

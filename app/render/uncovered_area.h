// The part of a viewport not hidden under opaque rectangles (the GUI's panels), as a few
// disjoint rectangles, so the map is copied only where it shows. Geometry only: no GL.
#pragma once
#include <vector>

#include "map/label_placer.h"

namespace atlas::render {

struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // top-left origin, x1/y1 exclusive
  long long Area() const { return (long long)(x1 - x0) * (y1 - y0); }
};

// Disjoint rectangles whose union is the `width` x `height` viewport minus the `covers`, each
// shrunk by `inset` pixels on every side first (so rounded panel corners keep the map below).
// Covers may overlap one another and the viewport's edges.
std::vector<PixelRect> UncoveredRects(int width, int height, const std::vector<map::ScreenBox>& covers, float inset);

}  // namespace atlas::render

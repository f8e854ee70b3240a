// A true scale bar: the ground distance a bar of screen pixels spans at the view's centre,
// measured geodesically (so the projection's scale factor is accounted for), rounded to a
// "nice" 1-2-5 length. Also the representative fraction (1:N). No GL, no ImGui.
#pragma once
#include <string>

#include "geo/map_projection.h"
#include "map/map_view.h"

namespace atlas::map {

struct ScaleBar {
  double metres = 0;        // the bar's ground length
  double pixels = 0;        // its length in physical pixels
  std::string label;        // "20 km", "500 m"
  double scale_denominator = 0;  // 1:N at 96 logical pixels per inch
};

// The largest nice length whose bar fits in `max_logical_pixels` at the view's centre.
ScaleBar ComputeScaleBar(const MapView& view, const geo::MapProjection& projection, double max_logical_pixels);
// True ground metres per physical pixel at a screen point (horizontal direction).
double GroundResolutionAt(const MapView& view, const geo::MapProjection& projection, DVec2 screen);

}  // namespace atlas::map

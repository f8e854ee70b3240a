// Geodesic scale bar; see scale_bar.h.
#include "map/scale_bar.h"

#include <cmath>
#include <cstdio>

namespace atlas::map {

double GroundResolutionAt(const MapView& view, const geo::MapProjection& projection, DVec2 screen) {
  const double half = 50;  // pixels either side: short enough to be local, long enough to be exact
  const geo::LonLat a = projection.Inverse(view.ScreenToMap({screen.x - half, screen.y}));
  const geo::LonLat b = projection.Inverse(view.ScreenToMap({screen.x + half, screen.y}));
  return geo::GeodesicDistance(a, b) / (2 * half);
}

ScaleBar ComputeScaleBar(const MapView& view, const geo::MapProjection& projection, double max_logical_pixels) {
  ScaleBar bar;
  const double ground = GroundResolutionAt(view, projection, {view.width() / 2.0, view.height() / 2.0});
  const double max_metres = ground * max_logical_pixels * view.pixel_ratio();
  const double magnitude = std::pow(10.0, std::floor(std::log10(max_metres)));
  for (double step : {5.0, 2.0, 1.0}) {
    if (step * magnitude <= max_metres) {
      bar.metres = step * magnitude;
      break;
    }
  }
  bar.pixels = bar.metres / ground;
  char text[32];
  if (bar.metres >= 1000)
    std::snprintf(text, sizeof text, "%g km", bar.metres / 1000);
  else
    std::snprintf(text, sizeof text, "%g m", bar.metres);
  bar.label = text;
  // One logical pixel is 1/96 inch on paper or on a standard screen.
  bar.scale_denominator = ground * view.pixel_ratio() / (0.0254 / 96.0);
  return bar;
}

}  // namespace atlas::map

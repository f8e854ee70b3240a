// Marker picking; see place_picking.h.
#include "map/place_picking.h"

namespace atlas::map {

std::optional<size_t> PickMarker(const std::vector<PlaceMarker>& markers, const MapView& view, DVec2 screen,
                                 float slack) {
  std::optional<size_t> best;
  double best_radius = 0;
  const double ratio = view.pixel_ratio();
  for (size_t i = 0; i < markers.size(); ++i) {
    const DVec2 at = view.MapToScreen(markers[i].position);
    const double reach = (markers[i].radius + slack) * ratio;
    if (geo::Length(at - screen) > reach) continue;
    // Markers are drawn biggest first: the smallest under the pointer is the one on top.
    if (!best || markers[i].radius < best_radius) {
      best = i;
      best_radius = markers[i].radius;
    }
  }
  return best;
}

}  // namespace atlas::map

// Picking curated and event features; see feature_picking.h.
#include "map/feature_picking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas::map {
namespace {

double DistanceToSegment(DVec2 p, DVec2 a, DVec2 b) {
  const DVec2 ab = b - a;
  const double len2 = ab.x * ab.x + ab.y * ab.y;
  double t = len2 > 0 ? ((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return geo::Length(p - (a + ab * t));
}

}  // namespace

double ScreenDistanceToPath(const geo::Path& path, const MapView& view, DVec2 screen) {
  double best = std::numeric_limits<double>::infinity();
  if (path.empty()) return best;
  DVec2 prev = view.MapToScreen(path[0]);
  if (path.size() == 1) return geo::Length(prev - screen);
  for (size_t i = 1; i < path.size(); ++i) {
    const DVec2 next = view.MapToScreen(path[i]);
    best = std::min(best, DistanceToSegment(screen, prev, next));
    prev = next;
  }
  return best;
}

std::optional<size_t> PickEventCluster(const std::vector<EventCluster>& clusters, const MapView& view, DVec2 screen,
                                       float slack) {
  std::optional<size_t> best;
  double best_distance = std::numeric_limits<double>::infinity();
  for (size_t i = 0; i < clusters.size(); ++i) {
    const double d = geo::Length(EventSymbolScreen(clusters[i], view) - screen);
    const double reach = (EventClusterRadius(clusters[i].members.size()) + slack) * view.pixel_ratio();
    if (d <= reach && d < best_distance) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

FeatureRef PickCuratedFeature(const MapOverlay& overlay, const MapView& view, DVec2 screen,
                              const LayerVisibility& layers, float slack) {
  if (!overlay.curated) return {};
  const double ratio = view.pixel_ratio();
  const double reach = slack * ratio;
  if (layers.IsVisible("presence")) {
    FeatureRef best;
    double best_distance = std::numeric_limits<double>::infinity();
    for (const PresenceFeature& p : overlay.curated->presence) {
      if (!p.ActiveOn(overlay.as_of)) continue;
      for (const DVec2& point : p.points) {
        const double d = geo::Length(view.MapToScreen(point) - screen);
        if (d <= kPresenceSymbolRadius * ratio + reach && d < best_distance) {
          best = {FeatureRef::Kind::kPresence, p.id};
          best_distance = d;
        }
      }
      if (p.radius_m > 0 && !p.points.empty()) {
        const double centre_d = geo::Length(view.MapToScreen(p.points[0]) - screen);
        const double ring = std::abs(centre_d - p.radius_m / view.resolution());
        if (ring <= reach && ring < best_distance) {
          best = {FeatureRef::Kind::kPresence, p.id};
          best_distance = ring;
        }
      }
    }
    if (best) return best;
  }
  if (layers.IsVisible("corridors")) {
    FeatureRef best;
    double best_distance = std::numeric_limits<double>::infinity();
    for (const Corridor& c : overlay.curated->corridors) {
      if (!c.StatusOn(overlay.as_of)) continue;
      for (const geo::Path& leg : c.route) {
        const double d = ScreenDistanceToPath(leg, view, screen);
        if (d <= reach && d < best_distance) {
          best = {FeatureRef::Kind::kCorridor, c.id};
          best_distance = d;
        }
      }
    }
    return best;
  }
  return {};
}

}  // namespace atlas::map

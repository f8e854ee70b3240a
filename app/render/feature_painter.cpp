// The curated and event layers' drawing; see feature_painter.h.
#include "render/feature_painter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "map/corridor_style.h"

namespace atlas::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

geo::Path ToScreen(const geo::Path& path, const map::MapView& view) {
  geo::Path out;
  out.reserve(path.size());
  for (const geo::DVec2& p : path) out.push_back(view.MapToScreen(p));
  return out;
}

// A circle of `radius_px` around a screen point, as a closed path.
geo::Path ScreenCircle(geo::DVec2 centre, double radius_px) {
  const int steps = std::clamp(int(radius_px / 3), 24, 180);
  geo::Path ring;
  for (int i = 0; i <= steps; ++i) {
    const double a = 2 * kPi * i / steps;
    ring.push_back({centre.x + radius_px * std::cos(a), centre.y + radius_px * std::sin(a)});
  }
  return ring;
}

bool PathMeets(const geo::Path& path, const geo::Bounds& b) {
  geo::Bounds box;
  for (const geo::DVec2& p : path) box.Add(p);
  return box.max_x >= b.min_x && box.min_x <= b.max_x && box.max_y >= b.min_y && box.min_y <= b.max_y;
}

map::Rgba WithAlpha(map::Rgba c, uint8_t a) {
  c.a = a;
  return c;
}

map::ScreenBox BoxAround(geo::DVec2 at, float r) {
  return {float(at.x) - r, float(at.y) - r, float(at.x) + r, float(at.y) + r};
}

}  // namespace

void FeaturePainter::DrawUnderMarkers(const map::MapView& view, const map::LayerVisibility& layers,
                                      const map::MapOverlay& overlay) {
  if (!overlay.curated) return;
  if (layers.IsVisible("corridors")) DrawCorridors(view, overlay);
  if (layers.IsVisible("presence")) DrawPresenceAreas(view, overlay);
}

void FeaturePainter::DrawOverMarkers(const map::MapView& view, const map::LayerVisibility& layers,
                                     const map::MapOverlay& overlay, std::vector<map::ScreenBox>* obstacles) {
  if (overlay.curated && layers.IsVisible("presence")) DrawPresenceSymbols(view, overlay, obstacles);
  if (overlay.events) DrawEvents(view, layers, overlay, obstacles);
}

void FeaturePainter::DrawCorridors(const map::MapView& view, const map::MapOverlay& overlay) {
  const float ratio = float(view.pixel_ratio());
  const geo::Bounds visible = view.VisibleBounds();
  for (const map::Corridor& c : overlay.curated->corridors) {
    const map::CorridorStatus* status = c.StatusOn(overlay.as_of);
    if (!status) continue;
    const map::FeatureRef self{map::FeatureRef::Kind::kCorridor, c.id};
    const map::Emphasis emphasis = overlay.EmphasisFor(overlay.selected_feature == self, overlay.hovered_feature == self);
    if (!emphasis.draw) continue;
    std::vector<geo::Path> legs;
    for (const geo::Path& leg : c.route)
      if (PathMeets(leg, visible)) legs.push_back(ToScreen(leg, view));
    if (legs.empty()) continue;
    map::LineStyle line = map::CorridorStyleFor(status->status).line;
    if (emphasis.selected || emphasis.hovered) {
      // The selection (or hover): a halo in the accent colour beneath the styled line.
      map::LineStyle halo;
      halo.colour = WithAlpha(style_.selection, emphasis.selected ? 200 : 110);
      halo.width = line.casing_width + 5;
      lines_.DrawPixels(legs, halo, ratio, view.width(), view.height());
    }
    lines_.DrawPixels(legs, line, ratio, view.width(), view.height());
  }
}

void FeaturePainter::DrawPresenceAreas(const map::MapView& view, const map::MapOverlay& overlay) {
  const float ratio = float(view.pixel_ratio());
  for (const map::PresenceFeature& p : overlay.curated->presence) {
    if (p.radius_m <= 0 || p.points.empty() || !p.ActiveOn(overlay.as_of)) continue;
    const map::FeatureRef self{map::FeatureRef::Kind::kPresence, p.id};
    const map::Emphasis emphasis = overlay.EmphasisFor(overlay.selected_feature == self, false);
    if (!emphasis.draw) continue;
    const map::Rgba colour = overlay.actor_colour ? overlay.actor_colour(p.actor) : map::Hex(0x555555);
    const geo::DVec2 centre = view.MapToScreen(p.points[0]);
    const double radius_px = p.radius_m / view.resolution();
    if (radius_px < 3) continue;  // smaller than its own symbol: the symbol says it all
    // A faint wash inside, and a dotted rim in the actor's colour (dots, not dashes: dashed
    // lines are borders and de facto lines).
    symbols_.Add({float(centre.x), float(centre.y), float(radius_px), map::SymbolShape::kDot, WithAlpha(colour, 26),
                  WithAlpha(colour, 0)});
    symbols_.Flush(view.width(), view.height(), 0);
    map::LineStyle rim;
    rim.colour = WithAlpha(colour, 210);
    rim.width = 1.8f;
    rim.casing = map::Hex(0xFFFFFF, 160);
    rim.casing_width = 3.6f;
    rim.dash = map::kPresenceAreaDash;
    rim.gap = map::kPresenceAreaGap;
    if (emphasis.selected) rim.width = 3.0f;
    lines_.DrawPixels({ScreenCircle(centre, radius_px)}, rim, ratio, view.width(), view.height());
  }
}

void FeaturePainter::DrawPresenceSymbols(const map::MapView& view, const map::MapOverlay& overlay,
                                         std::vector<map::ScreenBox>* obstacles) {
  const float ratio = float(view.pixel_ratio());
  const float r = map::kPresenceSymbolRadius * ratio;
  const geo::Bounds visible = view.VisibleBounds();
  std::vector<geo::DVec2> selected;
  for (const map::PresenceFeature& p : overlay.curated->presence) {
    if (!p.ActiveOn(overlay.as_of)) continue;
    const map::Rgba colour = overlay.actor_colour ? overlay.actor_colour(p.actor) : map::Hex(0x555555);
    const map::FeatureRef self{map::FeatureRef::Kind::kPresence, p.id};
    const map::Emphasis emphasis = overlay.EmphasisFor(overlay.selected_feature == self, overlay.hovered_feature == self);
    if (!emphasis.draw) continue;
    const bool hovered = emphasis.hovered;
    for (const geo::DVec2& point : p.points) {
      if (!visible.Contains(point)) continue;
      const geo::DVec2 at = view.MapToScreen(point);
      const float radius = r + (hovered ? 1.5f * ratio : 0.f);
      // A bullseye: the actor's colour around a white heart, unlike any other symbol.
      symbols_.Add({float(at.x), float(at.y), radius, map::SymbolShape::kDot, colour, map::Hex(0x1E1E1E, 230)});
      symbols_.Add({float(at.x), float(at.y), radius * 0.36f, map::SymbolShape::kDot, map::Hex(0xFFFFFF),
                    map::Hex(0xFFFFFF, 0)});
      obstacles->push_back(BoxAround(at, radius));
      if (emphasis.selected) selected.push_back(at);
    }
  }
  symbols_.Flush(view.width(), view.height(), 1.1f * ratio);
  for (const geo::DVec2& at : selected)
    symbols_.Add({float(at.x), float(at.y), r + 5 * ratio, map::SymbolShape::kRing, style_.selection,
                  map::Hex(0xFFFFFF, 200)});
  symbols_.Flush(view.width(), view.height(), 1.0f * ratio);
}

void FeaturePainter::DrawEvents(const map::MapView& view, const map::LayerVisibility& layers,
                                const map::MapOverlay& overlay, std::vector<map::ScreenBox>* obstacles) {
  const auto event = map::FeatureRef::Kind::kEvent;
  if (overlay.pass == map::OverlayPass::kEmphasisOnly && overlay.selected_feature.kind != event &&
      overlay.hovered_feature.kind != event)
    return;  // nothing to emphasise: spare clustering every event each frame
  const std::vector<map::EventMarker>& events = *overlay.events;
  const std::vector<map::EventCluster> clusters =
      map::ClusterEvents(events, map::VisibleEvents(events, layers), view, map::kEventClusterCell);
  const float ratio = float(view.pixel_ratio());
  const geo::Bounds visible = view.VisibleBounds();
  // Duration bars, one set per type so each is one draw.
  std::array<std::vector<geo::Path>, size_t(map::EventKind::kCount)> bars;
  std::vector<std::pair<geo::DVec2, float>> rings;  // selection and hover
  TextStyle count_style;
  count_style.font = FontStyle::kBold;
  count_style.size = 10.5f * ratio;
  count_style.colour = map::Hex(0xFFFFFF);
  for (const map::EventCluster& cluster : clusters) {
    if (!visible.Contains(cluster.position)) continue;
    const geo::DVec2 at = map::EventSymbolScreen(cluster, view);
    const float radius = map::EventClusterRadius(cluster.members.size()) * ratio;
    bool any_selected = false, any_hovered = false;
    for (size_t i : cluster.members) {
      const map::FeatureRef self{map::FeatureRef::Kind::kEvent, events[i].id};
      any_selected |= overlay.selected_feature == self;
      any_hovered |= overlay.hovered_feature == self;
    }
    obstacles->push_back(BoxAround(at, radius));
    const map::Emphasis emphasis = overlay.EmphasisFor(any_selected, any_hovered);
    if (!emphasis.draw) continue;
    const bool has_selected = emphasis.selected, has_hovered = emphasis.hovered;
    if (cluster.members.size() == 1) {
      const map::EventMarker& e = events[cluster.members[0]];
      const map::EventKindInfo& kind = map::EventKinds()[size_t(e.kind)];
      // Curated events: full colour with a dark rim. Extracted: a white rim, paler the less
      // sure the extraction.
      const map::Rgba fill =
          e.curated ? kind.colour : WithAlpha(kind.colour, uint8_t(110 + 145 * std::clamp(e.confidence, 0.0, 1.0)));
      const map::Rgba rim = e.curated ? map::Hex(0x1A1A1A, 235) : map::Hex(0xFFFFFF, 235);
      symbols_.Add({float(at.x), float(at.y), radius + (has_hovered ? 1.5f * ratio : 0.f), kind.shape, fill, rim});
      if (e.HasDuration()) {
        // A bar beneath the symbol, longer for longer events (a week, a month, a year).
        const float days = float(map::EventDays(e));
        const float half = std::clamp(4.0f + 3.0f * std::log2(days), 5.0f, 22.0f) * ratio;
        const double y = at.y + radius + 3.5 * ratio;
        bars[size_t(e.kind)].push_back({{at.x - half, y}, {at.x + half, y}});
      }
    } else {
      // A cluster: the members' type colour if they share one, else a neutral dark grey,
      // with the count.
      const map::EventKind first = events[cluster.members[0]].kind;
      const bool one_kind = std::all_of(cluster.members.begin(), cluster.members.end(),
                                        [&](size_t i) { return events[i].kind == first; });
      const map::Rgba fill = one_kind ? map::EventKinds()[size_t(first)].colour : map::Hex(0x4A4A4A);
      symbols_.Add({float(at.x), float(at.y), radius + (has_hovered ? 1.5f * ratio : 0.f), map::SymbolShape::kDot,
                    WithAlpha(fill, 235), map::Hex(0xFFFFFF, 240)});
      const std::string count = std::to_string(cluster.members.size());
      const TextSize size = text_.Measure(count, count_style);
      text_.Add(count, float(at.x) - size.width / 2, float(at.y) - size.height / 2, count_style, TextAlign::kLeft);
    }
    if (has_selected) rings.push_back({at, radius});
  }
  symbols_.Flush(view.width(), view.height(), 1.3f * ratio);
  for (const auto& kind : map::EventKinds()) {
    if (bars[size_t(kind.kind)].empty()) continue;
    map::LineStyle bar;
    bar.colour = kind.colour;
    bar.width = 2.4f;
    bar.casing = map::Hex(0xFFFFFF, 220);
    bar.casing_width = 4.2f;
    lines_.DrawPixels(bars[size_t(kind.kind)], bar, ratio, view.width(), view.height());
  }
  for (const auto& [at, radius] : rings)
    symbols_.Add({float(at.x), float(at.y), radius + 5 * ratio, map::SymbolShape::kRing, style_.selection,
                  map::Hex(0xFFFFFF, 200)});
  symbols_.Flush(view.width(), view.height(), 1.0f * ratio);
  text_.Flush(view.width(), view.height());
}

}  // namespace atlas::render

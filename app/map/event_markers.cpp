// Event markers and clustering; see event_markers.h.
#include "map/event_markers.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <cmath>
#include <map>

namespace atlas::map {

std::span<const EventKindInfo> EventKinds() {
  static const std::array kKinds{
      EventKindInfo{EventKind::kMilitary, "military", "events_military", "Military events", Hex(0xD55E00), SymbolShape::kTriangle},
      EventKindInfo{EventKind::kDiplomatic, "diplomatic", "events_diplomatic", "Diplomatic events", Hex(0x0072B2), SymbolShape::kStar},
      EventKindInfo{EventKind::kInfrastructure, "infrastructure", "events_infrastructure", "Infrastructure events",
                    Hex(0xE69F00), SymbolShape::kSquare},
      EventKindInfo{EventKind::kHumanitarian, "humanitarian", "events_humanitarian", "Humanitarian events",
                    Hex(0x56B4E9), SymbolShape::kCross},
      EventKindInfo{EventKind::kPolitical, "political", "events_political", "Political events", Hex(0xCC79A7), SymbolShape::kHexagon},
      EventKindInfo{EventKind::kEconomic, "economic", "events_economic", "Economic events", Hex(0x009E73), SymbolShape::kDiamond},
  };
  return kKinds;
}

const EventKindInfo* FindEventKind(std::string_view id) {
  for (const auto& k : EventKinds())
    if (k.id == id) return &k;
  return nullptr;
}

namespace {

// "YYYY-MM-DD" or "YYYY-MM" (its first or last day, as asked) as a day count.
std::optional<std::chrono::sys_days> IsoDay(const std::string& iso, bool last_of_month) {
  int y = 0, m = 0, d = 0;
  if (iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
  } else if (iso.size() == 7 && std::sscanf(iso.c_str(), "%4d-%2d", &y, &m) == 2) {
    d = 0;
  } else {
    return std::nullopt;
  }
  using namespace std::chrono;
  const year_month ym{year{y}, month{unsigned(m)}};
  if (!ym.ok()) return std::nullopt;
  if (d == 0) return sys_days(last_of_month ? year_month_day(year_month_day_last{ym.year(), month_day_last{ym.month()}})
                                            : year_month_day{ym / 1});
  const year_month_day ymd{ym / unsigned(d)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

}  // namespace

int EventDays(const EventMarker& e) {
  const auto first = IsoDay(e.date_start, false);
  const auto last = IsoDay(e.date_end.empty() ? e.date_start : e.date_end, true);
  if (!first || !last || *last < *first) return 1;
  return int((*last - *first).count()) + 1;
}

bool EventInPeriod(const EventMarker& e, const std::string& from, const std::string& to) {
  const std::string& end = e.date_end.empty() ? e.date_start : e.date_end;
  // "2025-01" sorts before "2025-01-15": a month-precision date covers its whole month.
  const std::string end_bound = end.size() == 7 ? end + "-31" : end;
  return (from.empty() || end_bound >= from) && (to.empty() || e.date_start <= to);
}

float EventClusterRadius(size_t members) {
  if (members <= 1) return kEventMarkerRadius;
  return std::min(kEventMarkerRadius + 3.0f + 2.0f * float(std::log2(double(members))), 20.0f);
}

std::vector<size_t> VisibleEvents(const std::vector<EventMarker>& markers, const LayerVisibility& layers) {
  std::array<bool, size_t(EventKind::kCount)> on{};
  for (const auto& k : EventKinds()) on[size_t(k.kind)] = layers.IsVisible(k.layer);
  std::vector<size_t> visible;
  for (size_t i = 0; i < markers.size(); ++i)
    if (on[size_t(markers[i].kind)]) visible.push_back(i);
  return visible;
}

std::vector<EventCluster> ClusterEvents(const std::vector<EventMarker>& markers, const std::vector<size_t>& visible,
                                        const MapView& view, float cell_px) {
  // Greedy, in the given order: a marker joins the nearest cluster whose first member lies
  // within `cell_px` of it on screen, else starts one. First members are found through a
  // grid of that cell size, so each marker looks at nine cells only.
  const double reach = cell_px * view.pixel_ratio();
  struct Seed {
    DVec2 screen;
    size_t cluster;
  };
  std::map<std::pair<long, long>, std::vector<Seed>> grid;
  std::vector<EventCluster> clusters;
  for (size_t i : visible) {
    const DVec2 s = view.MapToScreen(markers[i].position);
    const long cx = long(std::floor(s.x / reach)), cy = long(std::floor(s.y / reach));
    const Seed* nearest = nullptr;
    double best = reach;
    for (long dx = -1; dx <= 1; ++dx)
      for (long dy = -1; dy <= 1; ++dy) {
        auto it = grid.find({cx + dx, cy + dy});
        if (it == grid.end()) continue;
        for (const Seed& seed : it->second) {
          const double d = geo::Length(seed.screen - s);
          if (d <= best) {
            best = d;
            nearest = &seed;
          }
        }
      }
    if (nearest) {
      clusters[nearest->cluster].members.push_back(i);
    } else {
      grid[{cx, cy}].push_back({s, clusters.size()});
      clusters.push_back({{0, 0}, {i}});
    }
  }
  for (EventCluster& c : clusters) {
    DVec2 sum{0, 0};
    for (size_t i : c.members) sum = sum + markers[i].position;
    c.position = sum * (1.0 / double(c.members.size()));
  }
  return clusters;
}

DVec2 EventSymbolScreen(const EventCluster& cluster, const MapView& view) {
  const double offset = kEventBadgeOffset * view.pixel_ratio();
  return view.MapToScreen(cluster.position) + DVec2{offset, -offset};
}

}  // namespace atlas::map

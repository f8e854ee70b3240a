// Building the legend from what is drawn; see map_legend.h.
#include "map/map_legend.h"

#include <algorithm>
#include <set>

#include "map/corridor_style.h"

namespace atlas::map {
namespace {

constexpr Rgba kWhite = Hex(0xFFFFFF);

bool PathMeets(const geo::Path& path, const geo::Bounds& b) {
  for (const DVec2& p : path)
    if (b.Contains(p)) return true;
  // A leg may cross the view with no vertex inside: test its bounding box.
  geo::Bounds box;
  for (const DVec2& p : path) box.Add(p);
  return !path.empty() && box.max_x >= b.min_x && box.min_x <= b.max_x && box.max_y >= b.min_y && box.min_y <= b.max_y;
}

void AddPlaces(const MapOverlay& overlay, const geo::Bounds& visible, const BasemapStyle& style,
               std::vector<LegendGroup>& groups) {
  if (!overlay.markers) return;
  static constexpr const char* kTitles[] = {"Place in the articles (size: mentions)", "Region named",
                                            "Corridor named", "Country named"};
  static constexpr SymbolShape kShapes[] = {SymbolShape::kDot, SymbolShape::kRing, SymbolShape::kDiamond,
                                            SymbolShape::kSquare};
  std::set<int> kinds;
  for (const PlaceMarker& m : *overlay.markers)
    if (visible.Contains(m.position)) kinds.insert(int(m.kind));
  if (kinds.empty()) return;
  LegendGroup group{"In the articles", {}};
  for (int k : kinds)
    group.entries.push_back({LegendEntry::Kind::kSymbol, kTitles[k], kShapes[k], style.marker_colours[size_t(k)], kWhite});
  groups.push_back(std::move(group));
}

void AddCorridors(const MapOverlay& overlay, const geo::Bounds& visible, std::vector<LegendGroup>& groups) {
  std::set<std::string_view> titles;
  bool schematic = false;
  LegendGroup group{"Corridors on the date shown", {}};
  for (const CorridorStatusStyle& s : CorridorStatusStyles()) {
    for (const Corridor& c : overlay.curated->corridors) {
      const CorridorStatus* status = c.StatusOn(overlay.as_of);
      if (!status || CorridorStyleFor(status->status).title != s.title) continue;
      if (!std::any_of(c.route.begin(), c.route.end(), [&](const geo::Path& leg) { return PathMeets(leg, visible); }))
        continue;
      schematic |= c.schematic;
      if (titles.insert(s.title).second) {
        LegendEntry e{LegendEntry::Kind::kLine, std::string(s.title)};
        e.line = s.line;
        group.entries.push_back(std::move(e));
      }
    }
  }
  if (group.entries.empty()) return;
  if (schematic) group.title += " (schematic routes)";
  groups.push_back(std::move(group));
}

void AddPresence(const MapOverlay& overlay, const geo::Bounds& visible,
                 const std::function<std::string(const std::string&)>& actor_name, std::vector<LegendGroup>& groups) {
  std::vector<std::string> actors;
  bool area = false;
  for (const PresenceFeature& p : overlay.curated->presence) {
    if (!p.ActiveOn(overlay.as_of)) continue;
    if (!std::any_of(p.points.begin(), p.points.end(), [&](const DVec2& at) { return visible.Contains(at); })) continue;
    if (std::find(actors.begin(), actors.end(), p.actor) == actors.end()) actors.push_back(p.actor);
    area |= p.radius_m > 0;
  }
  if (actors.empty()) return;
  std::sort(actors.begin(), actors.end());
  LegendGroup group{"On the ground (bases, missions, exercises)", {}};
  for (const std::string& a : actors) {
    LegendEntry e{LegendEntry::Kind::kPresence, actor_name ? actor_name(a) : a};
    e.fill = overlay.actor_colour ? overlay.actor_colour(a) : Hex(0x555555);
    e.outline = Hex(0x1E1E1E);
    group.entries.push_back(std::move(e));
  }
  if (area) {
    LegendEntry e{LegendEntry::Kind::kLine, "Area of operations (approximate)"};
    e.line.colour = Hex(0x555555, 210);
    e.line.width = 1.8f;
    e.line.dash = kPresenceAreaDash;
    e.line.gap = kPresenceAreaGap;
    group.entries.push_back(std::move(e));
  }
  groups.push_back(std::move(group));
}

void AddEvents(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
               std::vector<LegendGroup>& groups) {
  const std::vector<EventMarker>& events = *overlay.events;
  const geo::Bounds visible = view.VisibleBounds();
  std::set<int> kinds;
  bool curated = false, extracted = false, duration = false;
  for (size_t i : VisibleEvents(events, layers)) {
    const EventMarker& e = events[i];
    if (!visible.Contains(e.position)) continue;
    kinds.insert(int(e.kind));
    (e.curated ? curated : extracted) = true;
    duration |= e.HasDuration();
  }
  if (kinds.empty()) return;
  LegendGroup group{"Events", {}};
  for (int k : kinds) {
    const EventKindInfo& info = EventKinds()[size_t(k)];
    group.entries.push_back({LegendEntry::Kind::kSymbol, std::string(info.title), info.shape, info.colour,
                             curated ? Hex(0x1A1A1A) : kWhite});
  }
  if (curated && extracted) {
    group.entries.push_back({LegendEntry::Kind::kSymbol, "Curated and cited (dark rim)", SymbolShape::kDot,
                             Hex(0x8A8A8A), Hex(0x1A1A1A)});
    group.entries.push_back({LegendEntry::Kind::kSymbol, "Extracted (paler: less sure)",
                             SymbolShape::kDot, Hex(0x8A8A8A, 170), kWhite});
  }
  bool clustered = false;
  for (const EventCluster& c : ClusterEvents(events, VisibleEvents(events, layers), view, kEventClusterCell))
    clustered |= c.members.size() > 1 && visible.Contains(c.position);
  if (clustered)
    group.entries.push_back({LegendEntry::Kind::kCluster, "Several events close together (how many)",
                             SymbolShape::kDot, Hex(0x4A4A4A), kWhite});
  if (duration) {
    LegendEntry e{LegendEntry::Kind::kDuration, "Lasted days (bar grows with length)"};
    e.line.colour = Hex(0x4A4A4A);
    e.line.width = 2.4f;
    group.entries.push_back(std::move(e));
  }
  groups.push_back(std::move(group));
}

void AddBorders(const LayerVisibility& layers, const BasemapStyle& style, double resolution,
                std::vector<LegendGroup>& groups) {
  LegendGroup group{"Borders", {}};
  auto add = [&](LineRole role, const char* label) {
    LegendEntry e{LegendEntry::Kind::kLine, label};
    e.line = style.LineAt(role, resolution);
    group.entries.push_back(std::move(e));
  };
  if (layers.IsVisible("borders")) add(LineRole::kBorder, "International border");
  if (layers.IsVisible("disputed")) {
    add(LineRole::kDisputedDeFacto, "De facto line of a breakaway region");
    if (resolution <= style.line(LineRole::kDisputedHistorical).max_resolution)
      add(LineRole::kDisputedHistorical, "Karabakh line of control 1994\u20132020");
  }
  if (!group.entries.empty()) groups.push_back(std::move(group));
}

}  // namespace

std::vector<LegendGroup> BuildLegend(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
                                     const BasemapStyle& style,
                                     const std::function<std::string(const std::string&)>& actor_name) {
  std::vector<LegendGroup> groups;
  const geo::Bounds visible = view.VisibleBounds();
  if (layers.IsVisible("places")) AddPlaces(overlay, visible, style, groups);
  if (overlay.events) AddEvents(overlay, view, layers, groups);
  if (overlay.curated && layers.IsVisible("corridors")) AddCorridors(overlay, visible, groups);
  if (overlay.curated && layers.IsVisible("presence")) AddPresence(overlay, visible, actor_name, groups);
  AddBorders(layers, style, view.logical_resolution(), groups);
  return groups;
}

}  // namespace atlas::map

// Events on the map: one marker per dated event (curated or extracted from the articles),
// styled by type, kept when its dates meet the date filter and its type and actors pass;
// markers crowded on screen are gathered into clusters. No GL, no ImGui.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "map/colour.h"
#include "map/layer_ids.h"
#include "map/symbol_shape.h"
#include "map/map_view.h"

namespace atlas::map {

enum class EventKind { kMilitary, kDiplomatic, kInfrastructure, kHumanitarian, kPolitical, kEconomic, kCount };

struct EventKindInfo {
  EventKind kind;
  std::string_view id;       // "military", as in the data and the CLI
  std::string_view layer;    // its layer id: "events_military"
  std::string_view title;    // "Military events"
  Rgba colour;               // Okabe–Ito, distinguishable for colour-blind readers
  SymbolShape shape;         // a different shape per type, so colour is never the only cue
};
std::span<const EventKindInfo> EventKinds();
const EventKindInfo* FindEventKind(std::string_view id);

struct EventMarker {
  std::string id;            // curated id, or "x<store id>" for an extracted event
  bool curated = false;
  EventKind kind = EventKind::kPolitical;
  DVec2 position;
  std::string date_start, date_end;  // ISO; end empty for a single day
  std::string title;
  double confidence = 1;
  std::vector<std::string> actor_ids, place_ids;
  std::string quote;     // extracted events: the sentence stating it
  int64_t store_id = 0;  // extracted events: their row in the corpus store
  bool HasDuration() const { return !date_end.empty() && date_end != date_start; }
};

// How many days an event lasts, counting both ends: 1 for a single day; a month-precision
// date covers its month.
int EventDays(const EventMarker& event);

// True when the event's dates meet [from, to] (ISO, inclusive; empty ends are open).
bool EventInPeriod(const EventMarker& e, const std::string& from, const std::string& to);

// Drawn sizes, logical pixels: a lone marker's radius, a cluster's (growing with its size),
// and the screen cell within which markers are gathered.
constexpr float kEventMarkerRadius = 6.0f;
constexpr float kEventClusterCell = 24.0f;
float EventClusterRadius(size_t members);

struct EventCluster {
  DVec2 position;               // projected: the members' mean
  std::vector<size_t> members;  // indices into the marker list
};

// Where a cluster's symbol is drawn on screen (device pixels): beside its anchor, up and to
// the right like a badge, so the place symbol at the same point stays visible and clickable.
constexpr float kEventBadgeOffset = 13.0f;  // logical pixels along each axis
DVec2 EventSymbolScreen(const EventCluster& cluster, const MapView& view);

// Markers within `cell_px` (logical pixels) on screen of a cluster's first member join it; a
// cluster of one is a lone marker. Deterministic: the same markers, order and view give the
// same clusters.
// The indices of `markers` whose type layer is on.
std::vector<size_t> VisibleEvents(const std::vector<EventMarker>& markers, const LayerVisibility& layers);

std::vector<EventCluster> ClusterEvents(const std::vector<EventMarker>& markers, const std::vector<size_t>& visible,
                                        const MapView& view, float cell_px);

}  // namespace atlas::map

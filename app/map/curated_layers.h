// The curated, cited layers from assets/curated/: corridors (routes and dated status
// histories), actors' presence on the ground, and key events. Loaded once, projected and
// evaluated at a date; every feature names its sources. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "geo/basemap_loader.h"
#include "geo/geometry.h"
#include "geo/map_projection.h"
#include "map/event_markers.h"
#include "text/gazetteer.h"

namespace atlas::map {

// Where a curated fact comes from: a line of a bundled article, or an outside page.
struct SourceRef {
  std::string corpus_file;  // file name in assets/corpus, with `line` and `quote`
  int line = 0;
  std::string quote;
  std::string outlet, date, title, url;  // an external source
  bool from_corpus() const { return !corpus_file.empty(); }
};

struct CorridorStatus {
  std::string from, to;  // ISO dates, inclusive; `to` empty while current
  std::string status;    // planned | demanded | agreed | under_construction | open | restricted | blockaded | closed | defunct
  std::string label;
  SourceRef source;
};

struct Corridor {
  std::string id, name, kind, note;  // id is the gazetteer's corridor id
  std::vector<geo::Path> route;      // projected
  bool schematic = true;
  std::vector<CorridorStatus> history;
  // The status in force on `date` (ISO), or nothing before the first; an empty date means
  // now: the latest status.
  const CorridorStatus* StatusOn(const std::string& date) const;
};

// A presence symbol's drawn radius, logical pixels.
constexpr float kPresenceSymbolRadius = 6.5f;
// A presence area's rim: dots of this length and gap (logical pixels), unlike dashed borders.
constexpr float kPresenceAreaDash = 2.0f;
constexpr float kPresenceAreaGap = 3.5f;

struct PresenceFeature {
  std::string id, actor, name, kind, note;
  std::string short_name;  // written on the map; `name` in full elsewhere
  std::vector<std::string> partners;
  std::vector<geo::DVec2> points;  // projected
  double radius_m = 0;             // > 0: an area around the first point
  std::string from, to;            // ISO; `to` empty while current
  std::vector<SourceRef> sources;
  bool ActiveOn(const std::string& date) const;  // an empty date means now
};

struct CuratedEvent {
  std::string id, date_start, date_end, type, title, note;
  std::vector<std::string> place_ids, actor_ids;
  std::optional<geo::DVec2> position;  // of its first place with coordinates
  SourceRef source;
  double confidence = 1;
};

struct CuratedLayers {
  std::vector<Corridor> corridors;
  std::vector<PresenceFeature> presence;
  std::vector<CuratedEvent> events;
};

// The curated events as map markers (those with a known type and position).
std::vector<EventMarker> CuratedEventMarkers(const std::vector<CuratedEvent>& events);

// Reads corridors.json, presence.json and events.json from `dir`. Places are resolved in
// `gazetteer`; river and border legs are followed in `geodata`'s layers. Throws AtlasError
// naming the file and the entry for malformed data or unknown ids.
CuratedLayers LoadCuratedLayers(const std::filesystem::path& dir, const text::Gazetteer& gazetteer,
                                const geo::MapProjection& projection, const std::filesystem::path& geodata);

}  // namespace atlas::map

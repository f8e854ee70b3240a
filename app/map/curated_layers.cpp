// Loading the curated layers; see curated_layers.h.
//
// [SECTION] JSON helpers    one-line errors naming the file and the entry
// [SECTION] Routes          legs through places, bends, and stretches of rivers and borders
// [SECTION] Entry point
#include "map/curated_layers.h"

#include <nlohmann/json.hpp>

#include "geo/line_layer_query.h"
#include "map/route_follower.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas::map {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] JSON helpers
//-----------------------------------------------------------------------------

class Reader {
 public:
  Reader(const fs::path& file, const text::Gazetteer& gazetteer, const geo::MapProjection& projection)
      : file_(file.string()), gazetteer_(gazetteer), projection_(projection) {}

  json Load(const char* list) {
    json doc;
    try {
      doc = json::parse(ReadWholeFile(file_, 16 << 20));
    } catch (const json::parse_error& e) {
      throw AtlasError(file_, std::string("not valid JSON: ") + e.what());
    } catch (const json::exception& e) {  // a number too large for a double, ...
      throw AtlasError(file_, std::string("unreadable JSON: ") + e.what());
    }
    if (!doc.is_object() || !doc.contains(list) || !doc[list].is_array())
      throw AtlasError(file_, std::string("needs a '") + list + "' list");
    return doc[list];
  }
  [[noreturn]] void Fail(const std::string& entry, const std::string& problem) const {
    throw AtlasError(file_, "entry '" + entry + "': " + problem);
  }
  std::string Text(const json& j, const char* key, const std::string& entry, bool required = true) const {
    if (!j.contains(key) || j[key].is_null()) {
      if (required) Fail(entry, std::string("missing '") + key + "'");
      return {};
    }
    if (!j[key].is_string()) Fail(entry, std::string("'") + key + "' must be a string");
    return j[key].get<std::string>();
  }
  const text::GazetteerEntry& Place(const std::string& id, const std::string& entry) const {
    const text::GazetteerEntry* e = gazetteer_.Find(id);
    if (!e) Fail(entry, "unknown place id '" + id + "'");
    return *e;
  }
  geo::DVec2 Point(const json& j, const std::string& entry) const {
    if (j.is_string()) {
      const auto& e = Place(j.get<std::string>(), entry);
      return projection_.Forward({e.lon, e.lat});
    }
    if (j.is_array() && j.size() == 2 && j[0].is_number() && j[1].is_number())
      return projection_.Forward({j[0].get<double>(), j[1].get<double>()});
    Fail(entry, "a point must be a place id or [lon, lat]");
  }
  SourceRef Source(const json& j, const std::string& entry) const {
    SourceRef s;
    if (!j.is_object()) Fail(entry, "a source must be an object");
    if (j.contains("external")) {
      const json& x = j["external"];
      s.outlet = x.value("outlet", "");
      s.date = x.value("date", "");
      s.title = x.value("title", "");
      s.url = x.value("url", "");
    } else {
      s.corpus_file = Text(j, "corpus_file", entry);
      s.quote = Text(j, "quote", entry);
      if (!j.contains("line") || !j["line"].is_number_integer()) Fail(entry, "a corpus source needs a 'line'");
      s.line = j["line"].get<int>();
    }
    return s;
  }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  const text::Gazetteer& gazetteer_;
  const geo::MapProjection& projection_;
};

//-----------------------------------------------------------------------------
// [SECTION] Routes
//-----------------------------------------------------------------------------

// Within this distance of a place, a river or border counts as passing it.
constexpr double kMaxSnapMetres = 20000;

void AppendLeg(geo::Path& route, const geo::Path& leg) {
  for (const geo::DVec2& p : leg)
    if (route.empty() || !(route.back() == p)) route.push_back(p);
}

geo::Path BuildRoute(const Reader& r, const json& legs, const std::string& id, const fs::path& geodata,
                     const geo::MapProjection& projection) {
  geo::Path route;
  if (!legs.is_array() || legs.empty()) r.Fail(id, "'route' must be a non-empty list of legs");
  for (const json& leg : legs) {
    if (leg.contains("via") || leg.contains("via_points")) {
      const json& points = leg.contains("via") ? leg["via"] : leg["via_points"];
      if (!points.is_array()) r.Fail(id, "'via' must be a list");
      geo::Path part;
      for (const json& p : points) part.push_back(r.Point(p, id));
      AppendLeg(route, part);
    } else if (leg.contains("follow")) {
      const json& f = leg["follow"];
      geo::LineSelection sel;
      sel.layer = r.Text(f, "layer", id);
      sel.name = f.value("name", "");
      if (f.contains("countries") && f["countries"].is_array() && f["countries"].size() == 2) {
        sel.country_a = f["countries"][0].get<std::string>();
        sel.country_b = f["countries"][1].get<std::string>();
      }
      const geo::DVec2 from = r.Point(leg.at("from"), id), to = r.Point(leg.at("to"), id);
      const std::vector<geo::Path> lines = geo::ReadSelectedLines(geodata, sel, projection);
      if (auto stretch = FollowBetween(lines, from, to, kMaxSnapMetres)) {
        AppendLeg(route, {from});
        AppendLeg(route, *stretch);
        AppendLeg(route, {to});
      } else {
        r.Fail(id, "no " + sel.layer + " line '" + sel.name + sel.country_a + "' passes near both ends of a leg");
      }
    } else {
      r.Fail(id, "a leg needs 'via', 'via_points' or 'follow'");
    }
  }
  if (route.size() < 2) r.Fail(id, "the route has fewer than two points");
  return route;
}

std::vector<Corridor> LoadCorridors(const fs::path& file, const text::Gazetteer& g, const geo::MapProjection& proj,
                                    const fs::path& geodata) {
  Reader r(file, g, proj);
  std::vector<Corridor> out;
  for (const json& c : r.Load("corridors")) {
    Corridor corridor;
    corridor.id = r.Text(c, "id", "?");
    corridor.name = r.Text(c, "name", corridor.id);
    corridor.kind = r.Text(c, "kind", corridor.id);
    corridor.note = r.Text(c, "note", corridor.id, false);
    corridor.schematic = c.value("schematic", true);
    corridor.route.push_back(BuildRoute(r, c.at("route"), corridor.id, geodata, proj));
    for (const json& s : c.value("status", json::array())) {
      CorridorStatus status{r.Text(s, "from", corridor.id), r.Text(s, "to", corridor.id, false),
                            r.Text(s, "status", corridor.id), r.Text(s, "label", corridor.id),
                            r.Source(s.at("source"), corridor.id)};
      corridor.history.push_back(std::move(status));
    }
    out.push_back(std::move(corridor));
  }
  return out;
}

std::vector<PresenceFeature> LoadPresence(const fs::path& file, const text::Gazetteer& g,
                                          const geo::MapProjection& proj) {
  Reader r(file, g, proj);
  std::vector<PresenceFeature> out;
  for (const json& f : r.Load("features")) {
    PresenceFeature p;
    p.id = r.Text(f, "id", "?");
    p.actor = r.Text(f, "actor", p.id);
    p.name = r.Text(f, "name", p.id);
    p.short_name = r.Text(f, "label", p.id, false);
    p.kind = r.Text(f, "kind", p.id);
    p.note = r.Text(f, "note", p.id, false);
    p.from = r.Text(f, "from", p.id);
    p.to = r.Text(f, "to", p.id, false);
    for (const json& a : f.value("partners", json::array())) p.partners.push_back(a.get<std::string>());
    const json& geometry = f.at("geometry");
    if (geometry.contains("point")) {
      p.points.push_back(r.Point(geometry["point"], p.id));
    } else if (geometry.contains("points")) {
      for (const json& pt : geometry["points"]) p.points.push_back(r.Point(pt, p.id));
    } else if (geometry.contains("area_around")) {
      p.points.push_back(r.Point(geometry["area_around"], p.id));
      p.radius_m = geometry.value("radius_km", 20.0) * 1000;
    } else {
      r.Fail(p.id, "geometry needs 'point', 'points' or 'area_around'");
    }
    for (const json& s : f.value("sources", json::array())) p.sources.push_back(r.Source(s, p.id));
    if (p.sources.empty()) r.Fail(p.id, "has no source");
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<CuratedEvent> LoadEvents(const fs::path& file, const text::Gazetteer& g, const geo::MapProjection& proj) {
  Reader r(file, g, proj);
  std::vector<CuratedEvent> out;
  for (const json& e : r.Load("events")) {
    CuratedEvent ev;
    ev.id = r.Text(e, "id", "?");
    ev.date_start = r.Text(e, "date_start", ev.id);
    ev.date_end = r.Text(e, "date_end", ev.id, false);
    ev.type = r.Text(e, "type", ev.id);
    ev.title = r.Text(e, "title", ev.id);
    ev.note = r.Text(e, "note", ev.id, false);
    ev.confidence = e.value("confidence", 1.0);
    for (const json& p : e.value("places", json::array())) {
      const std::string id = p.get<std::string>();
      const auto& place = r.Place(id, ev.id);
      ev.place_ids.push_back(id);
      if (!ev.position) ev.position = proj.Forward({place.lon, place.lat});
    }
    for (const json& a : e.value("actors", json::array())) ev.actor_ids.push_back(a.get<std::string>());
    ev.source = r.Source(e.at("source"), ev.id);
    out.push_back(std::move(ev));
  }
  return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

const CorridorStatus* Corridor::StatusOn(const std::string& date) const {
  if (date.empty()) return history.empty() ? nullptr : &history.back();
  for (const CorridorStatus& s : history)
    if (date >= s.from && (s.to.empty() || date <= s.to)) return &s;
  return nullptr;
}

bool PresenceFeature::ActiveOn(const std::string& date) const {
  if (date.empty()) return to.empty();
  return date >= from && (to.empty() || date <= to);
}

std::vector<EventMarker> CuratedEventMarkers(const std::vector<CuratedEvent>& events) {
  std::vector<EventMarker> markers;
  for (const CuratedEvent& c : events) {
    const EventKindInfo* kind = FindEventKind(c.type);
    if (!kind || !c.position) continue;
    EventMarker e;
    e.id = c.id;
    e.curated = true;
    e.kind = kind->kind;
    e.position = *c.position;
    e.date_start = c.date_start;
    e.date_end = c.date_end;
    e.title = c.title;
    e.confidence = c.confidence;
    e.actor_ids = c.actor_ids;
    e.place_ids = c.place_ids;
    e.quote = c.source.quote;
    markers.push_back(std::move(e));
  }
  return markers;
}

CuratedLayers LoadCuratedLayers(const fs::path& dir, const text::Gazetteer& gazetteer,
                                const geo::MapProjection& projection, const fs::path& geodata) {
  CuratedLayers layers;
  layers.corridors = LoadCorridors(dir / "corridors.json", gazetteer, projection, geodata);
  layers.presence = LoadPresence(dir / "presence.json", gazetteer, projection);
  layers.events = LoadEvents(dir / "events.json", gazetteer, projection);
  return layers;
}

}  // namespace atlas::map

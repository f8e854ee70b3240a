// The curated layers (assets/curated/{events,corridors,presence}.json) checked against what they
// cite and name: every corpus quote is an exact substring of the cited line of the cited file in
// assets/corpus, every place id is in the gazetteer (loaded by the real loader), every actor id
// in actors.json, every date parses and every period is ordered. A copy with one quote altered
// must fail the same check.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "text/actor_dictionary.h"
#include "text/calendar_arithmetic.h"
#include "text/iso_date.h"
#include "text/mention_linker.h"
#include "util/atomic_file.h"

namespace atlas::text {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path SourceDir() { return fs::path(ATLAS_SOURCE_DIR); }

// Collects every problem of the curated files, each as "<file>: <entry>: <problem>".
class CuratedDataCheck {
 public:
  CuratedDataCheck(fs::path corpus_dir, const Gazetteer& gazetteer, const ActorDictionary& actors)
      : corpus_dir_(std::move(corpus_dir)), gazetteer_(gazetteer), actors_(actors) {}

  std::vector<std::string> Run(const fs::path& curated_dir) {
    problems_.clear();
    Events(curated_dir / "events.json");
    Corridors(curated_dir / "corridors.json");
    Presence(curated_dir / "presence.json");
    return problems_;
  }

 private:
  void Problem(const std::string& what) { problems_.push_back(file_ + ": " + entry_ + ": " + what); }

  json List(const fs::path& path, const char* key) {
    file_ = path.filename().string();
    entry_ = "top level";
    try {
      json doc = json::parse(ReadWholeFile(path));
      if (doc.contains(key) && doc[key].is_array()) return doc[key];
      Problem(std::string("no '") + key + "' list");
    } catch (const std::exception& e) {
      Problem(e.what());
    }
    return json::array();
  }

  void Enter(const json& entry, std::set<std::string>* ids) {
    entry_ = entry.value("id", std::string("(no id)"));
    if (!entry.contains("id") || !entry["id"].is_string()) Problem("no id");
    else if (!ids->insert(entry_).second) Problem("id used twice");
  }

  std::optional<PartialDate> DateField(const json& j, const char* key, bool nullable) {
    if (!j.contains(key) || j[key].is_null()) {
      if (!nullable) Problem(std::string("no '") + key + "'");
      return std::nullopt;
    }
    auto d = j[key].is_string() ? ParseIsoDate(j[key].get<std::string>()) : std::nullopt;
    if (!d) Problem(std::string("'") + key + "' is not YYYY-MM-DD or YYYY-MM: " + j[key].dump());
    return d;
  }

  // from <= to (inclusive periods; an open end is fine).
  void Ordered(const std::optional<PartialDate>& from, const std::optional<PartialDate>& to, const std::string& what) {
    if (from && to && Before(LastDayOf(*to), FirstDayOf(*from))) Problem(what + " ends before it begins");
  }

  void Place(const json& id) {
    if (!id.is_string() || !gazetteer_.Find(id.get<std::string>())) Problem("unknown place id " + id.dump());
  }

  void Point(const json& p) {
    if (p.is_array()) {
      if (p.size() != 2 || !p[0].is_number() || !p[1].is_number() || std::abs(p[0].get<double>()) > 180 ||
          std::abs(p[1].get<double>()) > 90)
        Problem("a point must be [lon, lat]: " + p.dump());
    } else {
      Place(p);
    }
  }

  void Actor(const json& id) {
    if (!id.is_string() || !actors_.Find(id.get<std::string>())) Problem("unknown actor id " + id.dump());
  }

  const std::vector<std::string>& CorpusLines(const std::string& file) {
    auto it = corpus_lines_.find(file);
    if (it != corpus_lines_.end()) return it->second;
    std::vector<std::string> lines;
    std::ifstream in(corpus_dir_ / file, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      lines.push_back(line);
    }
    return corpus_lines_.emplace(file, std::move(lines)).first->second;
  }

  void Source(const json& s) {
    if (!s.is_object()) return Problem("a source must be an object");
    if (s.contains("external")) {
      const json& x = s["external"];
      if (!x.is_object() || !x.contains("outlet") || !x["outlet"].is_string()) Problem("an external source needs an outlet");
      else if (!x.contains("url") || !x["url"].is_string() || x["url"].get<std::string>().rfind("http", 0) != 0)
        Problem("an external source needs a url");
      else if (x.contains("date")) DateField(x, "date", false);
      return;
    }
    if (!s.contains("corpus_file") || !s["corpus_file"].is_string() || !s.contains("line") ||
        !s["line"].is_number_integer() || !s.contains("quote") || !s["quote"].is_string())
      return Problem("a corpus source needs corpus_file, line and quote");
    const std::string file = s["corpus_file"], quote = s["quote"];
    const int line = s["line"];
    if (!fs::exists(corpus_dir_ / file)) return Problem("no corpus file " + file);
    const auto& lines = CorpusLines(file);
    if (line < 1 || line > static_cast<int>(lines.size())) return Problem(file + " has no line " + std::to_string(line));
    if (lines[static_cast<size_t>(line - 1)].find(quote) == std::string::npos)
      Problem("quote is not on " + file + " line " + std::to_string(line) + ": \"" + quote.substr(0, 60) + "\"");
  }

  void Events(const fs::path& path) {
    std::set<std::string> ids;
    for (const json& e : List(path, "events")) {
      Enter(e, &ids);
      auto start = DateField(e, "date_start", false), end = DateField(e, "date_end", true);
      Ordered(start, end, "the event");
      EventType type;
      if (!e.contains("type") || !e["type"].is_string() || !ParseEventType(e["type"].get<std::string>(), &type))
        Problem("unknown type " + e.value("type", json()).dump());
      if (!e.contains("places") || !e["places"].is_array() || e["places"].empty()) Problem("no places");
      else for (const json& p : e["places"]) Place(p);
      if (e.contains("actors")) for (const json& a : e["actors"]) Actor(a);
      if (!e.contains("source")) Problem("no source");
      else Source(e["source"]);
    }
  }

  void Corridors(const fs::path& path) {
    std::set<std::string> ids;
    for (const json& c : List(path, "corridors")) {
      Enter(c, &ids);
      for (const json& leg : c.value("route", json::array())) {
        if (leg.contains("via")) for (const json& p : leg["via"]) Place(p);
        if (leg.contains("via_points")) for (const json& p : leg["via_points"]) Point(p);
        if (leg.contains("follow")) {
          Place(leg.value("from", json()));
          Place(leg.value("to", json()));
        }
      }
      // The status history: oldest first, each period ordered, none overlapping the one before.
      std::optional<PartialDate> previous_end;
      bool previous_open = false;
      for (const json& s : c.value("status", json::array())) {
        auto from = DateField(s, "from", false), to = DateField(s, "to", true);
        Ordered(from, to, "status '" + s.value("status", std::string()) + "'");
        if (previous_open) Problem("a status follows one that never ends");
        if (from && previous_end && !Before(LastDayOf(*previous_end), FirstDayOf(*from)))
          Problem("status from " + from->Iso() + " overlaps or precedes the one before");
        previous_end = to;
        previous_open = !to;
        if (s.contains("source")) Source(s["source"]);
        else Problem("a status without a source");
      }
    }
  }

  void Presence(const fs::path& path) {
    std::set<std::string> ids;
    for (const json& f : List(path, "features")) {
      Enter(f, &ids);
      Actor(f.value("actor", json()));
      for (const json& a : f.value("partners", json::array())) Actor(a);
      const json g = f.value("geometry", json::object());
      if (g.contains("point")) Point(g["point"]);
      else if (g.contains("points")) for (const json& p : g["points"]) Point(p);
      else if (g.contains("area_around")) {
        Place(g["area_around"]);
        if (!g.contains("radius_km") || !g["radius_km"].is_number() || g["radius_km"].get<double>() <= 0)
          Problem("an area needs a positive radius_km");
      } else {
        Problem("no geometry");
      }
      Ordered(DateField(f, "from", false), DateField(f, "to", true), "the presence");
      if (!f.contains("sources") || !f["sources"].is_array() || f["sources"].empty()) Problem("no sources");
      else for (const json& s : f["sources"]) Source(s);
    }
  }

  fs::path corpus_dir_;
  const Gazetteer& gazetteer_;
  const ActorDictionary& actors_;
  std::map<std::string, std::vector<std::string>> corpus_lines_;
  std::vector<std::string> problems_;
  std::string file_, entry_;
};

TEST(CuratedData, EveryQuoteIdDateAndPeriodChecksOut) {
  const ActorDictionary actors = LoadActorDictionary(SourceDir() / "assets" / "actors" / "actors.json");
  CuratedDataCheck check(SourceDir() / "assets" / "corpus", BundledLinker().gazetteer(), actors);
  const std::vector<std::string> problems = check.Run(SourceDir() / "assets" / "curated");
  std::string listed;
  for (const std::string& p : problems) listed += "\n  " + p;
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems in the curated data:" << listed;
}

// The check above can fail: the same files with one corpus quote altered by one letter.
TEST(CuratedData, AnAlteredQuoteIsCaught) {
  const fs::path copy = fs::temp_directory_path() / ("atlas_curated_" + std::to_string(::getpid()));
  fs::create_directories(copy);
  for (const char* f : {"events.json", "corridors.json", "presence.json"})
    fs::copy_file(SourceDir() / "assets" / "curated" / f, copy / f, fs::copy_options::overwrite_existing);
  json events = json::parse(ReadWholeFile(copy / "events.json"));
  std::string altered_id;
  for (json& e : events["events"]) {
    if (!e["source"].contains("quote")) continue;
    std::string quote = e["source"]["quote"];
    quote[quote.size() / 2] = quote[quote.size() / 2] == 'x' ? 'y' : 'x';
    e["source"]["quote"] = quote;
    altered_id = e["id"];
    break;
  }
  ASSERT_FALSE(altered_id.empty());
  WriteFileAtomically(copy / "events.json", events.dump(2));

  const ActorDictionary actors = LoadActorDictionary(SourceDir() / "assets" / "actors" / "actors.json");
  CuratedDataCheck check(SourceDir() / "assets" / "corpus", BundledLinker().gazetteer(), actors);
  const std::vector<std::string> problems = check.Run(copy);
  fs::remove_all(copy);
  const std::string expected = "events.json: " + altered_id + ": quote is not on ";
  EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.rfind(expected, 0) == 0; }))
      << "the altered quote of " << altered_id << " went unnoticed";
}

}  // namespace
}  // namespace atlas::text

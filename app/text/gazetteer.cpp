// The merged gazetteer; see gazetteer.h. Loading rules live in the loaders.
#include "text/gazetteer.h"

#include <filesystem>

#include "text/gazetteer_geodata.h"
#include "text/gazetteer_json.h"
#include "util/data_paths.h"

namespace atlas::text {

bool Gazetteer::Add(GazetteerEntry entry) {
  if (entry.id.empty() || by_id_.count(entry.id)) return false;
  int index = static_cast<int>(entries_.size());
  by_id_.emplace(entry.id, index);
  if (entry.geonames_id > 0) by_geonames_id_.emplace(entry.geonames_id, index);
  entries_.push_back(std::move(entry));
  return true;
}

const GazetteerEntry* Gazetteer::Find(std::string_view id) const {
  int i = IndexOf(id);
  return i < 0 ? nullptr : &entries_[static_cast<size_t>(i)];
}

int Gazetteer::IndexOf(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

GazetteerEntry* Gazetteer::FindByGeoNamesId(int64_t geonames_id) {
  auto it = by_geonames_id_.find(geonames_id);
  return it == by_geonames_id_.end() ? nullptr : &entries_[static_cast<size_t>(it->second)];
}

uint64_t Gazetteer::Fingerprint() const {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;  // separator, so "ab"+"c" != "a"+"bc"
  };
  for (const auto& e : entries_) {
    mix(e.id);
    mix(ToString(e.kind));
    for (const auto& n : e.names) {
      mix(n.text);
      mix(n.language);
    }
    mix(e.context.case_sensitive ? "cs" : "ci");
  }
  for (const auto& p : not_places_) mix(p);
  return h;
}

GazetteerSources GazetteerSources::Bundled() {
  GazetteerSources s;
  std::filesystem::path gaz = AssetsDir() / "gazetteer";
  s.curated_places = (gaz / "places.json").string();
  s.not_places = (gaz / "not_places.json").string();
  s.geodata = (GeodataDir() / "caucasus_atlas.gpkg").string();
  std::error_code ec;
  if (std::filesystem::exists("/usr/share/dict/words", ec)) s.word_list = "/usr/share/dict/words";
  return s;
}

Gazetteer LoadGazetteer(const GazetteerSources& sources) {
  Gazetteer gazetteer;
  if (!sources.curated_places.empty()) LoadCuratedPlaces(sources.curated_places, &gazetteer);
  if (!sources.not_places.empty()) LoadNotPlaces(sources.not_places, &gazetteer);
  if (!sources.geodata.empty()) {
    CommonWords words;
    if (!sources.word_list.empty()) words = CommonWords::Load(sources.word_list);
    AddGeodataPlaces(sources.geodata, words, &gazetteer);
  }
  return gazetteer;
}

}  // namespace atlas::text

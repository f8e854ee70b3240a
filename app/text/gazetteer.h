// Gazetteer: the places the linker can name — entries with coordinates, labels per naming
// convention, every name variant by language, and context rules — plus the not-place
// phrases. Owns the merged, in-memory data; no GL, ImGui, SQL (GDAL only in the loaders).
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/document_model.h"

namespace atlas::text {

struct PlaceName {
  std::string text;      // as written in the source (NFC)
  std::string language;  // "en", "az", "tr", "ru", "hy", "ka", "ar", "fa", "other"
};

// When the text around a name says it is not this place, or a different sibling entry.
struct ContextRules {
  bool person_first_name = false;  // the name is also a first name: "Ararat Mirzoyan"
  bool case_sensitive = false;     // only the listed spellings' case counts ("US", not "us")
  std::vector<std::string> avoid_near;  // words that mean another place of this name
  std::vector<std::pair<PlaceKind, std::vector<std::string>>> prefer_kind_when;
};

enum class EntrySource { kCurated, kGeoNames, kNaturalEarth };

struct GazetteerEntry {
  std::string id;
  PlaceKind kind = PlaceKind::kPlace;
  std::string name;  // the display name
  double lat = 0, lon = 0;
  std::string country;  // ISO 3166-1 alpha-2 where known
  int importance = 3;   // 1 (most) .. 5
  int64_t geonames_id = 0;
  int64_t population = 0;
  std::map<std::string, std::string> labels;  // naming convention -> label ("intl", "hy", "az")
  std::vector<PlaceName> names;
  ContextRules context;
  std::vector<std::string> alternatives;  // sibling ids: Lachin town / district / corridor
  bool seat_of_government = false;        // a capital or "the Kremlin": may stand for a government
  EntrySource source = EntrySource::kCurated;
};

class Gazetteer {
 public:
  // Adds an entry; an entry whose id is already present is rejected (returns false).
  bool Add(GazetteerEntry entry);
  void AddNotPlace(std::string phrase) { not_places_.push_back(std::move(phrase)); }

  const std::vector<GazetteerEntry>& entries() const { return entries_; }
  std::vector<GazetteerEntry>& mutable_entries() { return entries_; }
  const std::vector<std::string>& not_places() const { return not_places_; }

  const GazetteerEntry* Find(std::string_view id) const;
  GazetteerEntry* FindByGeoNamesId(int64_t geonames_id);
  int IndexOf(std::string_view id) const;  // -1 when absent

  // A stable digest of everything matching depends on (names, rules, not-places), used
  // to key caches of compiled matchers.
  uint64_t Fingerprint() const;

 private:
  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<int64_t, int> by_geonames_id_;
  std::vector<std::string> not_places_;
};

// Where the gazetteer's sources live; empty paths are skipped.
struct GazetteerSources {
  std::string curated_places;  // assets/gazetteer/places.json
  std::string not_places;      // assets/gazetteer/not_places.json
  std::string geodata;         // geodata/caucasus_atlas.gpkg
  std::string word_list;       // a plain word list (/usr/share/dict/words): common words
  static GazetteerSources Bundled();  // the bundled data folder's files
};

// Builds the full gazetteer: curated entries, then GeoNames towns and Natural Earth
// regions/countries admitted by the rules in gazetteer_geodata.h. Throws AtlasError
// naming the file on malformed or missing data.
Gazetteer LoadGazetteer(const GazetteerSources& sources);

}  // namespace atlas::text

// The small test gazetteer (tests/text/data/gazetteer) and a linker over it, shared by the
// linker and report tests. Test support only.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "text/gazetteer.h"
#include "text/mention_linker.h"

namespace atlas::text::testing {

inline std::string TestData(const std::string& rel) { return std::string(ATLAS_TEST_DATA) + "/text/data/" + rel; }

// The test gazetteer's curated files with the bundled GeoPackage and the system word list:
// what the geodata loaders admit, over a small curated set.
inline const Gazetteer& FixtureGazetteerWithGeodata() {
  static const Gazetteer gazetteer = [] {
    GazetteerSources s;
    s.curated_places = TestData("gazetteer/places.json");
    s.not_places = TestData("gazetteer/not_places.json");
    s.geodata = std::string(ATLAS_SOURCE_DIR) + "/geodata/caucasus_atlas.gpkg";
    s.word_list = "/usr/share/dict/words";
    return LoadGazetteer(s);
  }();
  return gazetteer;
}

inline const MentionLinker& FixtureLinker() {
  static const Gazetteer gazetteer = [] {
    GazetteerSources s;
    s.curated_places = TestData("gazetteer/places.json");
    s.not_places = TestData("gazetteer/not_places.json");
    return LoadGazetteer(s);
  }();
  static const MentionLinker linker(gazetteer);
  return linker;
}

// (surface, place id) per mention, each surface read back through its span.
inline std::vector<std::pair<std::string, std::string>> Surfaces(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& m : FixtureLinker().Link(text)) out.emplace_back(std::string(text.substr(m.span.begin, m.span.size())), m.place_id);
  return out;
}

}  // namespace atlas::text::testing

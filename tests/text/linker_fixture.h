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

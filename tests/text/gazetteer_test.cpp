// Gazetteer loading: the curated JSON schema's errors, the bulk-name filter, and the
// admission of GeoNames / Natural Earth places from the bundled GeoPackage.
#include <gtest/gtest.h>

#include "linker_fixture.h"
#include "text/common_words.h"
#include "text/gazetteer_geodata.h"
#include "text/gazetteer_json.h"
#include "text/text_normalizer.h"
#include "util/error.h"

namespace atlas::text {
namespace {

using testing::TestData;

// The error message for loading `file` from the bad-data fixtures.
std::string LoadError(const std::string& file, bool not_places = false) {
  std::string path = TestData("gazetteer_bad/" + file);
  Gazetteer g;
  try {
    if (not_places) LoadNotPlaces(path, &g);
    else LoadCuratedPlaces(path, &g);
  } catch (const AtlasError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + ": ", 0), 0u) << "the message names the file: " << e.what();
    return e.what();
  }
  return "no error";
}

TEST(GazetteerJson, MalformedAndIncompleteFilesGetOneClearError) {
  EXPECT_NE(LoadError("truncated.json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(LoadError("missing_lat.json").find("entry 2 (\"ganja\"): missing field 'lat'"), std::string::npos);
  EXPECT_NE(LoadError("bad_kind.json").find("unknown kind 'city'"), std::string::npos);
  EXPECT_NE(LoadError("duplicate_id.json").find("duplicate id 'baku'"), std::string::npos);
  EXPECT_NE(LoadError("unknown_alternative.json").find("unknown alternative 'lachin_district'"), std::string::npos);
  EXPECT_NE(LoadError("not_places_no_text.json", true).find("phrase 2: missing field 'text'"), std::string::npos);
  EXPECT_NE(LoadError("absent.json").find("cannot open"), std::string::npos);
}

TEST(GazetteerJson, ReadsNamesContextAndAlternatives) {
  const Gazetteer& g = testing::FixtureLinker().gazetteer();
  const GazetteerEntry* lachin = g.Find("lachin");
  ASSERT_NE(lachin, nullptr);
  EXPECT_EQ(lachin->kind, PlaceKind::kPlace);
  EXPECT_EQ(lachin->labels.at("hy"), "Berdzor");
  EXPECT_EQ(lachin->alternatives, (std::vector<std::string>{"lachin_district", "lachin_corridor"}));
  ASSERT_EQ(lachin->context.prefer_kind_when.size(), 2u);
  EXPECT_TRUE(g.Find("usa")->context.case_sensitive);
  EXPECT_TRUE(g.Find("ararat_province")->context.person_first_name);
  EXPECT_TRUE(g.Find("moscow")->seat_of_government);
  EXPECT_EQ(g.not_places().size(), 3u);
}

TEST(BulkNameFilter, KeepsRealNamesDropsCodesWordsAndForeignScripts) {
  CommonWords words;
  words.Add("Batman");  // a proper name of the word list
  words.Add("Kurt");
  words.Add("van");     // an ordinary word
  auto accept = [&](std::string_view name) {
    return AcceptBulkName(name, TextNormalizer::Instance().FoldString(name), words);
  };
  for (auto good : {"Gyumri", "Tbilisi", "Тбилиси", "თბილისი", "تبریز", "Գյումրի", "Naxçıvan"}) EXPECT_TRUE(accept(good)) << good;
  EXPECT_TRUE(AcceptBulkName("Batman", "batman", words, /*famous=*/true));  // a city of 500,000 would pass
  for (auto bad : {"TBZ", "ba ku", "Batman", "KURT", "Kurt", "Van", "Kars2", "巴库", "Tbilisi - თბილისი"})
    EXPECT_FALSE(accept(bad)) << bad;
}

class GeodataGazetteer : public ::testing::Test {
 protected:
  static const Gazetteer& Loaded() { return testing::FixtureGazetteerWithGeodata(); }
  static const GazetteerEntry* ByName(std::string_view name) {
    std::string folded = TextNormalizer::Instance().FoldString(name);
    for (const auto& e : Loaded().entries())
      for (const auto& n : e.names)
        if (TextNormalizer::Instance().FoldString(n.text) == folded) return &e;
    return nullptr;
  }
};

TEST_F(GeodataGazetteer, AdmitsTownsRegionsAndCountries) {
  const GazetteerEntry* gyumri = ByName("Gyumri");
  ASSERT_NE(gyumri, nullptr);
  EXPECT_EQ(gyumri->source, EntrySource::kGeoNames);
  EXPECT_NEAR(gyumri->lat, 40.79, 0.1);
  EXPECT_NEAR(gyumri->lon, 43.85, 0.1);
  ASSERT_NE(ByName("Tabriz"), nullptr);
  ASSERT_NE(ByName("Dagestan"), nullptr);
  EXPECT_EQ(ByName("Dagestan")->kind, PlaceKind::kRegion);
  ASSERT_NE(ByName("Kazakhstan"), nullptr);
  EXPECT_EQ(ByName("Kazakhstan")->kind, PlaceKind::kCountry);
}

TEST_F(GeodataGazetteer, CommonWordsAndShortNamesStayOut) {
  for (auto name : {"Batman", "Van", "Of", "Mus", "Kurt"}) EXPECT_EQ(ByName(name), nullptr) << name;
}

TEST_F(GeodataGazetteer, CuratedEntriesWinAndAbsorbTheirGeoNamesTwin) {
  const GazetteerEntry* baku = Loaded().Find("baku");
  ASSERT_NE(baku, nullptr);
  EXPECT_EQ(ByName("Baku"), baku);
  EXPECT_EQ(ByName("Бакы"), baku);  // a GeoNames alternate merged into the curated entry
  EXPECT_GT(baku->population, 1000000);
  for (const auto& e : Loaded().entries()) EXPECT_FALSE(e.source != EntrySource::kCurated && e.name == "Baku") << e.id;
}

}  // namespace
}  // namespace atlas::text

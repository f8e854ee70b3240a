// MentionLinker over the test gazetteer: boundaries, longest match, not-places, context
// rules, inflections and clitics, and exact spans.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "linker_fixture.h"
#include "util/atomic_file.h"

namespace atlas::text {
namespace {

using testing::FixtureLinker;
using testing::Surfaces;
using testing::TestData;
using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(MentionLinker, LongestMatchWinsAndCorridorIsOneMention) {
  EXPECT_EQ(Surfaces("The Lachin corridor was closed."), (Pairs{{"Lachin corridor", "lachin_corridor"}}));
  EXPECT_EQ(Surfaces("Protests in West Azerbaijan and Azerbaijan."),
            (Pairs{{"West Azerbaijan", "west_azerbaijan"}, {"Azerbaijan", "azerbaijan"}}));
}

TEST(MentionLinker, NotPlacePhrasesEmitNothing) {
  EXPECT_EQ(Surfaces("Russia Today said Russia agreed; the Minsk Group met."), (Pairs{{"Russia", "russia"}}));
}

TEST(MentionLinker, FirstNameOfAPersonIsNoPlace) {
  EXPECT_EQ(Surfaces("Ararat Mirzoyan met officials in Ararat."), (Pairs{{"Ararat", "ararat_province"}}));
  EXPECT_EQ(Surfaces("Ararat Valley"), (Pairs{{"Ararat", "ararat_province"}}));  // a geographic head word
}

TEST(MentionLinker, PlaceNameBeforeASurnameOrAfterATitleIsAPerson) {
  EXPECT_TRUE(Surfaces("Georgia Petrosyan said so.").empty());
  EXPECT_TRUE(Surfaces("A letter from Mr Georgia arrived.").empty());
  EXPECT_EQ(Surfaces("Georgia Today"), (Pairs{{"Georgia", "georgia"}}));  // no surname ending
}

TEST(MentionLinker, GeorgiaTheUsStateIsAvoided) {
  EXPECT_TRUE(Surfaces("Polls closed in Atlanta, Georgia, at seven.").empty());
  EXPECT_EQ(Surfaces("Atlanta is far away. Georgia and Armenia agreed."),
            (Pairs{{"Georgia", "georgia"}, {"Armenia", "armenia"}}));
}

TEST(MentionLinker, CapitalsActingAsGovernmentsAreMetonyms) {
  auto links = FixtureLinker().Link("Moscow said talks in Moscow and a visit to Baku would help; the Kremlin agreed.");
  ASSERT_EQ(links.size(), 4u);
  EXPECT_TRUE(links[0].metonym);
  EXPECT_FALSE(links[1].metonym);
  EXPECT_FALSE(links[2].metonym);
  EXPECT_TRUE(links[3].metonym);
  EXPECT_EQ(links[3].place_id, "kremlin");
}

// Grammar, not sentences: relations between capitals are between governments; a place after
// a locative word, its conjoined neighbour, a "-based" or "residents" after it, and the case
// endings of place and direction (Turkish writes them after an apostrophe) keep the place.
TEST(MentionLinker, MetonymyFollowsTheGrammarAroundTheCapital) {
  auto metonyms = [](std::string_view text) {
    std::vector<bool> flags;
    for (const PlaceMention& m : FixtureLinker().Link(text)) flags.push_back(m.metonym);
    return flags;
  };
  using Flags = std::vector<bool>;
  EXPECT_EQ(metonyms("Tensions between Baku and Moscow grew."), (Flags{true, true}));
  EXPECT_EQ(metonyms("Leaders met in Yerevan and Tbilisi."), (Flags{false, false}));
  EXPECT_EQ(metonyms("She visited Baku or Moscow."), (Flags{false, false}));
  EXPECT_EQ(metonyms("Baku and Moscow disagree."), (Flags{true, true}));
  EXPECT_EQ(metonyms("A Moscow-based analyst said Baku residents were calm."), (Flags{false, false}));
  EXPECT_EQ(metonyms("Bakü'de toplantı yapıldı, heyet Erivan'a gitti."), (Flags{false, false}));
  EXPECT_EQ(metonyms("Bakü'nün tutumu değişmedi."), (Flags{true}));
  EXPECT_EQ(metonyms("Nümayəndə heyəti İrəvana getdi, Bakı isə etiraz etdi."), (Flags{false, true}));
  EXPECT_EQ(metonyms("Министр посетил Москву, а Баку промолчал."), (Flags{false, true}));
  EXPECT_EQ(metonyms("Переговоры прошли в Ереване и Тбилиси."), (Flags{false, false}));
}

TEST(MentionLinker, LachinTownDistrictOrCorridorFromNeighbouringWords) {
  EXPECT_EQ(Surfaces("the town of Lachin"), (Pairs{{"Lachin", "lachin"}}));
  EXPECT_EQ(Surfaces("the district of Lachin"), (Pairs{{"Lachin", "lachin_district"}}));
  EXPECT_EQ(Surfaces("Lachin District"), (Pairs{{"Lachin District", "lachin_district"}}));
  EXPECT_EQ(Surfaces("the Lachin road"), (Pairs{{"Lachin", "lachin_corridor"}}));
}

TEST(MentionLinker, DemonymsAndWordsContainingNamesAreNotMentions) {
  EXPECT_TRUE(Surfaces("Russian-led and Armenian forces; Iranian drones; Bakuvian.").empty());
  EXPECT_TRUE(Surfaces("русский, армянский, иранский").empty());
  EXPECT_TRUE(Surfaces("azərbaycanlı, İranlı").empty());
  EXPECT_TRUE(Surfaces("وقال مسؤول إيراني").empty());
}

TEST(MentionLinker, CaseSensitiveNamesAndCapitalisation) {
  EXPECT_EQ(Surfaces("the US and us"), (Pairs{{"US", "usa"}}));
  EXPECT_EQ(Surfaces("the United\u00A0States, the united states"), (Pairs{{"United\u00A0States", "usa"}}));  // capitals kept
  EXPECT_TRUE(Surfaces("let us go").empty());
  EXPECT_EQ(Surfaces("Us too, said the US envoy."), (Pairs{{"US", "usa"}}));  // acronyms only in capitals
  EXPECT_TRUE(Surfaces("moscow in lower case is not a name here").empty());
  EXPECT_EQ(Surfaces("MOSCOW SAYS"), (Pairs{{"MOSCOW", "moscow"}}));  // headlines in capitals
  EXPECT_EQ(Surfaces("S-300 and SAM systems reached Damascus."), (Pairs{{"Damascus", "damascus"}}));  // an acronym
  EXPECT_EQ(Surfaces("Şam'da toplantı"), (Pairs{{"Şam", "damascus"}}));
}

TEST(MentionLinker, EnglishPossessiveAndTurkishApostropheEndTheSurface) {
  EXPECT_EQ(Surfaces("Russia’s army and Bakü'de"), (Pairs{{"Russia", "russia"}, {"Bakü", "baku"}}));
}

TEST(MentionLinker, InflectedFormsKeepTheWholeWord) {
  EXPECT_EQ(Surfaces("в Москве и Нахичевани"), (Pairs{{"Москве", "moscow"}, {"Нахичевани", "nakhchivan"}}));
  EXPECT_EQ(Surfaces("Bakıda və Şuşada"), (Pairs{{"Bakıda", "baku"}, {"Şuşada", "shusha"}}));
  EXPECT_EQ(Surfaces("Երևանում և Բաքվում"), (Pairs{{"Երևանում", "yerevan"}, {"Բաքվում", "baku"}}));
  EXPECT_EQ(Surfaces("Москвабад"), Pairs{});  // not an ending
  // Every word of a Russian phrase inflects.
  EXPECT_EQ(Surfaces("вокруг Лачинского коридора и по Лачинскому коридору"),
            (Pairs{{"Лачинского коридора", "lachin_corridor"}, {"Лачинскому коридору", "lachin_corridor"}}));
  // Turkic letters count when an ending is fused on: Şuşa+da, but not Susa+da from "Suşada".
  EXPECT_EQ(Surfaces("Gürcüstanda və Suşada"), (Pairs{{"Gürcüstanda", "georgia"}}));
}

TEST(MentionLinker, ArabicCliticsAreLeftOutOfTheSurface) {
  EXPECT_EQ(Surfaces("وتركيا ولأذربيجان وبموسكو والقوقاز"),
            (Pairs{{"تركيا", "turkey"}, {"أذربيجان", "azerbaijan"}, {"موسكو", "moscow"}, {"القوقاز", "caucasus"}}));
  EXPECT_TRUE(Surfaces("متركيا").empty());  // م is no clitic
}

TEST(MentionLinker, BracketedAliasOfTheSamePlaceIsOneMention) {
  EXPECT_EQ(Surfaces("Nagorno-Karabakh (Karabakh) and Baku"),
            (Pairs{{"Nagorno-Karabakh (Karabakh)", "karabakh"}, {"Baku", "baku"}}));
}

TEST(MentionLinker, ArabicArticleMarksAnAdjectiveNotACountry) {
  EXPECT_TRUE(Surfaces("الحركة الروسية والتركية").empty());
  EXPECT_EQ(Surfaces("روسيا والقوقاز"), (Pairs{{"روسيا", "russia"}, {"القوقاز", "caucasus"}}));
}

TEST(MentionLinker, SpansAreExactOverNbspDashesAndDecomposedLetters) {
  std::string text = "Nagorno\u00A0Karabakh, Nagorno\u2011Karabakh and La\u0063\u0327in... S\u0327us\u0327a";
  auto links = FixtureLinker().Link(text);
  ASSERT_EQ(links.size(), 4u);
  EXPECT_EQ(text.substr(links[0].span.begin, links[0].span.size()), "Nagorno\u00A0Karabakh");
  EXPECT_EQ(text.substr(links[1].span.begin, links[1].span.size()), "Nagorno\u2011Karabakh");
  EXPECT_EQ(text.substr(links[2].span.begin, links[2].span.size()), "La\u0063\u0327in");
  EXPECT_EQ(text.substr(links[3].span.begin, links[3].span.size()), "S\u0327us\u0327a");
}

TEST(MentionLinker, InvalidUtf8AndBinaryNoiseDoNotCrash) {
  std::string noise;
  for (int i = 0; i < 5000; ++i) noise += static_cast<char>((i * 7919) % 256);
  noise += " Baku ";
  auto links = FixtureLinker().Link(noise);
  ASSERT_FALSE(links.empty());
  EXPECT_EQ(noise.substr(links.back().span.begin, links.back().span.size()), "Baku");
}

TEST(MentionLinker, RandomMixturesGiveOrderedSpansInsideTheText) {
  // Pieces that exercise every rule, glued at random: spans must stay in bounds, ordered,
  // non-overlapping, and start where a name's first letter is.
  const std::vector<std::string> pieces = {
      "Lachin", " corridor", "Baku", "\xD9\x88", "\xD8\xA7\xD9\x84", "\xD8\xAA\xD8\xB1\xD9\x83\xD9\x8A\xD8\xA7",
      "\xCC\x81", "'", "\xE2\x80\x99s", "da", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2", "\xD0\xB5", " ",
      "\r\n", "\xFF", "\xE2\x80\x8C", "US", "Mr ", "Ararat", " Mirzoyan", "(", ")", "\xC2\xA0", "-", "\xC4\xB0"};
  uint32_t seed = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 40; ++i) {
      seed = seed * 1664525u + 1013904223u;
      text += pieces[(seed >> 8) % pieces.size()];
    }
    size_t last_end = 0;
    for (const auto& m : FixtureLinker().Link(text)) {
      ASSERT_LE(m.span.end, text.size());
      ASSERT_LT(m.span.begin, m.span.end);
      ASSERT_GE(m.span.begin, last_end) << text;
      last_end = m.span.end;
    }
  }
}

// Each fixture text in tests/text/data/mentions/<lang>.txt lists its expected mentions,
// in order, in <lang>.expected as "surface<TAB>place id".
class MultilingualFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(MultilingualFixture, FindsExactlyTheExpectedMentions) {
  std::ifstream text_in(TestData("mentions/" + GetParam() + ".txt")), expected_in(TestData("mentions/" + GetParam() + ".expected"));
  ASSERT_TRUE(text_in && expected_in);
  std::stringstream text;
  text << text_in.rdbuf();
  Pairs expected;
  for (std::string line; std::getline(expected_in, line);) {
    size_t tab = line.find('\t');
    if (tab != std::string::npos) expected.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  EXPECT_EQ(Surfaces(text.str()), expected);
}

INSTANTIATE_TEST_SUITE_P(Languages, MultilingualFixture, ::testing::Values("en", "ru", "az", "tr", "hy", "ar"));

TEST(MentionLinker, TenMegabyteLineInLinearTime) {
  std::string line;
  const std::string unit = "Talks between Baku and Yerevan resumed near the Lachin corridor; ";
  while (line.size() < (10u << 20)) line += unit;
  auto start = std::chrono::steady_clock::now();
  auto links = FixtureLinker().Link(line);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  size_t copies = line.size() / unit.size();
  EXPECT_EQ(links.size(), 3 * copies);
  EXPECT_LT(seconds, 20.0);  // generous: only a quadratic blow-up exceeds it
}

}  // namespace
}  // namespace atlas::text

namespace atlas::text {
namespace {

std::vector<std::tuple<size_t, size_t, std::string, bool>> Links(const MentionLinker& linker, std::string_view text) {
  std::vector<std::tuple<size_t, size_t, std::string, bool>> out;
  for (const PlaceMention& m : linker.Link(text)) out.emplace_back(m.span.begin, m.span.end, m.place_id, m.metonym);
  return out;
}

// The patterns kept in the cache folder link exactly as freshly built ones; a damaged file,
// or one written for other names, is rebuilt.
TEST(MentionLinkerCache, PatternsFromTheCacheLinkAsFreshOnes) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("atlas_linker_cache_" + std::to_string(getpid()));
  fs::remove_all(dir);
  const Gazetteer& gazetteer = testing::FixtureLinker().gazetteer();
  const std::string text =
      "Talks in Lachin and Şuşa; the Lachin corridor, Нахичевани и Шуши, Ararat Mirzoyan, "
      "Georgia Petrosyan, Bakü'de, Ереване, Laçın rayonu, Russia Today, Moscow said.";
  const MentionLinker fresh(gazetteer);
  const MentionLinker writes(gazetteer, dir);
  EXPECT_FALSE(writes.patterns_from_cache());
  const MentionLinker reads(gazetteer, dir);
  EXPECT_TRUE(reads.patterns_from_cache());
  ASSERT_FALSE(Links(fresh, text).empty());
  EXPECT_EQ(Links(reads, text), Links(fresh, text));
  EXPECT_EQ(reads.pattern_count(), fresh.pattern_count());

  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().filename().string().rfind("linker-patterns-", 0) != 0) continue;
    std::string bytes = ReadWholeFile(e.path());
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
    WriteFileAtomically(e.path(), bytes);
  }
  const MentionLinker damaged(gazetteer, dir);
  EXPECT_FALSE(damaged.patterns_from_cache());
  EXPECT_EQ(Links(damaged, text), Links(fresh, text));

  Gazetteer other = gazetteer;
  for (GazetteerEntry& e : other.mutable_entries())
    if (e.id == "lachin") e.names.push_back({"Lachinopolis", "en"});
  const MentionLinker changed(other, dir);
  EXPECT_FALSE(changed.patterns_from_cache()) << "other names, another key";
  EXPECT_EQ(changed.Link("Lachinopolis").size(), 1u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace atlas::text

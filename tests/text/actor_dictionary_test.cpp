// ActorDictionary: actors.json read whole (names by language, people, dated roles, members),
// one clear error naming the file for each kind of malformed data, role dates compared at
// their precision, ISO dates parsed strictly.
#include <gtest/gtest.h>

#include <string>

#include "text/actor_dictionary.h"
#include "text/iso_date.h"
#include "util/error.h"

namespace atlas::text {
namespace {

std::string TestData(const std::string& rel) { return std::string(ATLAS_TEST_DATA) + "/text/data/" + rel; }

PartialDate Date(const char* iso) {
  auto d = ParseIsoDate(iso);
  EXPECT_TRUE(d) << iso;
  return d.value_or(PartialDate{});
}

// The message of the error loading a bad file, which must name the file first.
std::string LoadError(const std::string& file) {
  const std::string path = TestData("actors_bad/" + file);
  try {
    LoadActorDictionary(path);
  } catch (const AtlasError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(path + ": ", 0), 0u) << "the message names the file: " << e.what();
    return e.what();
  }
  ADD_FAILURE() << file << " loaded without an error";
  return {};
}

TEST(IsoDate, ParsesTheThreePrecisionsAndRejectsTheRest) {
  EXPECT_EQ(Date("2024-07-28").Iso(), "2024-07-28");
  EXPECT_EQ(Date("2024-07").precision, DatePrecision::kMonth);
  EXPECT_EQ(Date("2024").precision, DatePrecision::kYear);
  for (const char* bad : {"2024-13", "2023-02-29", "2024-7-28", "24-07-28", "2024/07/28", "", "2024-07-28T10:00", "July 2024"})
    EXPECT_FALSE(ParseIsoDate(bad)) << bad;
  EXPECT_TRUE(ParseIsoDate("2024-02-29"));
  EXPECT_EQ(LastDayOf(Date("2024-02")).Iso(), "2024-02-29");
  EXPECT_EQ(LastDayOf(Date("2023")).Iso(), "2023-12-31");
  EXPECT_EQ(FirstDayOf(Date("2023-05")).Iso(), "2023-05-01");
}

TEST(ActorDictionary, ReadsNamesPeopleRolesAndMembers) {
  const ActorDictionary d = LoadActorDictionary(TestData("actors/small.json"));
  ASSERT_EQ(d.actors().size(), 3u);
  const Actor* russia = d.Find("russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->name, "Russia");
  EXPECT_EQ(russia->kind, ActorKind::kState);
  EXPECT_EQ(russia->colour, "#DC050C");
  ASSERT_EQ(russia->names.size(), 2u);
  EXPECT_EQ(russia->names[1].text, "Россия");
  EXPECT_EQ(russia->names[1].language, "ru");
  EXPECT_EQ(russia->adjectives.size(), 2u);
  EXPECT_EQ(russia->metonyms.size(), 2u);
  ASSERT_EQ(russia->people.size(), 1u);
  EXPECT_EQ(russia->people[0].roles[0].from.Iso(), "2012-11-06");
  const Actor* csto = d.Find("csto");
  ASSERT_NE(csto, nullptr);
  EXPECT_EQ(csto->kind, ActorKind::kAlliance);
  EXPECT_EQ(csto->members, (std::vector<std::string>{"russia", "armenia"}));
  EXPECT_FALSE(csto->people[0].roles[0].from.known()) << "a null start stays unknown";
  EXPECT_EQ(d.IndexOf("armenia"), 1);
  EXPECT_EQ(d.Find("iran"), nullptr);
  EXPECT_EQ(d.LatestRoleDate().Iso(), "2024-05-12");
}

TEST(ActorDictionary, RolesCountOnEveryDayOfTheirPeriod) {
  const ActorDictionary d = LoadActorDictionary(TestData("actors/small.json"));
  const ActorPerson& shoigu = d.Find("russia")->people[0];
  EXPECT_TRUE(shoigu.HoldsRoleDuring(Date("2016-08-14")));
  EXPECT_TRUE(shoigu.HoldsRoleDuring(Date("2012")));      // took office in November 2012
  EXPECT_TRUE(shoigu.HoldsRoleDuring(Date("2024-05")));   // left office on 12 May 2024
  EXPECT_FALSE(shoigu.HoldsRoleDuring(Date("2024-06-01")));
  EXPECT_FALSE(shoigu.HoldsRoleDuring(Date("2011-12-31")));
  EXPECT_TRUE(shoigu.HoldsRoleDuring(PartialDate{})) << "an unknown date: any role counts";
  const ActorPerson& sargsyan = d.Find("armenia")->people[0];
  EXPECT_TRUE(sargsyan.HoldsRoleDuring(Date("2008-04-01"))) << "a month-precision start covers its whole month";
  const ActorPerson& bordyuzha = d.Find("csto")->people[0];
  EXPECT_TRUE(bordyuzha.HoldsRoleDuring(Date("1999"))) << "an unknown start reaches back";
  EXPECT_FALSE(bordyuzha.HoldsRoleDuring(Date("2017-01-01")));
}

TEST(ActorDictionary, MalformedFilesGetOneClearErrorNamingTheFile) {
  EXPECT_NE(LoadError("truncated.json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(LoadError("duplicate_id.json").find("actor 'russia': id is used twice"), std::string::npos);
  EXPECT_NE(LoadError("unknown_member.json").find("member 'belarus' is not an actor"), std::string::npos);
  EXPECT_NE(LoadError("bad_role_date.json").find("2021-13-03"), std::string::npos);
  EXPECT_NE(LoadError("role_ends_first.json").find("ends before it begins"), std::string::npos);
  EXPECT_NE(LoadError("unknown_kind.json").find("unknown kind 'country'"), std::string::npos);
  EXPECT_NE(LoadError("names_not_by_language.json").find("field 'names'"), std::string::npos);
  EXPECT_NE(LoadError("bad_id.json").find("lower_snake_case"), std::string::npos);
  EXPECT_NE(LoadError("missing_name.json").find("missing field 'name'"), std::string::npos);
  EXPECT_THROW(LoadActorDictionary(TestData("actors_bad/no_such_file.json")), AtlasError);
}

TEST(ActorDictionary, TheBundledFileLoads) {
  const ActorDictionary& d = BundledActorDictionary();
  EXPECT_GE(d.actors().size(), 40u);
  for (const char* id : {"russia", "turkey", "iran", "azerbaijan", "armenia", "georgia", "usa", "eu", "nato", "csto"})
    EXPECT_NE(d.Find(id), nullptr) << id;
}

}  // namespace
}  // namespace atlas::text

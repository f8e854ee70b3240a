// The actor filter narrows every place and passage query to passages naming any chosen actor:
// place counts, a place's passages, search, passage counts and the monthly histogram.
#include <gtest/gtest.h>

#include <map>

#include "hand_built_corpus.h"
#include "store/corpus_queries.h"

namespace atlas::store::testing {
namespace {

using ActorFilterTest = HandBuiltCorpus;

CorpusFilter Actors(std::vector<std::string> actors, std::string from = "", std::string to = "") {
  CorpusFilter f{std::move(from), std::move(to)};
  f.actors = std::move(actors);
  return f;
}

std::map<std::string, std::pair<int64_t, int64_t>> ByPlace(const std::vector<PlaceCount>& counts) {
  std::map<std::string, std::pair<int64_t, int64_t>> out;
  for (const PlaceCount& c : counts) out[c.place_id] = {c.mentions, c.passages};
  return out;
}

TEST_F(ActorFilterTest, PlaceCountsKeepOnlyPassagesNamingAChosenActor) {
  CorpusQueries q(*store_);
  const std::map<std::string, std::pair<int64_t, int64_t>> all = {
      {"lachin_corridor", {1, 1}}, {"moscow", {1, 1}}, {"yerevan", {1, 1}}, {"shusha", {2, 2}},
      {"tehran", {1, 1}},          {"kars", {2, 2}}};
  EXPECT_EQ(ByPlace(q.CountMentionsByPlace({})), all);
  const std::map<std::string, std::pair<int64_t, int64_t>> armenia = {{"yerevan", {1, 1}}};
  EXPECT_EQ(ByPlace(q.CountMentionsByPlace(Actors({"armenia"}))), armenia);
  const std::map<std::string, std::pair<int64_t, int64_t>> iran = {
      {"shusha", {1, 1}}, {"tehran", {1, 1}}, {"kars", {1, 1}}};
  EXPECT_EQ(ByPlace(q.CountMentionsByPlace(Actors({"iran"}))), iran);
  // Any of the chosen actors, each passage counted once.
  const std::map<std::string, std::pair<int64_t, int64_t>> either = {
      {"yerevan", {1, 1}}, {"shusha", {2, 2}}, {"tehran", {1, 1}}, {"kars", {1, 1}}};
  EXPECT_EQ(ByPlace(q.CountMentionsByPlace(Actors({"armenia", "iran", "azerbaijan"}))), either);
  // With a date window as well (month-aligned, where counts otherwise come from the summary).
  const std::map<std::string, std::pair<int64_t, int64_t>> iran_2022 = {{"shusha", {1, 1}}, {"tehran", {1, 1}}};
  EXPECT_EQ(ByPlace(q.CountMentionsByPlace(Actors({"iran"}, "2022-01-01", "2022-12-31"))), iran_2022);
  EXPECT_TRUE(q.CountMentionsByPlace(Actors({"nato"})).empty());
}

TEST_F(ActorFilterTest, PassagesOfAPlace) {
  CorpusQueries q(*store_);
  ASSERT_EQ(q.PassagesMentioning({"shusha"}, {}).size(), 2u);
  const auto hits = q.PassagesMentioning({"shusha"}, Actors({"azerbaijan"}));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "Azerbaijan held drills in Shusha from 1 to 5 July.");
  EXPECT_EQ(hits[0].actors, std::vector<std::string>{"azerbaijan"});
  // Several places take the other path through the SQL; the filter must hold there too.
  EXPECT_EQ(q.PassagesMentioning({"shusha", "kars"}, {}).size(), 4u);
  const auto with_turkey = q.PassagesMentioning({"shusha", "kars"}, Actors({"turkey"}));
  ASSERT_EQ(with_turkey.size(), 2u);
  for (const auto& h : with_turkey) EXPECT_NE(h.text.find("Turkey"), std::string::npos) << h.text;
  EXPECT_TRUE(q.PassagesMentioning({"shusha", "kars"}, Actors({"turkey"}, "2022-01-01", "")).empty());
}

TEST_F(ActorFilterTest, SearchPassageCountAndHistogram) {
  CorpusQueries q(*store_);
  EXPECT_EQ(q.Search("Shusha", {}).size(), 3u) << "the title, B1 and B2";
  const auto hits = q.Search("Shusha", Actors({"iran"}));
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].text, "Iran and Russia watched Shusha.");

  EXPECT_EQ(q.PassageCount({}), 10);
  EXPECT_EQ(q.PassageCount(Actors({"turkey"})), 4);
  EXPECT_EQ(q.PassageCount(Actors({"turkey"}, "2021-01-01", "2021-12-31")), 1);

  auto as_map = [](const std::vector<MonthCount>& months) {
    std::map<std::string, int64_t> out;
    for (const auto& m : months) out[m.month] = m.passages;
    return out;
  };
  const std::map<std::string, int64_t> all = {{"2021-03", 3}, {"2022-07", 4}};
  EXPECT_EQ(as_map(q.PassagesPerMonth()), all);
  const std::map<std::string, int64_t> russia = {{"2021-03", 1}, {"2022-07", 2}};
  EXPECT_EQ(as_map(q.PassagesPerMonth(Actors({"russia"}))), russia);
}

}  // namespace
}  // namespace atlas::store::testing

// Actors in the store: mentions written and read back, passages per actor and per month,
// who is named with whom, an actor's passages newest first — checked on a hand-built corpus.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "hand_built_corpus.h"
#include "store/actor_queries.h"

namespace atlas::store::testing {
namespace {

using ActorQueriesTest = HandBuiltCorpus;

std::map<std::string, std::pair<int64_t, int64_t>> ByActor(const std::vector<ActorCount>& counts) {
  std::map<std::string, std::pair<int64_t, int64_t>> out;
  for (const ActorCount& c : counts) out[c.actor_id] = {c.mentions, c.passages};
  return out;
}

std::map<std::pair<std::string, std::string>, int64_t> ByPair(const std::vector<ActorPair>& pairs) {
  std::map<std::pair<std::string, std::string>, int64_t> out;
  for (const ActorPair& p : pairs) {
    EXPECT_LT(p.first, p.second);
    out[{p.first, p.second}] = p.passages;
  }
  return out;
}

std::vector<std::string> AllActors() { return {"armenia", "azerbaijan", "iran", "russia", "turkey"}; }

TEST_F(ActorQueriesTest, MentionsAreStoredWithTheirSpanHowAndWho) {
  EXPECT_EQ(store_->Counts().actor_mentions, 15);
  // Each stored span is its surface within the passage text.
  Statement q(store_->db(), "SELECT substr(CAST(p.text AS BLOB), t.byte_begin + 1, t.byte_end - t.byte_begin), "
                            "t.actor_id, t.via, t.person, p.date_start FROM passage_actors t "
                            "JOIN passages p ON p.id = t.passage_id WHERE t.via != 'name' ORDER BY p.id, t.byte_begin");
  std::vector<std::vector<std::string>> rows;
  while (q.Step()) rows.push_back({q.Text(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4)});
  const std::vector<std::vector<std::string>> expected = {
      {"Putin", "russia", "person", "Vladimir Putin", "2021-03-15"},
      {"Erdogan", "turkey", "person", "Recep Tayyip Erdogan", "2021-03-15"},
      {"Armenian", "armenia", "adjective", "", "2021-03-15"}};
  EXPECT_EQ(rows, expected);
}

TEST_F(ActorQueriesTest, PassagesPerActor) {
  const auto counts = ActorQueries(*store_).ActorCounts({});
  const std::map<std::string, std::pair<int64_t, int64_t>> expected = {
      {"russia", {5, 4}}, {"turkey", {5, 4}}, {"iran", {3, 3}}, {"armenia", {1, 1}}, {"azerbaijan", {1, 1}}};
  EXPECT_EQ(ByActor(counts), expected);
  ASSERT_EQ(counts.size(), 5u);
  EXPECT_EQ(counts.front().passages, 4) << "most passages first";
  EXPECT_EQ(counts.back().passages, 1);
  // A date window keeps the passages of the articles dated inside it.
  const auto in_2022 = ByActor(ActorQueries(*store_).ActorCounts({"2022-01-01", "2022-12-31"}));
  const std::map<std::string, std::pair<int64_t, int64_t>> expected_2022 = {
      {"russia", {2, 2}}, {"turkey", {1, 1}}, {"iran", {2, 2}}, {"azerbaijan", {1, 1}}};
  EXPECT_EQ(in_2022, expected_2022);
}

TEST_F(ActorQueriesTest, ChosenActorsCountOtherActorsAlongsideThem) {
  CorpusFilter iran;
  iran.actors = {"iran"};
  const std::map<std::string, std::pair<int64_t, int64_t>> expected = {
      {"iran", {3, 3}}, {"russia", {2, 2}}, {"turkey", {2, 2}}};
  EXPECT_EQ(ByActor(ActorQueries(*store_).ActorCounts(iran)), expected);
}

TEST_F(ActorQueriesTest, SummaryAndTagsAgree) {
  // Choosing every actor keeps every tagged passage but forces the count from the tag index
  // rather than from the per-month summary.
  ActorQueries q(*store_);
  for (CorpusFilter f : {CorpusFilter{}, CorpusFilter{"2022-07-01", "2022-07-31"}, CorpusFilter{"", "2021-12-31"}}) {
    CorpusFilter every = f;
    every.actors = AllActors();
    EXPECT_EQ(ByActor(q.ActorCounts(f)), ByActor(q.ActorCounts(every))) << f.date_from << ".." << f.date_to;
    const auto summary = q.ActorMonths(f), tags = q.ActorMonths(every);
    ASSERT_EQ(summary.size(), tags.size());
    for (size_t i = 0; i < summary.size(); ++i) {
      EXPECT_EQ(summary[i].actor_id, tags[i].actor_id);
      EXPECT_EQ(summary[i].passages, tags[i].passages);
      ASSERT_EQ(summary[i].months.size(), tags[i].months.size());
      for (size_t m = 0; m < summary[i].months.size(); ++m) {
        EXPECT_EQ(summary[i].months[m].month, tags[i].months[m].month);
        EXPECT_EQ(summary[i].months[m].passages, tags[i].months[m].passages);
      }
    }
  }
}

TEST_F(ActorQueriesTest, MonthlySeriesPerActor) {
  const auto series = ActorQueries(*store_).ActorMonths({});
  std::map<std::string, std::map<std::string, int64_t>> got;
  for (const auto& s : series)
    for (const auto& m : s.months) got[s.actor_id][m.month] = m.passages;
  // Undated passages (document C) have no month.
  const std::map<std::string, std::map<std::string, int64_t>> expected = {
      {"russia", {{"2021-03", 1}, {"2022-07", 2}}},
      {"turkey", {{"2021-03", 1}, {"2022-07", 1}}},
      {"iran", {{"2022-07", 2}}},
      {"armenia", {{"2021-03", 1}}},
      {"azerbaijan", {{"2022-07", 1}}}};
  EXPECT_EQ(got, expected);
  EXPECT_EQ(series.front().actor_id, "russia") << "most passages first";
  EXPECT_EQ(series.front().passages, 3);
}

TEST_F(ActorQueriesTest, WhoIsNamedWithWhom) {
  ActorQueries q(*store_);
  const std::map<std::pair<std::string, std::string>, int64_t> all = {
      {{"russia", "turkey"}, 3}, {{"iran", "russia"}, 2}, {{"iran", "turkey"}, 2}};
  const auto pairs = q.ActorCoOccurrence({});
  EXPECT_EQ(ByPair(pairs), all);
  ASSERT_FALSE(pairs.empty());
  EXPECT_EQ(pairs.front().first, "russia");
  EXPECT_EQ(pairs.front().second, "turkey");
  EXPECT_EQ(q.ActorCoOccurrence({}, 1).size(), 1u);

  CorpusFilter iran;
  iran.actors = {"iran"};
  const std::map<std::pair<std::string, std::string>, int64_t> with_iran = {
      {{"russia", "turkey"}, 1}, {{"iran", "russia"}, 2}, {{"iran", "turkey"}, 2}};
  EXPECT_EQ(ByPair(q.ActorCoOccurrence(iran)), with_iran);

  const std::map<std::pair<std::string, std::string>, int64_t> in_2022 = {
      {{"russia", "turkey"}, 1}, {{"iran", "russia"}, 2}, {{"iran", "turkey"}, 1}};
  EXPECT_EQ(ByPair(q.ActorCoOccurrence({"2022-01-01", "2022-12-31"})), in_2022);
}

TEST_F(ActorQueriesTest, AnActorsPassagesNewestFirstWithTheirActors) {
  ActorQueries q(*store_);
  const auto hits = q.PassagesInvolvingActor("russia", {});
  ASSERT_EQ(hits.size(), 4u);
  EXPECT_EQ(hits[0].text, "Russia, Turkey and Iran met in Tehran in August.");
  EXPECT_EQ(hits[1].text, "Iran and Russia watched Shusha.");
  EXPECT_EQ(hits[2].text.rfind("Russia and Turkey discussed", 0), 0u);
  EXPECT_EQ(hits[3].date, "") << "undated last";
  EXPECT_EQ(hits[0].actors, (std::vector<std::string>{"russia", "turkey", "iran"}));
  EXPECT_EQ(hits[2].actors, (std::vector<std::string>{"russia", "turkey"})) << "each actor once, in order";
  ASSERT_EQ(hits[1].highlights.size(), 1u);
  EXPECT_EQ(hits[1].highlights[0].place_id, "shusha");

  CorpusFilter with_iran;
  with_iran.actors = {"iran"};
  EXPECT_EQ(q.PassagesInvolvingActor("russia", with_iran).size(), 2u);
  EXPECT_EQ(q.PassagesInvolvingActor("russia", {"2022-01-01", ""}).size(), 2u);
  EXPECT_EQ(q.PassagesInvolvingActor("russia", {}, 1).size(), 1u);
  EXPECT_TRUE(q.PassagesInvolvingActor("nato", {}).empty());
}

}  // namespace
}  // namespace atlas::store::testing

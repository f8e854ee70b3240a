// Removing or replacing a document takes its actor mentions, events (with their places and
// actors) and its share of the per-month summaries with it, and nothing of the others.
#include <gtest/gtest.h>

#include <tuple>

#include "hand_built_corpus.h"
#include "store/actor_queries.h"
#include "store/event_queries.h"

namespace atlas::store::testing {
namespace {

using DocumentRemovalTest = HandBuiltCorpus;

TEST_F(DocumentRemovalTest, ActorsAndEventsGoWithTheirDocument) {
  auto summaries_match = [&] {
    for (const auto& [summary, tags, key] : {std::tuple{"place_months", "mentions", "place_id"},
                                             std::tuple{"actor_months", "passage_actors", "actor_id"}}) {
      const std::string sql = std::string("SELECT count(*) FROM (SELECT ") + key + ", first_month, sum(mentions) n, "
                              "sum(passages) np FROM " + summary + " GROUP BY 1, 2) s FULL JOIN (SELECT t." + key +
                              ", coalesce(substr(p.date_start, 1, 7), '') first_month, count(*) n, "
                              "count(DISTINCT t.passage_id) np FROM " + tags + " t JOIN passages p ON p.id = "
                              "t.passage_id GROUP BY 1, 2) r USING (" + key +
                              ", first_month) WHERE s.n IS NOT r.n OR s.np IS NOT r.np";
      if (Scalar(sql) != 0) return false;
    }
    return true;
  };
  EXPECT_TRUE(summaries_match());
  EXPECT_EQ(Scalar("SELECT count(*) FROM event_places"), 5);
  EXPECT_EQ(Scalar("SELECT count(*) FROM event_actors"), 9);

  store_->RemoveDocument(documents_[0].doc().path);  // A: five actor mentions, two events
  EXPECT_EQ(store_->Counts().actor_mentions, 10);
  EXPECT_EQ(store_->Counts().events, 3);
  EXPECT_EQ(Scalar("SELECT count(*) FROM event_places"), 3);
  EXPECT_EQ(Scalar("SELECT count(*) FROM event_actors"), 6);
  EXPECT_EQ(Scalar("SELECT count(*) FROM event_places WHERE event_id NOT IN (SELECT id FROM events)"), 0);
  EXPECT_TRUE(summaries_match());
  ActorQueries actors(*store_);
  for (const ActorCount& c : actors.ActorCounts({})) EXPECT_NE(c.actor_id, "armenia");
  EXPECT_EQ(actors.ActorCounts({}).front().passages, 3);
  EXPECT_TRUE(actors.ActorCounts({"2021-03-01", "2021-03-31"}).empty()) << "the summary forgot A's month";
  for (const StoredEvent& e : EventQueries(*store_).Events({})) EXPECT_NE(e.file, documents_[0].doc().path);

  // Replacing B by itself leaves the same numbers.
  const StoredCounts before = store_->Counts();
  store_->ReplaceDocument(documents_[1].identity(), documents_[1].doc());
  const StoredCounts after = store_->Counts();
  EXPECT_EQ(after.actor_mentions, before.actor_mentions);
  EXPECT_EQ(after.events, before.events);
  EXPECT_TRUE(summaries_match());
  EXPECT_EQ(Scalar("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'Shusha'"), 3);
}

}  // namespace
}  // namespace atlas::store::testing

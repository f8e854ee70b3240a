// Events in the store: written and read back whole, found by date window (ranges overlap at
// their edges), by type and by actor, and the passage behind each with its quote marked.
#include <gtest/gtest.h>

#include "hand_built_corpus.h"
#include "store/event_queries.h"

namespace atlas::store::testing {
namespace {

using EventQueriesTest = HandBuiltCorpus;

// The events as their quotes' first words, oldest first.
std::vector<std::string> FirstWords(const std::vector<StoredEvent>& events) {
  std::vector<std::string> out;
  for (const StoredEvent& e : events) out.push_back(e.quote.substr(0, e.quote.find(' ')));
  return out;
}

CorpusFilter Window(std::string from, std::string to) { return CorpusFilter{std::move(from), std::move(to)}; }

TEST_F(EventQueriesTest, AnEventComesBackWhole) {
  const auto events = EventQueries(*store_).Events({});
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(FirstWords(events), (std::vector<std::string>{"Turkey", "Putin", "Armenian", "Azerbaijan", "Russia,"}));
  const StoredEvent& drills = events[3];
  EXPECT_EQ(drills.stated_start, "2022-07-01");
  EXPECT_EQ(drills.stated_end, "2022-07-05");
  EXPECT_EQ(drills.first_day, "2022-07-01");
  EXPECT_EQ(drills.last_day, "2022-07-05");
  EXPECT_FALSE(drills.year_inferred);
  EXPECT_EQ(drills.type, "military");
  EXPECT_EQ(drills.place_ids, std::vector<std::string>{"shusha"});
  EXPECT_EQ(drills.actor_ids, std::vector<std::string>{"azerbaijan"});
  EXPECT_DOUBLE_EQ(drills.confidence, 0.8);
  EXPECT_EQ(drills.quote, "Azerbaijan held drills in Shusha from 1 to 5 July.");
  EXPECT_EQ(drills.line, 5);
  EXPECT_EQ(drills.title, "Drills near Shusha");
  EXPECT_EQ(drills.outlet, "Test Outlet");
  EXPECT_EQ(drills.article_date, "2022-07");
  EXPECT_EQ(drills.file, "/corpus/b/003_beta.txt");

  const StoredEvent& tehran = events[4];
  EXPECT_EQ(tehran.stated_start, "2022-08");
  EXPECT_EQ(tehran.stated_end, "");
  EXPECT_EQ(tehran.first_day, "2022-08-01");
  EXPECT_EQ(tehran.last_day, "2022-08-31");
  EXPECT_TRUE(tehran.year_inferred);
  EXPECT_EQ(tehran.actor_ids, (std::vector<std::string>{"russia", "turkey", "iran"})) << "in the order given";

  const StoredEvent& meeting = events[1];
  EXPECT_EQ(meeting.quote, "Putin met Erdogan in Moscow.") << "a quote inside a longer passage";
  EXPECT_EQ(meeting.stated_start, "2021-03-10");
  EXPECT_EQ(meeting.last_day, "2021-03-10");
  EXPECT_EQ(events[0].first_day, "2019-01-01");
  EXPECT_EQ(events[0].last_day, "2019-12-31");
  EXPECT_EQ(store_->Counts().events, 5);
}

TEST_F(EventQueriesTest, ARangeOverlapsTheWindowAtEitherEdge) {
  EventQueries q(*store_);
  auto words = [&](std::string from, std::string to) { return FirstWords(q.Events(Window(from, to))); };
  using Words = std::vector<std::string>;
  // The drills run 2022-07-01..05; the Tehran meeting is "in August" 2022.
  EXPECT_EQ(words("2022-07-05", "2022-07-31"), Words{"Azerbaijan"}) << "the last day inside";
  EXPECT_EQ(words("2022-07-06", "2022-07-31"), Words{}) << "the day after the last";
  EXPECT_EQ(words("2022-06-01", "2022-07-01"), Words{"Azerbaijan"}) << "the first day inside";
  EXPECT_EQ(words("2022-06-01", "2022-06-30"), Words{}) << "the day before the first";
  EXPECT_EQ(words("2022-07-02", "2022-07-03"), Words{"Azerbaijan"}) << "a window inside the range";
  EXPECT_EQ(words("2022-08-31", "2022-09-30"), Words{"Russia,"}) << "a month's last day";
  EXPECT_EQ(words("2019-12-31", "2020-01-01"), (Words{"Turkey"})) << "a year's last day";
  EXPECT_EQ(words("2021-03-11", "2021-03-13"), Words{}) << "between two single days";
  EXPECT_EQ(words("2021-03-10", ""), (Words{"Putin", "Armenian", "Azerbaijan", "Russia,"})) << "open end";
  EXPECT_EQ(words("", "2021-03-10"), (Words{"Turkey", "Putin"})) << "open start";
  EXPECT_EQ(q.Events({}, 2).size(), 2u) << "limit";
}

TEST_F(EventQueriesTest, TypesAndActorsNarrowTheEvents) {
  EventQueries q(*store_);
  CorpusFilter diplomatic;
  diplomatic.event_types = {"diplomatic"};
  EXPECT_EQ(FirstWords(q.Events(diplomatic)), (std::vector<std::string>{"Putin", "Russia,"}));
  CorpusFilter two_types;
  two_types.event_types = {"military", "economic"};
  EXPECT_EQ(FirstWords(q.Events(two_types)), (std::vector<std::string>{"Turkey", "Azerbaijan"}));
  CorpusFilter iran;
  iran.actors = {"iran"};
  EXPECT_EQ(FirstWords(q.Events(iran)), (std::vector<std::string>{"Turkey", "Russia,"}));
  iran.event_types = {"economic"};
  EXPECT_EQ(FirstWords(q.Events(iran)), std::vector<std::string>{"Turkey"});
  iran.date_from = "2020-01-01";
  EXPECT_TRUE(q.Events(iran).empty());
  CorpusFilter unknown;
  unknown.event_types = {"sporting"};
  EXPECT_TRUE(q.Events(unknown).empty());
}

TEST_F(EventQueriesTest, ThePassageBehindAnEventHasItsQuoteMarked) {
  EventQueries q(*store_);
  const auto events = q.Events({});
  const StoredEvent& meeting = events[1];
  const std::optional<PassageHit> hit = q.PassagesForEvent(meeting.event_id);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->passage_id, meeting.passage_id);
  ASSERT_FALSE(hit->quote.empty());
  EXPECT_EQ(hit->text.substr(size_t(hit->quote.begin), size_t(hit->quote.end - hit->quote.begin)),
            "Putin met Erdogan in Moscow.");
  ASSERT_EQ(hit->highlights.size(), 2u);
  EXPECT_EQ(hit->highlights[1].place_id, "moscow");
  EXPECT_EQ(hit->text.substr(size_t(hit->highlights[1].begin), 6), "Moscow");
  EXPECT_EQ(hit->actors, (std::vector<std::string>{"russia", "turkey"}));
  EXPECT_EQ(hit->title, "Talks in Moscow");
  EXPECT_FALSE(q.PassagesForEvent(987654).has_value());
}

TEST(EventWriting, AnEventOutsideEveryPassageIsNotKept) {
  HandBuiltDocument d("/corpus/d.txt");
  d.Article("Title", Day(2024, 1, 2)).Passage("Talks were held on 1 January.");
  text::Document doc = d.doc();
  text::ExtractedEvent stray;
  stray.passage_index = 7;
  stray.span = {doc.text.size() + 10, doc.text.size() + 20};
  stray.start = Day(2024, 1, 1);
  doc.articles[0].events.push_back(stray);
  text::ExtractedEvent named;  // names its passage by index, quote inside it
  named.passage_index = 1;
  named.span = {doc.articles[0].passages[1].span.begin, doc.articles[0].passages[1].span.begin + 5};
  named.start = Day(2024, 1, 1);
  doc.articles[0].events.push_back(named);

  const auto path = std::filesystem::temp_directory_path() / ("atlas-event-writing-" + std::to_string(::getpid()));
  {
    CorpusStore store(path);
    store.ReplaceDocument(d.identity(), doc);
    const auto events = EventQueries(store).Events({});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].quote, "Talks");
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

}  // namespace
}  // namespace atlas::store::testing

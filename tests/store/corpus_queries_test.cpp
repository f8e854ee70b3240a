// Queries the map asks: counts under date filters, passages of a place newest first with
// their mentions marked, safe full-text search, the monthly histogram, whole articles.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "store/corpus_ingest.h"
#include "store/corpus_queries.h"

namespace atlas::store {
namespace {
namespace fs = std::filesystem;

class Queries : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = fs::temp_directory_path() / ("atlas-queries-" + std::to_string(::getpid()) + ".sqlite");
    IngestOptions o;
    o.inputs = {fs::path(ATLAS_SOURCE_DIR) / "assets/corpus"};
    o.database = db_;
    IngestCorpus(o);
    store_ = new CorpusStore(db_);
  }
  static void TearDownTestSuite() {
    delete store_;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_.string() + suffix);
  }
  static fs::path db_;
  static CorpusStore* store_;
};
fs::path Queries::db_;
CorpusStore* Queries::store_ = nullptr;

int64_t Total(const std::vector<PlaceCount>& counts) {
  int64_t n = 0;
  for (const auto& c : counts) n += c.mentions;
  return n;
}

TEST_F(Queries, CountsFollowTheDateFilter) {
  CorpusQueries q(*store_);
  const auto all = q.CountMentionsByPlace({});
  EXPECT_EQ(Total(all), store_->Counts().mentions);
  EXPECT_TRUE(q.CountMentionsByPlace({"1900-01-01", "1900-12-31"}).empty());
  const auto recent = q.CountMentionsByPlace({"2025-01-01", ""});
  EXPECT_GT(Total(recent), 0);
  EXPECT_LT(Total(recent), Total(all));
  EXPECT_LT(q.PassageCount({"2025-01-01", ""}), q.PassageCount({}));
}

// The place_months summary must give exactly what the passage-level filter gives.
std::map<std::string, std::pair<int64_t, int64_t>> RawCounts(CorpusStore& store, const CorpusFilter& f) {
  Statement q(store.db(), "SELECT place_id, count(*), count(DISTINCT passage_id) FROM mentions "
                          "WHERE (?1 = '' OR date_end >= ?1) AND (?2 = '' OR date_start <= ?2) GROUP BY place_id");
  q.Bind(1, f.date_from).Bind(2, f.date_to);
  std::map<std::string, std::pair<int64_t, int64_t>> out;
  while (q.Step()) out[q.Text(0)] = {q.Int(1), q.Int(2)};
  return out;
}

std::map<std::string, std::pair<int64_t, int64_t>> AsMap(const std::vector<PlaceCount>& counts) {
  std::map<std::string, std::pair<int64_t, int64_t>> out;
  for (const auto& c : counts) out[c.place_id] = {c.mentions, c.passages};
  return out;
}

TEST_F(Queries, MonthSummaryAgreesWithPassageCounts) {
  CorpusQueries q(*store_);
  for (CorpusFilter f : {CorpusFilter{}, CorpusFilter{"2020-09-01", "2020-12-31"}, CorpusFilter{"2025-01-01", ""},
                         CorpusFilter{"", "2021-06-30"}, CorpusFilter{"2022-02-01", "2022-02-28"}}) {
    const auto summary = AsMap(q.CountMentionsByPlace(f));
    EXPECT_EQ(summary, RawCounts(*store_, f)) << f.date_from << ".." << f.date_to;
    if (f.active()) {
      EXPECT_FALSE(summary.empty()) << f.date_from << ".." << f.date_to;
    }
  }
}

TEST_F(Queries, PassagesOfAPlaceAreNewestFirstWithTheMentionMarked) {
  CorpusQueries q(*store_);
  const auto hits = q.PassagesMentioning({"lachin", "lachin_district", "lachin_corridor"}, {});
  ASSERT_FALSE(hits.empty());
  std::string previous = "9999";
  for (const auto& h : hits) {
    bool marked = false;
    for (const auto& m : h.highlights) {
      ASSERT_LE(size_t(m.end), h.text.size());
      marked |= m.place_id.rfind("lachin", 0) == 0;
    }
    EXPECT_TRUE(marked) << h.text;
    if (!h.date.empty()) {
      EXPECT_LE(h.date, previous);
      previous = h.date;
    }
    EXPECT_FALSE(h.file.empty());
  }
}

TEST_F(Queries, SearchTakesWordsNotSyntax) {
  CorpusQueries q(*store_);
  const auto hits = q.Search("peacekeepers", {});
  ASSERT_FALSE(hits.empty());
  for (const auto& h : hits) EXPECT_NE(h.text.find("eacekeeper"), std::string::npos);
  EXPECT_FALSE(q.Search("peacekee", {}).empty()) << "the last word is a prefix";
  EXPECT_NO_THROW(q.Search("\"unbalanced AND OR NEAR( *", {}));
  EXPECT_EQ(FtsQueryFromWords("Lachin corr"), "\"Lachin\" \"corr\"*");
  EXPECT_EQ(FtsQueryFromWords("a\"b"), "\"a\"\"b\"*");
  EXPECT_EQ(FtsQueryFromWords(" -- "), "");
}

TEST_F(Queries, MonthlyHistogramAndArticles) {
  CorpusQueries q(*store_);
  const auto months = q.PassagesPerMonth();
  ASSERT_GT(months.size(), 3u);
  for (size_t i = 1; i < months.size(); ++i) EXPECT_LT(months[i - 1].month, months[i].month);
  const auto hits = q.Search("peacekeepers", {});
  const ArticleView article = q.Article(hits.front().article_id);
  ASSERT_FALSE(article.passages.empty());
  bool contains = false;
  for (const auto& p : article.passages) contains |= p.passage_id == hits.front().passage_id;
  EXPECT_TRUE(contains);
  EXPECT_EQ(q.Article(-5).article_id, 0);
}

}  // namespace
}  // namespace atlas::store

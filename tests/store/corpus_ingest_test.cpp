// The corpus store and ingest: the bundled corpus goes in with articles, passages, mentions
// and a working full-text index; re-ingest is a no-op; a changed file is replaced alone; bad
// files are skipped with their reason while the others go in.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store/corpus_ingest.h"
#include "store/month_summary.h"
#include "util/error.h"

namespace atlas::store {
namespace {
namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(ATLAS_SOURCE_DIR) / "assets/corpus";

class Ingest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atlas-store-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "articles");
    db_ = dir_ / "corpus.sqlite";
  }
  void TearDown() override { fs::remove_all(dir_); }
  IngestSummary Run(std::vector<fs::path> inputs) {
    IngestOptions o;
    o.inputs = std::move(inputs);
    o.database = db_;
    return IngestCorpus(o);
  }
  int64_t Scalar(const std::string& sql) {
    CorpusStore store(db_);
    Statement q(store.db(), sql);
    return q.Step() ? q.Int(0) : -1;
  }
  std::string Text(const std::string& sql) {
    CorpusStore store(db_);
    Statement q(store.db(), sql);
    return q.Step() ? q.Text(0) : "";
  }
  fs::path dir_, db_;
};

TEST_F(Ingest, BundledCorpusGoesInWhole) {
  IngestSummary s = Run({kCorpus});
  EXPECT_EQ(s.Count(IngestStatus::kAdded), 5);
  EXPECT_EQ(s.Count(IngestStatus::kSkipped), 0);
  EXPECT_EQ(s.totals.documents, 5);
  EXPECT_GE(s.totals.articles, 20);
  EXPECT_GE(s.totals.passages, 300);
  EXPECT_GE(s.totals.mentions, 900);
  // The headline places are linked, and each mention's span is a piece of its passage's text.
  for (const char* like : {"lachin%", "shusha%", "nakhchivan%", "kars%", "stepanakert%"})
    EXPECT_GT(Scalar(std::string("SELECT count(*) FROM mentions WHERE place_id LIKE '") + like + "'"), 0) << like;
  EXPECT_EQ(Scalar("SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id "
                   "WHERE m.byte_begin < 0 OR m.byte_end <= m.byte_begin OR m.byte_end > length(CAST(p.text AS BLOB))"),
            0);
  EXPECT_GT(Scalar("SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id WHERE m.place_id = "
                   "'lachin_corridor' AND lower(CAST(substr(CAST(p.text AS BLOB), m.byte_begin + 1, "
                   "m.byte_end - m.byte_begin) AS TEXT)) = 'lachin corridor'"),
            0);
  // The month summaries, counted as rows are written, equal the summaries read back from the rows.
  for (const MonthSummary* summary : {&kPlaceMonths, &kActorMonths}) {
    const std::string table = summary == &kPlaceMonths ? "place_months" : "actor_months";
    const std::string rows = "SELECT group_concat(r, ';') FROM (SELECT " +
                             std::string(summary == &kPlaceMonths ? "place_id" : "actor_id") +
                             " || '|' || first_month || '|' || last_month || '|' || mentions || '|' || passages AS r "
                             "FROM " + table + " ORDER BY 1)";
    const std::string written = Text(rows);
    EXPECT_FALSE(written.empty()) << table;
    {
      CorpusStore store(db_);
      Transaction tx(store.db());
      summary->Rebuild(store.db());
      tx.Commit();
    }
    EXPECT_EQ(Text(rows), written) << table;
  }
  // Full-text search finds passages in any spelling that is in the text.
  EXPECT_GT(Scalar("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'peacekeepers'"), 0);
  EXPECT_GT(Scalar("SELECT count(*) FROM passages WHERE kind = 'title'"), 10);
  EXPECT_GT(Scalar("SELECT count(*) FROM passages WHERE date_start IS NOT NULL"), 100);
}

TEST_F(Ingest, UnchangedFilesAreNoOpsAndAChangedFileIsReplacedAlone) {
  for (const auto& e : fs::directory_iterator(kCorpus)) fs::copy_file(e.path(), dir_ / "articles" / e.path().filename());
  Run({dir_ / "articles"});
  const int64_t passages = Scalar("SELECT count(*) FROM passages");
  const int64_t other_ids = Scalar("SELECT sum(id) FROM documents WHERE path NOT LIKE '%004_%'");
  IngestSummary again = Run({dir_ / "articles"});
  EXPECT_EQ(again.Count(IngestStatus::kUnchanged), 5);
  EXPECT_EQ(Scalar("SELECT count(*) FROM passages"), passages);

  std::ofstream(dir_ / "articles/004_4d99a942b347c51d.txt", std::ios::app)
      << "\n\nA new paragraph says the Lachin corridor reopened near Goris.\n";
  IngestSummary changed = Run({dir_ / "articles"});
  EXPECT_EQ(changed.Count(IngestStatus::kReplaced), 1);
  EXPECT_EQ(changed.Count(IngestStatus::kUnchanged), 4);
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 5);
  EXPECT_EQ(Scalar("SELECT sum(id) FROM documents WHERE path NOT LIKE '%004_%'"), other_ids) << "others untouched";
  EXPECT_GT(Scalar("SELECT count(*) FROM passages p JOIN passages_fts f ON f.rowid = p.id "
                   "WHERE passages_fts MATCH 'reopened'"),
            0);
  // The per-month summary follows replacements and removals exactly.
  auto summary_matches = [&] {
    return Scalar("SELECT count(*) FROM (SELECT place_id, sum(mentions) n FROM place_months GROUP BY place_id) s "
                  "FULL JOIN (SELECT place_id, count(*) n FROM mentions GROUP BY place_id) r USING (place_id) "
                  "WHERE s.n IS NOT r.n") == 0;
  };
  EXPECT_TRUE(summary_matches());
  {
    CorpusStore store(db_);
    Statement q(store.db(), "SELECT path FROM documents WHERE path LIKE '%002_%'");
    ASSERT_TRUE(q.Step());
    const std::string path = q.Text(0);
    store.RemoveDocument(path);
  }
  EXPECT_TRUE(summary_matches());
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 4);
}

TEST_F(Ingest, BadFilesAreSkippedWithTheirReasonAndTheRestGoIn) {
  const fs::path a = dir_ / "articles";
  std::ofstream(a / "empty.txt");
  std::ofstream(a / "binary.txt", std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  std::ofstream(a / "latin1.txt", std::ios::binary) << "Stepanakert \xe9t\xe9 Shusha.\n\nA second paragraph on Kars.\n";
  std::ofstream(a / "good.md") << "# Talks in Yerevan\n\nThe ministers met in Yerevan and spoke of Lachin.\n";
  IngestSummary s = Run({a, dir_ / "missing.txt"});
  ASSERT_EQ(s.files.size(), 5u);
  auto find = [&](const std::string& name) -> const IngestFileResult& {
    for (const auto& f : s.files)
      if (f.path.find(name) != std::string::npos) return f;
    throw std::runtime_error("no result for " + name);
  };
  EXPECT_EQ(find("empty.txt").status, IngestStatus::kSkipped);
  EXPECT_NE(find("empty.txt").message.find("empty"), std::string::npos) << find("empty.txt").message;
  EXPECT_EQ(find("binary.txt").status, IngestStatus::kSkipped);
  EXPECT_EQ(find("missing.txt").status, IngestStatus::kSkipped);
  EXPECT_EQ(find("latin1.txt").status, IngestStatus::kAdded);
  EXPECT_NE(find("latin1.txt").message.find("UTF-8"), std::string::npos) << find("latin1.txt").message;
  EXPECT_EQ(find("good.md").status, IngestStatus::kAdded);
  EXPECT_EQ(Scalar("SELECT count(*) FROM documents"), 2);
}

TEST_F(Ingest, AVersionOneStoreIsMigratedWithNothingLost) {
  Run({kCorpus});
  const int64_t mentions = Scalar("SELECT count(*) FROM mentions");
  {
    // Take the store back to the version-1 schema.
    SqliteDb db(db_, SqliteDb::Mode::kReadWrite);
    db.Exec("DROP TABLE place_months; DROP INDEX mentions_place_date; ALTER TABLE mentions DROP COLUMN date_start; "
            "ALTER TABLE mentions DROP COLUMN date_end; CREATE INDEX mentions_place ON mentions(place_id, passage_id); "
            "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  }
  EXPECT_EQ(Scalar("SELECT value FROM meta WHERE key = 'schema_version'"), CorpusStore::kSchemaVersion);
  EXPECT_EQ(Scalar("SELECT count(*) FROM mentions"), mentions);
  EXPECT_EQ(Scalar("SELECT count(*) FROM mentions m JOIN passages p ON p.id = m.passage_id "
                   "WHERE m.date_start IS NOT p.date_start"),
            0);
  EXPECT_EQ(Scalar("SELECT sum(mentions) FROM place_months"), mentions);
}

TEST_F(Ingest, ADatabaseThatIsNotOneIsNamed) {
  std::ofstream(db_) << "this is not a database, just words in a file that is long enough";
  try {
    Run({kCorpus / "000_e781d543234a7ec0.txt"});
    FAIL() << "expected an error";
  } catch (const AtlasError& e) {
    EXPECT_NE(std::string(e.what()).find("corpus.sqlite"), std::string::npos) << e.what();
  }
}

TEST(DateBounds, PartialDatesBecomeInclusiveRanges) {
  text::PartialDate month{2024, 2, 0, text::DatePrecision::kMonth};
  EXPECT_EQ(DateBounds(month), std::make_pair(std::string("2024-02-01"), std::string("2024-02-29")));
  text::PartialDate day{2020, 11, 10, text::DatePrecision::kDay};
  EXPECT_EQ(DateBounds(day).first, "2020-11-10");
  EXPECT_EQ(DateBounds(text::PartialDate{}).first, "");
}

}  // namespace
}  // namespace atlas::store

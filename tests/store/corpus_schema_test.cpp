// Schema versions: a version-2 store is migrated to 3 in place with everything kept and its
// files marked for analysis again; stores from newer programs, and old ones opened read-only,
// are refused with a message naming the file.
#include <gtest/gtest.h>

#include <fstream>

#include "hand_built_corpus.h"
#include "store/actor_queries.h"
#include "store/corpus_ingest.h"
#include "store/corpus_queries.h"
#include "util/error.h"

namespace atlas::store::testing {
namespace {

using CorpusSchemaTest = HandBuiltCorpus;

// Takes a current store back to the version-2 schema: no actor or event tables.
void DowngradeToVersion2(const std::filesystem::path& db_path) {
  SqliteDb db(db_path, SqliteDb::Mode::kReadWrite);
  db.Exec("DROP TABLE event_actors; DROP TABLE event_places; DROP TABLE events; DROP TABLE passage_actors; "
          "DROP TABLE actor_months; UPDATE meta SET value = '2' WHERE key = 'schema_version'");
}

std::string ErrorOpening(const std::filesystem::path& db_path, SqliteDb::Mode mode) {
  try {
    CorpusStore store(db_path, mode);
  } catch (const AtlasError& e) {
    return e.what();
  }
  return "";
}

TEST_F(CorpusSchemaTest, AVersionTwoStoreIsMigratedWithNothingLost) {
  CorpusQueries before_queries(*store_);
  const auto places_before = before_queries.CountMentionsByPlace({});
  const StoredCounts before = store_->Counts();
  store_.reset();
  DowngradeToVersion2(db_path_);
  EXPECT_NE(ErrorOpening(db_path_, SqliteDb::Mode::kReadOnly).find("older"), std::string::npos)
      << "read-only cannot migrate, and says so";

  store_ = std::make_unique<CorpusStore>(db_path_);
  EXPECT_EQ(Scalar("SELECT value FROM meta WHERE key = 'schema_version'"), kCorpusSchemaVersion);
  const StoredCounts after = store_->Counts();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.passages, before.passages);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.actor_mentions, 0) << "actors come from analysing the files again";
  EXPECT_EQ(after.events, 0);
  for (const char* table : {"passage_actors", "events", "event_places", "event_actors", "actor_months"})
    EXPECT_EQ(Scalar(std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + table + "'"), 1) << table;
  CorpusQueries q(*store_);
  const auto places_after = q.CountMentionsByPlace({});
  ASSERT_EQ(places_after.size(), places_before.size());
  EXPECT_EQ(q.PassagesMentioning({"shusha"}, {}).size(), 2u);
  EXPECT_EQ(q.Search("Shusha", {}).size(), 3u) << "the full-text index survives";
  // Every file is marked to be analysed again: its next ingest is a replacement, not a no-op.
  for (const HandBuiltDocument& d : documents_) EXPECT_EQ(store_->StoredHash(d.doc().path), "");

  // Writing again after the migration fills the new tables.
  store_->ReplaceDocument(documents_[1].identity(), documents_[1].doc());
  EXPECT_EQ(store_->Counts().actor_mentions, 6);
  EXPECT_EQ(ActorQueries(*store_).ActorCounts({}).size(), 4u);
}

TEST_F(CorpusSchemaTest, AVersionThreeStoreLosesOnlyItsUnreadCopies) {
  const StoredCounts before = store_->Counts();
  const auto shusha_before = CorpusQueries(*store_).PassagesMentioning({"shusha"}, {});
  store_.reset();
  {
    // Version 3 kept each document's text and each mention's surface.
    SqliteDb db(db_path_, SqliteDb::Mode::kReadWrite);
    db.Exec("ALTER TABLE documents ADD COLUMN text TEXT NOT NULL DEFAULT 'whole text'; "
            "ALTER TABLE mentions ADD COLUMN surface TEXT NOT NULL DEFAULT 'Shusha'; "
            "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
  }
  store_ = std::make_unique<CorpusStore>(db_path_);
  EXPECT_EQ(Scalar("SELECT value FROM meta WHERE key = 'schema_version'"), kCorpusSchemaVersion);
  EXPECT_EQ(Scalar("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'text'"), 0);
  EXPECT_EQ(Scalar("SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'surface'"), 0);
  const StoredCounts after = store_->Counts();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.passages, before.passages);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.actor_mentions, before.actor_mentions);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(CorpusQueries(*store_).PassagesMentioning({"shusha"}, {}).size(), shusha_before.size());
  for (const HandBuiltDocument& d : documents_) EXPECT_NE(store_->StoredHash(d.doc().path), "") << "no new analysis";
}

TEST(CorpusSchema, IngestAnalysesAMigratedFileAgain) {
  namespace fs = std::filesystem;
  const fs::path db = fs::temp_directory_path() / ("atlas-schema-ingest-" + std::to_string(::getpid()) + ".sqlite");
  IngestOptions options;
  options.inputs = {fs::path(ATLAS_SOURCE_DIR) / "assets/corpus/004_4d99a942b347c51d.txt"};
  options.database = db;
  ASSERT_EQ(IngestCorpus(options).Count(IngestStatus::kAdded), 1);
  EXPECT_EQ(IngestCorpus(options).Count(IngestStatus::kUnchanged), 1);
  DowngradeToVersion2(db);
  const IngestSummary again = IngestCorpus(options);
  EXPECT_EQ(again.Count(IngestStatus::kReplaced), 1);
  EXPECT_EQ(again.totals.documents, 1);
  EXPECT_EQ(IngestCorpus(options).Count(IngestStatus::kUnchanged), 1) << "and then it is current";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
}

TEST_F(CorpusSchemaTest, AStoreFromANewerProgramIsRefused) {
  Statement(store_->db(), "UPDATE meta SET value = '9' WHERE key = 'schema_version'").Run();
  store_.reset();
  for (SqliteDb::Mode mode : {SqliteDb::Mode::kReadWrite, SqliteDb::Mode::kReadOnly}) {
    const std::string error = ErrorOpening(db_path_, mode);
    EXPECT_NE(error.find("newer"), std::string::npos) << error;
    EXPECT_NE(error.find(db_path_.filename().string()), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace atlas::store::testing

// The corpus database: documents, articles, passages (full-text indexed with FTS5), the place
// and actor mentions inside them and the events they state, in one SQLite file. Owns every
// write; a batch of documents is replaced in one transaction, so a crash never leaves half a
// file stored. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "store/corpus_schema.h"
#include "store/sqlite_db.h"
#include "text/document_model.h"

namespace atlas::store {

class PassageTagIndex;

// What identifies a stored file's content, to make re-ingesting an unchanged file a no-op.
struct DocumentIdentity {
  std::string path;          // as stored: absolute and normalised
  std::string content_hash;  // of the raw bytes
  int64_t size = 0;
};

struct StoredCounts {
  int64_t documents = 0, articles = 0, passages = 0, mentions = 0, actor_mentions = 0, events = 0;
};

class DocumentWriter;

class CorpusStore {
 public:
  static constexpr int kSchemaVersion = kCorpusSchemaVersion;

  // Opens or creates the database and its schema (migrating an older one in place). Throws
  // AtlasError naming the file when it cannot be opened, is not a corpus database, or is from
  // a newer program.
  CorpusStore(const std::filesystem::path& path, SqliteDb::Mode mode = SqliteDb::Mode::kReadWrite);
  ~CorpusStore();

  // The content hash stored for `path`, if the file was ingested before.
  std::optional<std::string> StoredHash(const std::string& path);

  // Replaces everything stored for doc's file by `doc` (segmented, linked, tagged with actors,
  // events extracted) in one transaction. Returns the document's row id.
  int64_t ReplaceDocument(const DocumentIdentity& id, const text::Document& doc);

  struct DocumentToStore {
    DocumentIdentity id;
    const text::Document* doc = nullptr;
  };
  // The same for several files in one transaction (all or none), with one full-text index
  // update for all of them: much faster than file by file.
  void ReplaceDocuments(const std::vector<DocumentToStore>& docs);

  // Such a transaction kept open while files arrive: each is written as it comes (so the
  // writer works while the next file is analysed), and Commit() adds the batch's summaries
  // and full-text index and commits all or none. Destroyed uncommitted, nothing is kept.
  class Batch {
   public:
    explicit Batch(CorpusStore& store);
    ~Batch();
    void Replace(const DocumentIdentity& id, const text::Document& doc);
    void Commit();

   private:
    CorpusStore& store_;
    Transaction tx_;
    std::unique_ptr<DocumentWriter> writer_;
  };
  // Removes a file and everything derived from it (one transaction).
  void RemoveDocument(const std::string& path);

  StoredCounts Counts();
  // The in-memory index of passage days, places and actors over what is stored now: built
  // on first use, and again after any change to the database (by this store or another).
  const PassageTagIndex& TagIndex();
  SqliteDb& db() { return db_; }
  const std::filesystem::path& path() const { return db_.path(); }

 private:
  // Deletes a file's rows (and its share of the summaries) inside an open transaction.
  void RemoveDocumentRows(const std::string& path);
  SqliteDb db_;
  std::unique_ptr<PassageTagIndex> tag_index_;
  int64_t tag_index_data_version_ = -1, tag_index_changes_ = -1;  // what it was built from
};

// The default database: $XDG_DATA_HOME/caucasus-atlas/corpus.sqlite.
std::filesystem::path DefaultCorpusPath();

// Inclusive ISO bounds "YYYY-MM-DD" of a partial date ("2025-07" -> 2025-07-01..2025-07-31);
// empty strings when the date is unknown.
std::pair<std::string, std::string> DateBounds(const text::PartialDate& date);

}  // namespace atlas::store

// Opening the corpus database and writing to it; see corpus_store.h.
//
// [SECTION] Dates
// [SECTION] Opening
// [SECTION] Writing documents
// [SECTION] Small reads
#include "store/corpus_store.h"

#include <cstdio>

#include "store/document_writer.h"
#include "store/month_summary.h"
#include "store/passage_tag_index.h"
#include "util/data_paths.h"

namespace atlas::store {

//-----------------------------------------------------------------------------
// [SECTION] Dates
//-----------------------------------------------------------------------------

namespace {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[(month - 1) % 12];
}

std::string Ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

std::pair<std::string, std::string> DateBounds(const text::PartialDate& d) {
  switch (d.precision) {
    case text::DatePrecision::kDay: return {Ymd(d.year, d.month, d.day), Ymd(d.year, d.month, d.day)};
    case text::DatePrecision::kMonth: return {Ymd(d.year, d.month, 1), Ymd(d.year, d.month, DaysInMonth(d.year, d.month))};
    case text::DatePrecision::kYear: return {Ymd(d.year, 1, 1), Ymd(d.year, 12, 31)};
    case text::DatePrecision::kNone: break;
  }
  return {};
}

std::filesystem::path DefaultCorpusPath() { return UserDataDir() / "corpus.sqlite"; }

//-----------------------------------------------------------------------------
// [SECTION] Opening
//-----------------------------------------------------------------------------

CorpusStore::CorpusStore(const std::filesystem::path& path, SqliteDb::Mode mode) : db_(path, mode) {
  // WAL keeps readers (the GUI) working while an ingest writes, and makes each commit atomic
  // on disk; a process killed mid-ingest loses only its open transaction.
  if (mode == SqliteDb::Mode::kReadWrite) {
    db_.Exec("PRAGMA journal_mode=WAL");
    db_.Exec("PRAGMA synchronous=NORMAL");
  }
  db_.Exec("PRAGMA foreign_keys=ON");
  // A page cache of up to 64 MiB (SQLite's default is 2 MiB) keeps a 100x corpus's indexes
  // and event rows in memory between queries: listing every event takes half the time.
  db_.Exec("PRAGMA cache_size=-65536");
  PrepareCorpusSchema(db_, mode);
}

CorpusStore::~CorpusStore() = default;

//-----------------------------------------------------------------------------
// [SECTION] Writing documents
//-----------------------------------------------------------------------------

int64_t CorpusStore::ReplaceDocument(const DocumentIdentity& id, const text::Document& doc) {
  ReplaceDocuments({{id, &doc}});
  Statement q(db_, "SELECT id FROM documents WHERE path = ?1");
  q.Bind(1, id.path);
  return q.Step() ? q.Int(0) : 0;
}

void CorpusStore::ReplaceDocuments(const std::vector<DocumentToStore>& docs) {
  Batch batch(*this);
  for (const DocumentToStore& d : docs) batch.Replace(d.id, *d.doc);
  batch.Commit();
}

CorpusStore::Batch::Batch(CorpusStore& store)
    : store_(store), tx_(store.db_), writer_(std::make_unique<DocumentWriter>(store.db_)) {}

CorpusStore::Batch::~Batch() = default;

void CorpusStore::Batch::Replace(const DocumentIdentity& id, const text::Document& doc) {
  store_.RemoveDocumentRows(id.path);
  writer_->Write(id, doc);
}

void CorpusStore::Batch::Commit() {
  SqliteDb& db = store_.db_;
  kPlaceMonths.Add(db, &writer_->place_tally());
  kActorMonths.Add(db, &writer_->actor_tally());
  // All the batch's passages enter the full-text index in one statement: indexing row by row,
  // interleaved with the other inserts, is several times slower.
  if (writer_->last_passage() >= writer_->first_passage())
    Statement(db, "INSERT INTO passages_fts(rowid, text) SELECT id, text FROM passages WHERE id BETWEEN ?1 AND ?2")
        .Bind(1, writer_->first_passage())
        .Bind(2, writer_->last_passage())
        .Run();
  tx_.Commit();
}

void CorpusStore::RemoveDocumentRows(const std::string& path) {
  Statement find(db_, "SELECT id FROM documents WHERE path = ?1");
  find.Bind(1, path);
  if (!find.Step()) return;
  const int64_t old_id = find.Int(0);
  kPlaceMonths.AddDocument(db_, old_id, -1);
  kActorMonths.AddDocument(db_, old_id, -1);
  // Articles, passages, mentions, actor mentions and events follow by ON DELETE CASCADE.
  Statement(db_, "DELETE FROM documents WHERE id = ?1").Bind(1, old_id).Run();
}

void CorpusStore::RemoveDocument(const std::string& path) {
  Transaction tx(db_);
  RemoveDocumentRows(path);
  tx.Commit();
}

//-----------------------------------------------------------------------------
// [SECTION] Small reads
//-----------------------------------------------------------------------------

std::optional<std::string> CorpusStore::StoredHash(const std::string& path) {
  Statement q(db_, "SELECT content_hash FROM documents WHERE path = ?1");
  q.Bind(1, path);
  if (q.Step()) return q.Text(0);
  return std::nullopt;
}

const PassageTagIndex& CorpusStore::TagIndex() {
  // data_version moves when another connection commits; the change count when this one writes.
  const int64_t data_version = db_.DataVersion(), changes = db_.TotalChanges();
  if (!tag_index_ || data_version != tag_index_data_version_ || changes != tag_index_changes_) {
    tag_index_.reset();  // the old one's memory goes before the new one is read
    tag_index_ = std::make_unique<PassageTagIndex>(db_);
    tag_index_data_version_ = data_version;
    tag_index_changes_ = changes;
  }
  return *tag_index_;
}

StoredCounts CorpusStore::Counts() {
  StoredCounts c;
  Statement q(db_,
              "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), "
              "(SELECT count(*) FROM passages), (SELECT count(*) FROM mentions), "
              "(SELECT count(*) FROM passage_actors), (SELECT count(*) FROM events)");
  if (q.Step()) c = {q.Int(0), q.Int(1), q.Int(2), q.Int(3), q.Int(4), q.Int(5)};
  return c;
}

}  // namespace atlas::store

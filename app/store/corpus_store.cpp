// Corpus schema and writes; see corpus_store.h.
//
// [SECTION] Schema
// [SECTION] Writing a document
// [SECTION] Small reads
#include "store/corpus_store.h"

#include <cstdio>

#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::store {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Schema
//-----------------------------------------------------------------------------

// Passages carry the dates of their article, denormalised so that date filters need no join.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  warnings TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL, outlet TEXT NOT NULL, author TEXT NOT NULL, language TEXT NOT NULL,
  date TEXT, date_start TEXT, date_end TEXT, date_inferred INTEGER NOT NULL, date_note TEXT NOT NULL,
  first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
  byte_begin INTEGER NOT NULL, byte_end INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_document ON articles(document_id);
CREATE TABLE IF NOT EXISTS passages(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,                  -- 'title' or 'body'
  first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
  byte_begin INTEGER NOT NULL, byte_end INTEGER NOT NULL,
  date_start TEXT, date_end TEXT,
  text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS passages_article ON passages(article_id);
CREATE INDEX IF NOT EXISTS passages_date ON passages(date_start);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
  text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER IF NOT EXISTS passages_fts_delete AFTER DELETE ON passages BEGIN
  INSERT INTO passages_fts(passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE IF NOT EXISTS mentions(
  id INTEGER PRIMARY KEY,
  passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  place_id TEXT NOT NULL,
  byte_begin INTEGER NOT NULL, byte_end INTEGER NOT NULL,   -- within the passage text
  surface TEXT NOT NULL,
  metonym INTEGER NOT NULL,
  date_start TEXT, date_end TEXT);                           -- the passage's, for ordered lookups
-- A place's passages newest first, straight from the index (no sort of thousands of rows).
CREATE INDEX IF NOT EXISTS mentions_place_date ON mentions(place_id, date_start, passage_id);
CREATE INDEX IF NOT EXISTS mentions_passage ON mentions(passage_id);
-- Mentions and passages per place and period (first and last month a passage's date may
-- fall in; '' when undated), kept up to date by every write: filter changes sum these.
CREATE TABLE IF NOT EXISTS place_months(
  place_id TEXT NOT NULL, first_month TEXT NOT NULL, last_month TEXT NOT NULL,
  mentions INTEGER NOT NULL, passages INTEGER NOT NULL,
  PRIMARY KEY(place_id, first_month, last_month)) WITHOUT ROWID;
)sql";

// One document's contribution to place_months, to add (+1) or take away (-1).
constexpr const char* kPlaceMonthsDelta = R"sql(
INSERT INTO place_months(place_id, first_month, last_month, mentions, passages)
SELECT m.place_id, coalesce(substr(m.date_start, 1, 7), ''), coalesce(substr(m.date_end, 1, 7), ''),
       ?2 * count(*), ?2 * count(DISTINCT m.passage_id)
FROM mentions m JOIN passages p ON p.id = m.passage_id JOIN articles a ON a.id = p.article_id
WHERE a.document_id = ?1
GROUP BY 1, 2, 3
ON CONFLICT(place_id, first_month, last_month) DO UPDATE
  SET mentions = mentions + excluded.mentions, passages = passages + excluded.passages
)sql";

std::string FormatName(text::SourceFormat f) {
  switch (f) {
    case text::SourceFormat::kMarkdown: return "markdown";
    case text::SourceFormat::kHtml: return "html";
    case text::SourceFormat::kPlainText: return "text";
  }
  return "text";
}

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

CorpusStore::CorpusStore(const std::filesystem::path& path, SqliteDb::Mode mode) : db_(path, mode) {
  // WAL keeps readers (the GUI) working while an ingest writes, and makes each commit atomic
  // on disk; a process killed mid-ingest loses only its open transaction.
  if (mode == SqliteDb::Mode::kReadWrite) {
    db_.Exec("PRAGMA journal_mode=WAL");
    db_.Exec("PRAGMA synchronous=NORMAL");
  }
  db_.Exec("PRAGMA foreign_keys=ON");
  // Reading the schema version also proves the file is a database at all.
  bool has_meta = false;
  {
    Statement q(db_, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (q.Step()) has_meta = q.Int(0) > 0;
  }
  int version = 0;
  if (has_meta) {
    Statement q(db_, "SELECT value FROM meta WHERE key='schema_version'");
    version = q.Step() ? std::stoi(q.Text(0)) : 0;
    if (version > kSchemaVersion)
      throw AtlasError(path.string(), "was written by a newer Caucasus Atlas (schema " + std::to_string(version) + ")");
  }
  if (mode == SqliteDb::Mode::kReadWrite) {
    if (version == 1) MigrateFromVersion1();
    CreateSchema();
  }
}

// Version 2 added passage dates to mentions and the place_months summary. Everything
// stored is kept: the new columns and table are derived from what is already there.
void CorpusStore::MigrateFromVersion1() {
  Transaction tx(db_);
  db_.Exec("ALTER TABLE mentions ADD COLUMN date_start TEXT");
  db_.Exec("ALTER TABLE mentions ADD COLUMN date_end TEXT");
  db_.Exec("UPDATE mentions SET date_start = (SELECT date_start FROM passages WHERE id = mentions.passage_id), "
           "date_end = (SELECT date_end FROM passages WHERE id = mentions.passage_id)");
  db_.Exec("DROP INDEX IF EXISTS mentions_place");
  db_.Exec(kSchema);
  db_.Exec("INSERT INTO place_months SELECT place_id, coalesce(substr(date_start, 1, 7), ''), "
           "coalesce(substr(date_end, 1, 7), ''), count(*), count(DISTINCT passage_id) FROM mentions GROUP BY 1, 2, 3");
  tx.Commit();
}

void CorpusStore::CreateSchema() {
  Transaction tx(db_);
  db_.Exec(kSchema);
  Statement(db_, "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)")
      .Bind(1, std::to_string(kSchemaVersion))
      .Run();
  tx.Commit();
}

//-----------------------------------------------------------------------------
// [SECTION] Writing a document
//-----------------------------------------------------------------------------

int64_t CorpusStore::ReplaceDocument(const DocumentIdentity& id, const text::Document& doc) {
  ReplaceDocuments({{id, &doc}});
  Statement q(db_, "SELECT id FROM documents WHERE path = ?1");
  q.Bind(1, id.path);
  return q.Step() ? q.Int(0) : 0;
}

void CorpusStore::ReplaceDocuments(const std::vector<DocumentToStore>& docs) {
  Transaction tx(db_);
  int64_t first_passage = 0, last_passage = -1;
  for (const DocumentToStore& d : docs) WriteDocument(d.id, *d.doc, &first_passage, &last_passage);
  // All the batch's passages enter the full-text index in one statement: indexing row by row,
  // interleaved with the other inserts, is several times slower.
  if (last_passage >= first_passage)
    Statement(db_, "INSERT INTO passages_fts(rowid, text) SELECT id, text FROM passages WHERE id BETWEEN ?1 AND ?2")
        .Bind(1, first_passage)
        .Bind(2, last_passage)
        .Run();
  tx.Commit();
}

void CorpusStore::RemoveDocumentRows(const std::string& path) {
  Statement find(db_, "SELECT id FROM documents WHERE path = ?1");
  find.Bind(1, path);
  if (!find.Step()) return;
  const int64_t old_id = find.Int(0);
  Statement(db_, kPlaceMonthsDelta).Bind(1, old_id).Bind(2, int64_t(-1)).Run();
  db_.Exec("DELETE FROM place_months WHERE mentions <= 0");
  Statement(db_, "DELETE FROM documents WHERE id = ?1").Bind(1, old_id).Run();
}

int64_t CorpusStore::WriteDocument(const DocumentIdentity& id, const text::Document& doc, int64_t* first_passage,
                                   int64_t* last_passage) {
  RemoveDocumentRows(id.path);

  std::string warnings;
  for (const auto& w : doc.warnings) warnings += (warnings.empty() ? "" : "\n") + w;
  Statement insert_doc(db_,
                       "INSERT INTO documents(path, content_hash, size, format, warnings, text) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert_doc.Bind(1, id.path).Bind(2, id.content_hash).Bind(3, id.size).Bind(4, FormatName(doc.format));
  insert_doc.Bind(5, warnings).Bind(6, std::string_view(doc.text)).Run();
  const int64_t doc_id = db_.LastInsertId();

  Statement insert_article(db_,
                           "INSERT INTO articles(document_id, ordinal, title, outlet, author, language, date, "
                           "date_start, date_end, date_inferred, date_note, first_line, last_line, byte_begin, "
                           "byte_end) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
  Statement insert_passage(db_,
                           "INSERT INTO passages(article_id, ordinal, kind, first_line, last_line, byte_begin, "
                           "byte_end, date_start, date_end, text) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  Statement insert_mention(db_,
                           "INSERT INTO mentions(passage_id, place_id, byte_begin, byte_end, surface, metonym, "
                           "date_start, date_end) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
  const std::string_view text = doc.text;
  int64_t ordinal = 0;
  for (const text::Article& a : doc.articles) {
    const auto [start, end] = DateBounds(a.date);
    auto opt = [](const std::string& s) { return s.empty() ? std::optional<std::string>() : std::optional(s); };
    insert_article.Bind(1, doc_id).Bind(2, ordinal++).Bind(3, a.title).Bind(4, a.outlet).Bind(5, a.author);
    insert_article.Bind(6, a.language).BindOptional(7, opt(a.date.Iso())).BindOptional(8, opt(start));
    insert_article.BindOptional(9, opt(end));
    insert_article.Bind(10, int64_t(a.date.inferred)).Bind(11, a.date_note).Bind(12, int64_t(a.first_line));
    insert_article.Bind(13, int64_t(a.last_line)).Bind(14, int64_t(a.span.begin)).Bind(15, int64_t(a.span.end));
    insert_article.Run();
    const int64_t article_id = db_.LastInsertId();
    int64_t p_ordinal = 0;
    for (const text::Passage& p : a.passages) {
      const bool is_title = p_ordinal == 0 && !a.title.empty() && text.substr(p.span.begin, p.span.size()) == a.title;
      insert_passage.Bind(1, article_id).Bind(2, p_ordinal++).Bind(3, is_title ? "title" : "body");
      insert_passage.Bind(4, int64_t(p.first_line)).Bind(5, int64_t(p.last_line)).Bind(6, int64_t(p.span.begin));
      insert_passage.Bind(7, int64_t(p.span.end)).BindOptional(8, opt(start)).BindOptional(9, opt(end));
      insert_passage.Bind(10, text.substr(p.span.begin, p.span.size())).Run();
      const int64_t passage_id = db_.LastInsertId();
      if (*last_passage < *first_passage) *first_passage = passage_id;
      *last_passage = passage_id;
      for (const text::PlaceMention& m : p.mentions) {
        if (m.span.begin < p.span.begin || m.span.end > p.span.end) continue;  // belongs elsewhere
        insert_mention.Bind(1, passage_id).Bind(2, m.place_id).Bind(3, int64_t(m.span.begin - p.span.begin));
        insert_mention.Bind(4, int64_t(m.span.end - p.span.begin)).Bind(5, text.substr(m.span.begin, m.span.size()));
        insert_mention.Bind(6, int64_t(m.metonym)).BindOptional(7, opt(start)).BindOptional(8, opt(end)).Run();
      }
    }
  }
  Statement(db_, kPlaceMonthsDelta).Bind(1, doc_id).Bind(2, int64_t(1)).Run();
  return doc_id;
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

StoredCounts CorpusStore::Counts() {
  StoredCounts c;
  Statement q(db_,
              "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), "
              "(SELECT count(*) FROM passages), (SELECT count(*) FROM mentions)");
  if (q.Step()) c = {q.Int(0), q.Int(1), q.Int(2), q.Int(3)};
  return c;
}

}  // namespace atlas::store

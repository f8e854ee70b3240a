// The corpus schema and its migrations; see corpus_schema.h.
//
// [SECTION] Tables
// [SECTION] Migrations
// [SECTION] Opening
#include "store/corpus_schema.h"

#include <string>

#include "store/month_summary.h"
#include "util/error.h"

namespace atlas::store {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Tables
//-----------------------------------------------------------------------------

// Passages carry the dates of their article, and mentions those of their passage,
// denormalised so that date filters need no join.
constexpr const char* kTables = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,          -- of the raw bytes; '' when the file must be analysed again
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  warnings TEXT NOT NULL,
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
  byte_begin INTEGER NOT NULL, byte_end INTEGER NOT NULL,   -- within the passage text: the surface
  metonym INTEGER NOT NULL,
  date_start TEXT, date_end TEXT);                           -- the passage's, for ordered lookups
-- A place's passages newest first, straight from the index (no sort of thousands of rows).
CREATE INDEX IF NOT EXISTS mentions_place_date ON mentions(place_id, date_start, passage_id);
CREATE INDEX IF NOT EXISTS mentions_passage ON mentions(passage_id);
-- Actor mentions, keyed by passage (reading a passage's actors; removal by cascade). Filters
-- by actor use the in-memory PassageTagIndex, so no other index slows the writes.
CREATE TABLE IF NOT EXISTS passage_actors(
  passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  byte_begin INTEGER NOT NULL, byte_end INTEGER NOT NULL,   -- within the passage text
  actor_id TEXT NOT NULL,
  via TEXT NOT NULL,                                         -- name | adjective | metonym | person
  person TEXT NOT NULL,                                      -- who spoke for the actor, via 'person'
  PRIMARY KEY(passage_id, byte_begin, actor_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL,                               -- the passage's, for reading
  line INTEGER NOT NULL,                                     -- where the date is stated
  stated_start TEXT NOT NULL, stated_end TEXT,               -- as known: YYYY-MM-DD, YYYY-MM or YYYY
  date_start TEXT, date_end TEXT,                            -- the inclusive days they span
  year_inferred INTEGER NOT NULL,
  type TEXT NOT NULL,                                        -- military | diplomatic | ...
  quote_begin INTEGER NOT NULL, quote_end INTEGER NOT NULL,  -- within the passage text
  quote TEXT NOT NULL,                                       -- that text, for listing events
  confidence REAL NOT NULL);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS events_passage ON events(passage_id);
CREATE TABLE IF NOT EXISTS event_places(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,                                  -- the quote's own places first
  place_id TEXT NOT NULL,
  PRIMARY KEY(event_id, ordinal)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS event_actors(
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY(event_id, ordinal)) WITHOUT ROWID;
)sql";

std::string SchemaSql() { return kTables + kPlaceMonths.SchemaSql() + kActorMonths.SchemaSql(); }

//-----------------------------------------------------------------------------
// [SECTION] Migrations
//-----------------------------------------------------------------------------

// 1 -> 2: mentions gain their passage's dates (copied from what is stored) and the place
// summary is built from them.
void AddMentionDates(SqliteDb& db) {
  db.Exec("ALTER TABLE mentions ADD COLUMN date_start TEXT");
  db.Exec("ALTER TABLE mentions ADD COLUMN date_end TEXT");
  db.Exec("UPDATE mentions SET date_start = (SELECT date_start FROM passages WHERE id = mentions.passage_id), "
          "date_end = (SELECT date_end FROM passages WHERE id = mentions.passage_id)");
  db.Exec("DROP INDEX IF EXISTS mentions_place");
  db.Exec(kPlaceMonths.SchemaSql());
  kPlaceMonths.Rebuild(db);
}

// 2 -> 3: the new tables are created empty. Actors and events come from analysing the text
// again, so every document's hash is cleared: the next ingest of its file replaces it, and
// until then its passages and mentions stay as they were.
void PrepareForActorsAndEvents(SqliteDb& db) { db.Exec("UPDATE documents SET content_hash = ''"); }

bool HasColumn(SqliteDb& db, const std::string& table, const std::string& column) {
  Statement q(db, "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2");
  q.Bind(1, table).Bind(2, column);
  return q.Step() && q.Int(0) > 0;
}

// 3 -> 4: copies of text nothing read are dropped: each document's whole text (its passages
// hold what is kept of it) and each mention's surface (its span in the passage text).
void DropUnreadCopies(SqliteDb& db) {
  if (HasColumn(db, "documents", "text")) db.Exec("ALTER TABLE documents DROP COLUMN text");
  if (HasColumn(db, "mentions", "surface")) db.Exec("ALTER TABLE mentions DROP COLUMN surface");
}

//-----------------------------------------------------------------------------
// [SECTION] Opening
//-----------------------------------------------------------------------------

// 0 for a database without the meta table (a new file).
int StoredVersion(SqliteDb& db) {
  {
    // Reading sqlite_master also proves the file is a database at all.
    Statement q(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!q.Step() || q.Int(0) == 0) return 0;
  }
  Statement q(db, "SELECT value FROM meta WHERE key='schema_version'");
  return q.Step() ? std::stoi(q.Text(0)) : 0;
}

}  // namespace

void PrepareCorpusSchema(SqliteDb& db, SqliteDb::Mode mode) {
  const int version = StoredVersion(db);
  const std::string name = db.path().string();
  if (version > kCorpusSchemaVersion)
    throw AtlasError(name, "was written by a newer Caucasus Atlas (schema " + std::to_string(version) + ")");
  if (version == kCorpusSchemaVersion) return;
  if (mode == SqliteDb::Mode::kReadOnly) {
    if (version == 0) return;  // an empty file: nothing to read yet
    throw AtlasError(name, "was written by an older Caucasus Atlas (schema " + std::to_string(version) +
                               "); open it once for writing (ingest) to upgrade it");
  }
  Transaction tx(db);
  if (version == 1) AddMentionDates(db);
  if (version == 1 || version == 2) PrepareForActorsAndEvents(db);
  if (version >= 1) DropUnreadCopies(db);
  db.Exec(SchemaSql());
  Statement(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)")
      .Bind(1, std::to_string(kCorpusSchemaVersion))
      .Run();
  tx.Commit();
}

}  // namespace atlas::store

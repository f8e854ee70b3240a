// The corpus database's schema: its tables and indexes, its version, and the in-place
// migrations from older versions. No GL, no ImGui.
#pragma once
#include "store/sqlite_db.h"

namespace atlas::store {

// 1: documents, articles, passages (FTS5), mentions.
// 2: passage dates on mentions, place_months.
// 3: passage actors, events with their places and actors, actor_months.
// 4: documents no longer copy their whole text, nor mentions their surface.
inline constexpr int kCorpusSchemaVersion = 4;

// Checks the version of the database behind `db` and, in kReadWrite, creates or migrates its
// schema to the current one, keeping everything stored. Throws AtlasError naming the file
// when it is not a database, or was written by a newer program.
void PrepareCorpusSchema(SqliteDb& db, SqliteDb::Mode mode);

}  // namespace atlas::store

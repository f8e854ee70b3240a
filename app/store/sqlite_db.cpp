// SQLite connection, statements and transactions; see sqlite_db.h.
#include "store/sqlite_db.h"

#include <string>

#include "util/error.h"

namespace atlas::store {

SqliteDb::SqliteDb(const std::filesystem::path& path, Mode mode) : path_(path) {
  const int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw AtlasError(path.string(), "cannot open the corpus database: " + msg);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 5000);
}

SqliteDb::~SqliteDb() { sqlite3_close_v2(db_); }

void SqliteDb::Fail(std::string_view what) const {
  const int code = sqlite3_extended_errcode(db_);
  std::string problem = std::string(what) + ": " + sqlite3_errmsg(db_);
  if ((code & 0xff) == SQLITE_FULL) problem = std::string(what) + ": the disk is full";
  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
    problem = std::string(what) + ": the database file is damaged or not a corpus database";
  if ((code & 0xff) == SQLITE_READONLY) problem = std::string(what) + ": the database is read-only";
  throw AtlasError(path_.string(), problem);
}

int64_t SqliteDb::DataVersion() {
  Statement q(*this, "PRAGMA data_version");
  return q.Step() ? q.Int(0) : 0;
}

void SqliteDb::Exec(std::string_view sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    sqlite3_free(err);
    Fail("cannot run '" + std::string(sql.substr(0, 40)) + "'");
  }
}

Statement::Statement(SqliteDb& db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v3(db.handle(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    db.Fail("cannot prepare a query");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, int64_t v) {
  if (sqlite3_bind_int64(stmt_, index, v) != SQLITE_OK) db_.Fail("cannot bind a value");
  return *this;
}
Statement& Statement::Bind(int index, double v) {
  if (sqlite3_bind_double(stmt_, index, v) != SQLITE_OK) db_.Fail("cannot bind a value");
  return *this;
}
Statement& Statement::Bind(int index, std::string_view v) {
  if (sqlite3_bind_text(stmt_, index, v.data(), int(v.size()), SQLITE_TRANSIENT) != SQLITE_OK)
    db_.Fail("cannot bind a value");
  return *this;
}
Statement& Statement::BindNull(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_.Fail("cannot bind a value");
  return *this;
}

bool Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  db_.Fail("a query failed");
}

void Statement::Run() {
  while (Step()) {
  }
  Reset();
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::Text(int col) const { return std::string(TextView(col)); }

std::string_view Statement::TextView(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string_view(p, size_t(sqlite3_column_bytes(stmt_, col))) : std::string_view();
}

Transaction::Transaction(SqliteDb& db) : db_(db) {
  // Outside any transaction, take the write lock now (BEGIN IMMEDIATE) rather than failing
  // half-way when another writer appears; inside one, a savepoint nests.
  outermost_ = sqlite3_get_autocommit(db_.handle()) != 0;
  db_.Exec(outermost_ ? "BEGIN IMMEDIATE" : "SAVEPOINT atlas");
}

Transaction::~Transaction() {
  if (done_) return;
  if (outermost_) {
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  } else {
    sqlite3_exec(db_.handle(), "ROLLBACK TO atlas", nullptr, nullptr, nullptr);
    sqlite3_exec(db_.handle(), "RELEASE atlas", nullptr, nullptr, nullptr);
  }
}

void Transaction::Commit() {
  db_.Exec(outermost_ ? "COMMIT" : "RELEASE atlas");
  done_ = true;
}

}  // namespace atlas::store

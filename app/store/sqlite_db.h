// A thin, owning wrapper over one SQLite connection and its prepared statements: every error
// becomes an AtlasError naming the database file. Owns no schema; no GL, no ImGui.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace atlas::store {

class SqliteDb;

class Statement {
 public:
  Statement(SqliteDb& db, std::string_view sql);
  ~Statement();
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, int64_t v);
  Statement& Bind(int index, double v);
  Statement& Bind(int index, std::string_view v);
  Statement& Bind(int index, const std::string& v) { return Bind(index, std::string_view(v)); }
  Statement& Bind(int index, const char* v) { return Bind(index, std::string_view(v)); }
  Statement& BindNull(int index);
  Statement& BindOptional(int index, const std::optional<std::string>& v) {
    return v ? Bind(index, std::string_view(*v)) : BindNull(index);
  }
  // The index of a named parameter (":date_from"), 0 when the statement has none of that name.
  int ParameterIndex(const std::string& name) const { return sqlite3_bind_parameter_index(stmt_, name.c_str()); }

  bool Step();         // true while a row is available
  void Run();          // steps to completion
  void Reset();        // ready to bind and run again

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string Text(int col) const;
  // The same without a copy: valid until the next Step() or Reset().
  std::string_view TextView(int col) const;
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  SqliteDb& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class SqliteDb {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  // Opens (creating if needed, in kReadWrite) the database file. Throws AtlasError.
  SqliteDb(const std::filesystem::path& path, Mode mode);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  void Exec(std::string_view sql);
  [[noreturn]] void Fail(std::string_view what) const;
  sqlite3* handle() const { return db_; }
  const std::filesystem::path& path() const { return path_; }
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  // Rows changed through this connection so far.
  int64_t TotalChanges() const { return sqlite3_total_changes64(db_); }
  int64_t Changes() const { return sqlite3_changes64(db_); }  // rows the last statement changed
  // Changes when another connection commits (PRAGMA data_version).
  int64_t DataVersion();

 private:
  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
};

// One transaction (a SAVEPOINT, so transactions nest): commits on Commit(), rolls back if
// destroyed without it (an exception). The outermost one takes the write lock up front.
class Transaction {
 public:
  explicit Transaction(SqliteDb& db);
  ~Transaction();
  void Commit();

 private:
  SqliteDb& db_;
  bool outermost_ = false;
  bool done_ = false;
};

}  // namespace atlas::store

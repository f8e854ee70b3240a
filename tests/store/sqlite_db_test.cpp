// SqliteDb transactions: nested ones are savepoints; an inner rollback keeps the outer work;
// an outer rollback undoes everything.
#include <gtest/gtest.h>

#include <filesystem>

#include "store/sqlite_db.h"

namespace atlas::store {
namespace {
namespace fs = std::filesystem;

int64_t Count(SqliteDb& db) {
  Statement q(db, "SELECT count(*) FROM t");
  return q.Step() ? q.Int(0) : -1;
}

TEST(Transaction, NestsAsSavepoints) {
  const fs::path path = fs::temp_directory_path() / ("atlas-tx-" + std::to_string(::getpid()) + ".sqlite");
  {
    SqliteDb db(path, SqliteDb::Mode::kReadWrite);
    db.Exec("CREATE TABLE t(x)");
    {
      Transaction outer(db);
      db.Exec("INSERT INTO t VALUES (1)");
      {
        Transaction inner(db);
        db.Exec("INSERT INTO t VALUES (2)");
        inner.Commit();
      }
      {
        Transaction failed(db);
        db.Exec("INSERT INTO t VALUES (3)");
      }  // rolled back alone
      outer.Commit();
    }
    EXPECT_EQ(Count(db), 2);
    {
      Transaction outer(db);
      db.Exec("INSERT INTO t VALUES (4)");
      Transaction inner(db);
      db.Exec("INSERT INTO t VALUES (5)");
      inner.Commit();
    }  // the outer one rolls everything back
    EXPECT_EQ(Count(db), 2);
  }
  fs::remove(path);
}

}  // namespace
}  // namespace atlas::store

// Faults a user meets: the program killed mid-ingest, a disk that fills up while the store, a
// view or an export is written, a data folder that cannot be written, missing fonts, and no
// GPU context. Each gives one clear line (or, for SIGKILL, a store that reopens consistent),
// and nothing saved before is damaged.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "store/corpus_store.h"

namespace atlas::testing {
namespace {
namespace fs = std::filesystem;

const fs::path kSource = ATLAS_SOURCE_DIR;

std::string ReadBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A corpus folder of `copies` of every bundled article (distinct files, so each is work).
void MakeCorpus(const fs::path& dir, int copies) {
  fs::create_directories(dir);
  int n = 0;
  for (const auto& e : fs::directory_iterator(kSource / "assets/corpus"))
    for (int c = 0; c < copies; ++c) {
      // A distinct first line per copy, so no two files have the same content.
      std::ofstream(dir / ("copy" + std::to_string(c) + "_" + e.path().filename().string()), std::ios::binary)
          << "Copy " << c << "\n" << ReadBytes(e.path());
      ++n;
    }
}

struct StoreState {
  std::string integrity;
  int64_t documents = 0, documents_without_articles = 0, passages = 0;
};

StoreState Inspect(const fs::path& db) {
  store::CorpusStore store(db, store::SqliteDb::Mode::kReadOnly);
  StoreState s;
  store::Statement check(store.db(), "PRAGMA integrity_check");
  if (check.Step()) s.integrity = check.Text(0);
  store::Statement counts(store.db(),
                          "SELECT (SELECT COUNT(*) FROM documents), "
                          "(SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)), "
                          "(SELECT COUNT(*) FROM passages)");
  if (counts.Step()) {
    s.documents = counts.Int(0);
    s.documents_without_articles = counts.Int(1);
    s.passages = counts.Int(2);
  }
  return s;
}

TEST(Faults, KilledMidIngestTheStoreReopensConsistentAndARerunCompletes) {
  TempDir dir;
  const fs::path db = dir / "corpus.sqlite";
  // What was stored before must survive every kill.
  ASSERT_EQ(RunAtlas({"ingest", "--quiet", "--db", db.string(), (kSource / "assets/corpus").string()}).exit_code, 0);
  const StoreState before = Inspect(db);
  ASSERT_GT(before.documents, 0);

  MakeCorpus(dir / "more", 6);
  // Kill at spread-out moments: while opening, while analysing, while committing batches.
  int killed = 0;
  for (double seconds : {0.05, 0.2, 0.45, 0.8, 1.3, 2.0}) {
    const CliResult r = RunAtlas({"ingest", "--quiet", "--db", db.string(), (dir / "more").string()}, {},
                                 RunLimits{.kill_after_seconds = seconds});
    killed += r.exit_code == 128 + 9;
    const StoreState s = Inspect(db);
    EXPECT_EQ(s.integrity, "ok") << "after a kill at " << seconds << " s";
    EXPECT_GE(s.documents, before.documents) << "nothing stored before is lost";
    EXPECT_EQ(s.documents_without_articles, 0) << "a file is stored whole or not at all";
  }
  EXPECT_GT(killed, 0) << "no run was killed mid-way: make the corpus bigger";

  const CliResult rerun = RunAtlas({"ingest", "--quiet", "--db", db.string(), (dir / "more").string()});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  // The same as one clean ingest of everything.
  const fs::path clean = dir / "clean.sqlite";
  RunAtlas({"ingest", "--quiet", "--db", clean.string(), (kSource / "assets/corpus").string()});
  RunAtlas({"ingest", "--quiet", "--db", clean.string(), (dir / "more").string()});
  const StoreState after = Inspect(db), expected = Inspect(clean);
  EXPECT_EQ(after.documents, expected.documents);
  EXPECT_EQ(after.passages, expected.passages);
}

TEST(Faults, DiskFullWhileIngestingKeepsWhatWasStored) {
  TempDir dir;
  const fs::path db = dir / "corpus.sqlite";
  ASSERT_EQ(RunAtlas({"ingest", "--quiet", "--db", db.string(), (kSource / "assets/corpus").string()}).exit_code, 0);
  const StoreState before = Inspect(db);
  MakeCorpus(dir / "more", 8);
  // Room for a little more than the store holds now: the big batch cannot fit.
  const uint64_t room = fs::file_size(db) + (256 << 10);
  const CliResult r = RunAtlas({"ingest", "--quiet", "--db", db.string(), (dir / "more").string()}, {},
                               RunLimits{.max_file_bytes = room});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128) << "an error exit, not a crash: " << r.err;
  ASSERT_FALSE(r.ErrLines().empty());
  EXPECT_NE(r.ErrLines().back().find(db.string()), std::string::npos) << r.err;
  const StoreState after = Inspect(db);
  EXPECT_EQ(after.integrity, "ok");
  EXPECT_GE(after.documents, before.documents);
  EXPECT_EQ(after.documents_without_articles, 0);
}

TEST(Faults, DiskFullWhileExportingLeavesTheOldPictureAlone) {
  TempDir dir;
  const fs::path out = dir / "map.png";
  const std::vector<std::string> args{"export", "--quiet", "--view", (kSource / "assets/views/south_caucasus.json").string(),
                                      "--out", out.string(), "--width", "1200", "--height", "800"};
  ASSERT_EQ(RunAtlas(args).exit_code, 0);
  const std::string good = ReadBytes(out);
  const CliResult r = RunAtlas(args, {}, RunLimits{.max_file_bytes = 64 << 10});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128) << r.err;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r.err;
  EXPECT_NE(r.ErrLines()[0].find(out.string()), std::string::npos) << r.err;
  EXPECT_EQ(ReadBytes(out), good) << "the picture saved before is untouched";
  for (const auto& e : fs::directory_iterator(dir.path()))
    EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << "no temporary file left";
}

TEST(Faults, DataFolderThatCannotBeWrittenIsOneLine) {
  // /proc cannot hold folders, even for root (tests may run as root, for whom permissions do not bind).
  const CliResult r = RunAtlas({"ingest", (kSource / "assets/corpus").string()}, {{"XDG_DATA_HOME", "/proc/atlas-data"}});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128);
  ASSERT_EQ(r.ErrLines().size(), 1u) << r.err;
  EXPECT_NE(r.ErrLines()[0].find("/proc/atlas-data"), std::string::npos) << r.err;
}

TEST(Faults, MissingFontsAreNamed) {
  TempDir data;
  fs::create_directories(data / "assets");
  for (const char* keep : {"views", "gazetteer", "curated", "actors", "corpus"})
    fs::create_directory_symlink(kSource / "assets" / keep, data / "assets" / keep);
  fs::create_directory_symlink(kSource / "geodata", data / "geodata");
  const CliResult r = RunAtlas({"export", "--view", (kSource / "assets/views/south_caucasus.json").string(), "--out",
                                (data / "map.png").string(), "--width", "400", "--height", "300"},
                               {{"CAUCASUS_ATLAS_DATA", data.path().string()}});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128);
  ASSERT_EQ(r.ErrLines().size(), 1u) << r.err;
  EXPECT_NE(r.ErrLines()[0].find("fonts"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(data / "map.png"));
}

TEST(Faults, NoGpuContextIsOneLine) {
  // No EGL vendor library at all: no context can be made.
  TempDir dir;
  const CliResult r = RunAtlas({"export", "--view", (kSource / "assets/views/south_caucasus.json").string(), "--out",
                                (dir / "map.png").string(), "--width", "400", "--height", "300"},
                               {{"__EGL_VENDOR_LIBRARY_FILENAMES", (dir / "no-such-vendor.json").string()},
                                {"__EGL_VENDOR_LIBRARY_DIRS", (dir / "none").string()}});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128);
  ASSERT_EQ(r.ErrLines().size(), 1u) << r.err;
  EXPECT_NE(r.ErrLines()[0].find("EGL"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace atlas::testing

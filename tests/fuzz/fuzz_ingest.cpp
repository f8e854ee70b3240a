// libFuzzer target: arbitrary bytes ingested into a corpus store, as a .txt, .md or .html
// file (the first byte picks). Each run replaces the same file, so the store sees add and
// replace; afterwards the store must hold exactly one document for it (or none when the bytes
// were refused) and answer a count query. Bad bytes are skipped with a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "store/corpus_ingest.h"
#include "store/corpus_store.h"
#include "util/error.h"
#include "fuzz_work_dir.h"

namespace {
namespace fs = std::filesystem;

void Check(bool ok) {
  if (!ok) std::abort();
}

const fs::path& WorkDir() { return atlas::fuzz::FuzzWorkDir("fuzz-ingest"); }

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("CAUCASUS_ATLAS_DATA", ATLAS_SOURCE_DIR, 0);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* kNames[] = {"article.txt", "article.md", "article.html"};
  // Clear the other names so that only this run's file is in the folder.
  for (const char* name : kNames) fs::remove(WorkDir() / "in" / name);
  fs::create_directories(WorkDir() / "in");
  const fs::path file = WorkDir() / "in" / kNames[data[0] % 3];
  std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data + 1), std::streamsize(size - 1));

  atlas::store::IngestOptions options;
  options.inputs = {file};
  options.database = WorkDir() / "corpus.sqlite";
  const atlas::store::IngestSummary summary = atlas::store::IngestCorpus(options);
  Check(summary.files.size() == 1);
  const auto status = summary.files[0].status;
  Check(status == atlas::store::IngestStatus::kAdded || status == atlas::store::IngestStatus::kReplaced ||
        status == atlas::store::IngestStatus::kUnchanged || status == atlas::store::IngestStatus::kSkipped);

  atlas::store::CorpusStore store(options.database, atlas::store::SqliteDb::Mode::kReadOnly);
  atlas::store::Statement q(store.db(), "SELECT COUNT(*) FROM documents WHERE path LIKE '%' || ?1");
  q.Bind(1, file.filename().string());
  Check(q.Step());
  const int64_t stored = q.Int(0);
  if (status == atlas::store::IngestStatus::kSkipped) Check(stored <= 1);  // an older version may stay
  else Check(stored == 1);
  return 0;
}

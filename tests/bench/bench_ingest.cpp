// bench_ingest: full ingest (read, segment, link, store with FTS5) of a corpus synthesised
// from assets/corpus, then the same files again (every one unchanged: the incremental path),
// then the store's own share: the same documents, analysed in memory first (with actors and
// events), written in ingest's batches with only the writes timed; then the full-text index
// alone over those passages, which no ingest keeping it can outrun.
// Prints MB/s and what the store holds; asserts nothing about time.
//
// usage: bench_ingest [--mb N]   (default 100)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <memory>

#include "store/corpus_ingest.h"
#include "text/actor_tagger.h"
#include "text/mention_linker.h"
#include "bench_table.h"
#include "synthetic_corpus.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Seconds spent in CorpusStore::ReplaceDocuments writing `files` (analysed beforehand, in
// batches of about 8 MB like ingest's) into a new store at `db`.
double StoreWriteSeconds(const std::vector<std::string>& files, const fs::path& db) {
  atlas::store::CorpusStore store(db);
  double seconds = 0;
  std::vector<std::unique_ptr<atlas::text::Document>> docs;
  std::vector<atlas::store::CorpusStore::DocumentToStore> batch;
  int64_t batch_bytes = 0;
  auto flush = [&] {
    const auto t0 = Clock::now();
    if (!batch.empty()) store.ReplaceDocuments(batch);
    seconds += std::chrono::duration<double>(Clock::now() - t0).count();
    batch.clear();
    docs.clear();
    batch_bytes = 0;
  };
  for (const std::string& file : files) {
    docs.push_back(std::make_unique<atlas::text::Document>(atlas::bench::PrepareWithActorsAndEvents(file)));
    const int64_t size = int64_t(fs::file_size(file));
    batch.push_back({{file, "synthetic-" + std::to_string(batch_bytes), size}, docs.back().get()});
    batch_bytes += size;
    if (batch_bytes >= (int64_t(8) << 20)) flush();
  }
  flush();
  return seconds;
}

// The least any store of this design writes: the passages' text and its FTS5 index,
// nothing else, copied from the store at `written` in batches of about 8 MB of text each
// committed on its own, as ingest does. SQLite allows one writer, so no ingest keeping
// these can outrun it.
struct TextFloor {
  double passages_seconds = 0, fts_seconds = 0;  // the commits counted with the index
};

TextFloor TextFloorSeconds(const fs::path& written, const fs::path& db) {
  atlas::store::CorpusStore store(db);
  atlas::store::SqliteDb& sql = store.db();
  sql.Exec("ATTACH DATABASE '" + written.string() + "' AS src");
  {
    atlas::store::Transaction tx(sql);
    sql.Exec("INSERT INTO documents SELECT * FROM src.documents; INSERT INTO articles SELECT * FROM src.articles");
    tx.Commit();
  }
  std::vector<int64_t> ends;  // the last passage id of each batch
  {
    atlas::store::Statement q(sql, "SELECT id, length(CAST(text AS BLOB)) FROM src.passages ORDER BY id");
    int64_t bytes = 0;
    while (q.Step()) {
      bytes += q.Int(1);
      if (bytes >= (int64_t(8) << 20)) {
        ends.push_back(q.Int(0));
        bytes = 0;
      }
    }
    ends.push_back(std::numeric_limits<int64_t>::max());
  }
  TextFloor floor;
  int64_t from = 0;
  for (const int64_t to : ends) {
    auto t0 = Clock::now();
    atlas::store::Transaction tx(sql);
    atlas::store::Statement(sql, "INSERT INTO passages SELECT * FROM src.passages WHERE id > ?1 AND id <= ?2")
        .Bind(1, from)
        .Bind(2, to)
        .Run();
    auto t1 = Clock::now();
    atlas::store::Statement(sql, "INSERT INTO passages_fts(rowid, text) SELECT id, text FROM passages "
                                 "WHERE id > ?1 AND id <= ?2")
        .Bind(1, from)
        .Bind(2, to)
        .Run();
    tx.Commit();
    floor.passages_seconds += std::chrono::duration<double>(t1 - t0).count();
    floor.fts_seconds += std::chrono::duration<double>(Clock::now() - t1).count();
    from = to;
  }
  return floor;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 100;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--mb") == 0) mb = size_t(std::atol(argv[i + 1]));
  const fs::path dir = fs::temp_directory_path() / ("bench_ingest_" + std::to_string(::getpid()));
  fs::create_directories(dir / "corpus");
  size_t bytes = 0;
  const auto files = atlas::bench::SynthesiseCorpus(dir / "corpus", mb, &bytes);
  atlas::text::BundledLinker();  // the gazetteer and actor loads are not ingest work
  atlas::text::BundledActorTagger();

  atlas::store::IngestOptions options;
  options.inputs = {dir / "corpus"};
  options.database = dir / "corpus.sqlite";
  const atlas::store::IngestSummary first = atlas::store::IngestCorpus(options);
  const atlas::store::IngestSummary again = atlas::store::IngestCorpus(options);
  const double store_seconds = StoreWriteSeconds(files, dir / "written.sqlite");
  const TextFloor floor = TextFloorSeconds(dir / "written.sqlite", dir / "floor.sqlite");
  atlas::store::CorpusStore written(dir / "written.sqlite");
  const atlas::store::StoredCounts holds = written.Counts();
  const double total_mb = double(bytes) / 1e6;
  using atlas::bench::PrintBenchRow;
  std::printf("# ingest corpus: %.1f MB in %zu files; the store holds %lld passages, %lld mentions, "
              "%lld actor mentions, %lld events\n",
              total_mb, files.size(), static_cast<long long>(first.totals.passages),
              static_cast<long long>(first.totals.mentions), static_cast<long long>(holds.actor_mentions),
              static_cast<long long>(holds.events));
  PrintBenchRow("ingest: read, segment, link, store", total_mb / first.seconds, "MB/s", ">= 30");
  PrintBenchRow("ingest: again, every file unchanged", total_mb / again.seconds, "MB/s");
  PrintBenchRow("ingest: store size per MB of text", double(fs::file_size(options.database)) / 1e6 / total_mb, "MB");
  PrintBenchRow("ingest: store writes alone, with actors and events", total_mb / store_seconds, "MB/s");
  PrintBenchRow("ingest floor: SQLite FTS5 indexing the passages alone", total_mb / floor.fts_seconds, "MB/s");
  PrintBenchRow("ingest floor: passage text and its FTS5 index, nothing else",
                total_mb / (floor.passages_seconds + floor.fts_seconds), "MB/s");
  fs::remove_all(dir);
  return 0;
}

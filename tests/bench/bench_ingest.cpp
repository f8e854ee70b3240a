// bench_ingest: full ingest (read, segment, link, store with FTS5) of a corpus synthesised
// from assets/corpus, then the same files again (every one unchanged: the incremental path).
// Prints MB/s and what the store holds; asserts nothing about time.
//
// usage: bench_ingest [--mb N]   (default 100)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "store/corpus_ingest.h"
#include "text/mention_linker.h"
#include "synthetic_corpus.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  size_t mb = 100;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--mb") == 0) mb = size_t(std::atol(argv[i + 1]));
  const fs::path dir = fs::temp_directory_path() / ("bench_ingest_" + std::to_string(::getpid()));
  fs::create_directories(dir / "corpus");
  size_t bytes = 0;
  const auto files = atlas::bench::SynthesiseCorpus(dir / "corpus", mb, &bytes);
  atlas::text::BundledLinker();  // the gazetteer load is not ingest work

  atlas::store::IngestOptions options;
  options.inputs = {dir / "corpus"};
  options.database = dir / "corpus.sqlite";
  const atlas::store::IngestSummary first = atlas::store::IngestCorpus(options);
  const atlas::store::IngestSummary again = atlas::store::IngestCorpus(options);
  const double total_mb = double(bytes) / 1e6;
  std::printf("%-44s %10s\n", "ingest figure", "measured");
  std::printf("%-44s %7.1f MB (%zu files)\n", "synthesised corpus", total_mb, files.size());
  std::printf("%-44s %8.1f MB/s (goal 30)\n", "full ingest: read, segment, link, store", total_mb / first.seconds);
  std::printf("%-44s %8.1f MB/s\n", "re-ingest, every file unchanged", total_mb / again.seconds);
  std::printf("%-44s %7.1f MB\n", "store size", double(fs::file_size(options.database)) / 1e6);
  std::printf("%-44s %lld passages, %lld mentions\n", "store holds", static_cast<long long>(first.totals.passages),
              static_cast<long long>(first.totals.mentions));
  fs::remove_all(dir);
  return 0;
}

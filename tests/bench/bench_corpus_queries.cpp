// bench_corpus_queries: the map's interactive corpus queries on a corpus N times the bundled
// one (default 100x, about 20 MB and 50k passages): click -> Sources (passages of a place with
// their mentions), full-text search, place-name search, and a date-filter change (counts and
// markers). Prints milliseconds; asserts nothing about time.
//
// usage: bench_corpus_queries [--copies N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <vector>

#include "map/place_markers.h"
#include "store/corpus_ingest.h"
#include "store/corpus_queries.h"
#include "synthetic_corpus.h"
#include "text/mention_linker.h"
#include "text/text_normalizer.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Median of `runs` timings of fn, in milliseconds.
double MedianMs(int runs, const std::function<void()>& fn) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    fn();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int copies = 100;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--copies") == 0) copies = std::atoi(argv[i + 1]);
  const fs::path dir = fs::temp_directory_path() / ("bench_queries_" + std::to_string(::getpid()));
  fs::create_directories(dir / "corpus");
  size_t bytes = 0;
  atlas::bench::SynthesiseCorpus(dir / "corpus", size_t(copies) * 223 / 1000 + 1, &bytes);
  atlas::store::IngestOptions ingest;
  ingest.inputs = {dir / "corpus"};
  ingest.database = dir / "corpus.sqlite";
  const auto summary = atlas::store::IngestCorpus(ingest);
  atlas::store::CorpusStore store(ingest.database);
  atlas::store::CorpusQueries q(store);
  const auto& gazetteer = atlas::text::BundledLinker().gazetteer();
  atlas::geo::MapProjection projection;

  std::printf("corpus: %.1f MB, %lld passages, %lld mentions\n", double(bytes) / 1e6,
              static_cast<long long>(summary.totals.passages), static_cast<long long>(summary.totals.mentions));
  std::printf("%-52s %9s %7s\n", "query (median of 9)", "measured", "goal");
  for (const char* place : {"lachin", "shusha", "russia"}) {
    size_t n = 0;
    const double ms = MedianMs(9, [&] { n = q.PassagesMentioning({place}, {}, 500).size(); });
    std::printf("click %-8s -> Sources (%4zu passages listed)        %7.1f ms %5d ms\n", place, n, ms, 50);
  }
  for (const char* words : {"peacekeepers", "Lachin corridor", "pipeline"}) {
    size_t n = 0;
    const double ms = MedianMs(9, [&] { n = q.Search(words, {}, 200).size(); });
    std::printf("full-text search %-18s (%3zu results)     %7.1f ms %5d ms\n", words, n, ms, 100);
  }
  // Place-name search as the search box does it: fold the query, prefix-scan the names.
  {
    std::vector<std::string> folded;
    for (const auto& e : gazetteer.entries())
      for (const auto& n : e.names) folded.push_back(atlas::text::TextNormalizer::Instance().FoldString(n.text));
    std::sort(folded.begin(), folded.end());
    const double ms = MedianMs(9, [&] {
      const std::string key = atlas::text::TextNormalizer::Instance().FoldString("Şuşa");
      auto it = std::lower_bound(folded.begin(), folded.end(), key);
      size_t hits = 0;
      for (; it != folded.end() && it->compare(0, key.size(), key) == 0; ++it) ++hits;
    });
    std::printf("place-name search \"Şuşa\"                             %7.2f ms %5d ms\n", ms, 100);
  }
  {
    const double ms = MedianMs(5, [&] {
      auto counts = q.CountMentionsByPlace({"2020-09-01", "2020-12-31"});
      auto markers = atlas::map::BuildPlaceMarkers(gazetteer, counts, projection, atlas::map::NamingConvention::kBoth);
    });
    std::printf("date filter change -> counts and markers               %7.1f ms\n", ms);
  }
  fs::remove_all(dir);
  return 0;
}

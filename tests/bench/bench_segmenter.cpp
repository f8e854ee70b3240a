// bench_segmenter: Segmenter::Segment throughput on copies of assets/corpus (documents read
// once, in memory), and the date parser alone over the same text. Prints MB/s of CPU time (what
// one core spent, whatever else the machine runs); asserts nothing about time.
//
// usage: bench_segmenter [--mb N]   (default 20)
#include <algorithm>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "text/date_parser.h"
#include "text/document_reader.h"
#include "text/segmenter.h"
#include "util/data_paths.h"
#include "bench_table.h"

namespace fs = std::filesystem;

namespace {

// CPU time of this process (user + system).
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// Copies of the bundled articles, read once, until they add up to `mb` megabytes.
std::vector<atlas::text::Document> CorpusCopies(size_t mb, size_t* bytes) {
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(atlas::AssetsDir() / "corpus"))
    if (e.path().extension() == ".txt") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  std::vector<atlas::text::Document> originals;
  for (const auto& src : sources) originals.push_back(atlas::text::ReadDocument(src));
  std::vector<atlas::text::Document> docs;
  *bytes = 0;
  while (*bytes < mb * 1000000)
    for (const auto& doc : originals) {
      docs.push_back(doc);
      *bytes += doc.text.size();
    }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 20;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--mb") == 0) mb = size_t(std::atol(argv[i + 1]));
  if (!std::getenv("CAUCASUS_ATLAS_DATA")) setenv("CAUCASUS_ATLAS_DATA", ATLAS_SOURCE_DIR, 0);
  size_t bytes = 0;
  std::vector<atlas::text::Document> docs = CorpusCopies(mb, &bytes);
  const double total_mb = double(bytes) / 1e6;

  const atlas::text::Segmenter segmenter;
  double start = CpuSeconds();
  size_t articles = 0;
  for (atlas::text::Document& doc : docs) {
    segmenter.Segment(doc);
    articles += doc.articles.size();
  }
  const double segment_seconds = CpuSeconds() - start;

  const atlas::text::DateExpressionParser parser;
  start = CpuSeconds();
  size_t dates = 0;
  for (const atlas::text::Document& doc : docs) dates += parser.FindAll(doc.text).size();
  const double parse_seconds = CpuSeconds() - start;

  std::printf("# segmenter corpus: %.1f MB in %zu documents; %zu articles, %zu date expressions\n", total_mb,
              docs.size(), articles, dates);
  atlas::bench::PrintBenchRow("segmenter: Segmenter::Segment", total_mb / segment_seconds, "MB/s", ">= 100");
  atlas::bench::PrintBenchRow("segmenter: dates found in whole texts", total_mb / parse_seconds, "MB/s");
  return 0;
}

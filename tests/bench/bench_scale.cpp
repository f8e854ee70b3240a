// Scale benchmark (prints numbers, asserts nothing): the bundled corpus at 1x, 10x, 100x and
// 1000x its size (copies of its articles), each ingested by the real CLI into a new store and
// opened by the real GUI. Per scale: ingest MB/s and peak memory, store size, time to first
// frame, frame times and GUI memory, click -> Sources and search latency. Then how each figure
// grows with the corpus: an exponent of 1 is linear, 0 is flat.
//
// usage: bench_scale [--max N]   (N in 1, 10, 100, 1000; default 1000)
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "bench_process.h"
#include "bench_table.h"
#include "store/corpus_queries.h"
#include "store/corpus_store.h"
#include "synthetic_corpus.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using atlas::bench::PrintBenchRow;

namespace {

double MedianMs(const std::function<void()>& f) {
  std::vector<double> ms;
  for (int i = 0; i < 9; ++i) {
    const auto t0 = Clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return atlas::bench::Median(ms);
}

double FileMb(const fs::path& p) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  return ec ? 0 : double(size) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  int max_scale = 1000;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--max") == 0) max_scale = std::atoi(argv[i + 1]);
  const std::string exe = ATLAS_EXE;
  const fs::path dir = fs::temp_directory_path() / ("bench_scale_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string env = "XDG_CONFIG_HOME=" + (dir / "config").string() + " XDG_DATA_HOME=" + (dir / "data").string();

  std::map<std::string, std::map<int, double>> series;  // figure -> scale -> value
  std::map<int, double> corpus_mb;
  for (int scale : {1, 10, 100, 1000}) {
    if (scale > max_scale) break;
    const std::string tag = "scale " + std::to_string(scale) + "x: ";
    // The corpus: the bundled articles, or copies of them.
    fs::path corpus = fs::path(ATLAS_SOURCE_DIR) / "assets/corpus";
    size_t bytes = 0;
    if (scale > 1) {
      corpus = dir / ("corpus" + std::to_string(scale));
      fs::create_directories(corpus);
      atlas::bench::SynthesiseCorpus(corpus, size_t(scale) * 223 / 1000 + 1, &bytes);
    } else {
      for (const auto& e : fs::directory_iterator(corpus)) bytes += e.file_size();
    }
    const double mb = double(bytes) / 1e6;
    corpus_mb[scale] = mb;
    std::printf("# %scorpus %.1f MB\n", tag.c_str(), mb);

    // Ingest through the CLI, as an analyst would.
    const fs::path db = dir / ("corpus" + std::to_string(scale) + ".sqlite");
    const atlas::bench::ProgramRun ingest =
        atlas::bench::RunProgram({exe, "ingest", "--quiet", "--db", db.string(), corpus.string()});
    if (ingest.exit_code != 0) {
      std::fprintf(stderr, "bench_scale: ingest failed at %dx\n", scale);
      return 1;
    }
    if (scale > 1) fs::remove_all(corpus);  // the store is what is measured from here
    const double store_mb = FileMb(db) + FileMb(db.string() + "-wal");
    auto record = [&](const std::string& figure, double value, const char* unit, const std::string& goal = {}) {
      PrintBenchRow(tag + figure, value, unit, goal);
      series[figure][scale] = value;
    };
    record("ingest", mb / ingest.seconds, "MB/s", ">= 30");
    record("ingest time", ingest.seconds, "s");
    record("ingest peak memory", ingest.peak_mb, "MB");
    record("store size", store_mb, "MB");

    // The GUI on that store: first frame, steady frame times, memory.
    const auto gui = atlas::bench::RunCommand(env + " xvfb-run -a -s '-screen 0 1920x1080x24' " + exe + " --db " +
                                              db.string() + " --size 1920x1080 --exit-after-frames 200 2>&1");
    const auto f = atlas::bench::ParseFigures(gui.out);
    if (gui.status != 0 || !f.count("first_frame_s")) {
      std::fprintf(stderr, "bench_scale: the GUI run failed at %dx:\n%s\n", scale, gui.out.c_str());
      return 1;
    }
    record("time to first frame", f.at("first_frame_s"), "s", "<= 0.5 s");
    record("frame time p99, panning", f.at("frame_p99_ms"), "ms", "<= 16 ms");
    record("GUI peak memory", f.at("peak_rss_mb"), "MB");

    // Click -> Sources and search, as the GUI asks the store.
    atlas::store::CorpusStore store(db);
    atlas::store::CorpusQueries queries(store);
    record("click lachin -> Sources", MedianMs([&] { queries.PassagesMentioning({"lachin"}, {}); }), "ms",
           "<= 50 ms");
    record("full-text search peacekeepers", MedianMs([&] { queries.Search("peacekeepers", {}); }), "ms",
           "<= 100 ms");
    record("place counts for the map", MedianMs([&] { queries.CountMentionsByPlace({}); }), "ms");
  }

  // Growth: the exponent k in value ~ size^k between the smallest and largest scale measured.
  if (corpus_mb.size() >= 2) {
    const int lo = corpus_mb.begin()->first, hi = corpus_mb.rbegin()->first;
    const double size_ratio = corpus_mb[hi] / corpus_mb[lo];
    std::printf("# growth from %dx to %dx (corpus %.0f times larger): exponent k in value ~ size^k\n", lo, hi,
                size_ratio);
    for (const auto& [figure, values] : series) {
      if (figure == "ingest") continue;  // a rate: its time is the figure that must not grow faster than the corpus
      if (!values.count(lo) || !values.count(hi) || values.at(lo) <= 0 || values.at(hi) <= 0) continue;
      PrintBenchRow("scale growth exponent: " + figure, std::log(values.at(hi) / values.at(lo)) / std::log(size_ratio),
                    "", "<= 1 (linear)");
    }
  }
  fs::remove_all(dir);
  return 0;
}

// Basemap benchmark (prints numbers, asserts nothing): the GUI's time to first frame; its frame
// times at 1920x1080 with every layer on (under Xvfb, 600 frames panning, timed once the stored
// bundled corpus is loaded and 60 more frames have passed); an A4 300 dpi export's wall time
// from a cold process. Runs the real executable. usage: bench_basemap [REPEATS] [--copies N]
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench_process.h"
#include "bench_table.h"
#include "synthetic_corpus.h"

using atlas::bench::Median;
using atlas::bench::ParseFigures;

int main(int argc, char** argv) {
  int repeats = 3, copies = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--copies") == 0 && i + 1 < argc) copies = std::max(1, std::atoi(argv[++i]));
    else repeats = std::max(1, std::atoi(argv[i]));
  }
  const std::string exe = ATLAS_EXE;
  // A store with the corpus already in it, as on every start after the first: the bundled
  // articles, or copies of them adding up to `copies` times their size.
  const std::string tmp = "/tmp/bench_basemap_" + std::to_string(getpid());
  const std::string db = tmp + ".sqlite";
  std::string corpus = ATLAS_SOURCE_DIR "/assets/corpus";
  if (copies > 1) {
    corpus = tmp + "_corpus";
    std::filesystem::create_directories(corpus);
    size_t bytes = 0;
    atlas::bench::SynthesiseCorpus(corpus, size_t(copies) * 223 / 1000 + 1, &bytes);
  }
  if (atlas::bench::RunCommand(exe + " ingest --quiet --db " + db + " " + corpus + " >/dev/null 2>&1").status != 0) {
    std::fprintf(stderr, "bench_basemap: could not prepare the corpus store\n");
    return 1;
  }
  const std::string env = "XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) ";

  std::vector<double> first, median, p99, rss;
  for (int i = 0; i < repeats; ++i) {
    atlas::bench::CommandRun gui = atlas::bench::RunCommand(env + "xvfb-run -a -s '-screen 0 1920x1080x24' " + exe +
                      " --db " + db + " --size 1920x1080 --exit-after-frames 600 2>&1");
    auto f = ParseFigures(gui.out);
    if (gui.status != 0 || !f.count("first_frame_s")) {
      std::fprintf(stderr, "bench_basemap: the GUI run failed:\n%s\n", gui.out.c_str());
      return 1;
    }
    first.push_back(f["first_frame_s"]);
    median.push_back(f["frame_median_ms"]);
    p99.push_back(f["frame_p99_ms"]);
    rss.push_back(f["peak_rss_mb"]);
  }

  std::vector<double> a4;
  const std::string out = "/tmp/bench_basemap_a4_" + std::to_string(getpid()) + ".png";
  for (int i = 0; i < (copies == 1 ? repeats : 0); ++i) {
    atlas::bench::CommandRun exp = atlas::bench::RunCommand(env + exe + " export --quiet --view " +
                                                            ATLAS_SOURCE_DIR "/tests/bench/a4_300dpi.json --out " + out +
                                                            " 2>&1");
    if (exp.status != 0) {
      std::fprintf(stderr, "bench_basemap: the export failed:\n%s\n", exp.out.c_str());
      return 1;
    }
    a4.push_back(exp.seconds);
  }
  unlink(out.c_str());
  if (copies > 1) std::filesystem::remove_all(corpus);
  for (const char* suffix : {"", "-wal", "-shm"}) unlink((db + suffix).c_str());

  using atlas::bench::PrintBenchRow;
  const std::string scale = copies > 1 ? ", " + std::to_string(copies) + "x corpus" : "";
  std::printf("# basemap figures are medians of %d runs\n", repeats);
  PrintBenchRow("gui: time to first frame, 1920x1080" + scale, Median(first), "s", "<= 0.5 s");
  PrintBenchRow("gui: frame time median, panning, all layers" + scale, Median(median), "ms", "<= 16 ms");
  PrintBenchRow("gui: frame time p99, panning, all layers" + scale, Median(p99), "ms", "<= 16 ms");
  PrintBenchRow("gui: peak memory" + scale, Median(rss), "MB");
  if (copies == 1)  // the export draws no corpus: one figure whatever the store holds
    PrintBenchRow("export: A4 300 dpi (3508x2480), cold process", Median(a4), "s", "<= 1.5 s");
  return 0;
}

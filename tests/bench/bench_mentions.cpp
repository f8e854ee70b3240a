// bench_mentions: geoparsing throughput on >= 100 MB synthesised from assets/corpus, in
// process and through the CLI, against ripgrep searching the same files for every
// gazetteer name. Prints numbers; asserts nothing about time.
//
// usage: bench_mentions [--mb N] [--cli PATH-TO-caucasus-atlas] [--keep]
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "text/gazetteer.h"
#include "text/mention_linker.h"
#include "text/mentions_report.h"
#include "text/text_normalizer.h"
#include "bench_process.h"
#include "bench_table.h"
#include "synthetic_corpus.h"
#include "util/data_paths.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// CPU time of this process (user + system): what one core spent, whatever else the machine runs.
double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// Wall time of a program run, or -1 if it failed (rg exits 1 when nothing matched: not a failure).
double TimeCommand(const std::vector<std::string>& argv) {
  const atlas::bench::ProgramRun run = atlas::bench::RunProgram(argv);
  return run.exit_code >= 0 && run.exit_code <= 1 ? run.seconds : -1;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = 100;
  std::string cli = std::string(ATLAS_BINARY_DIR) + "/caucasus-atlas";
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--mb" && i + 1 < argc) mb = std::stoul(argv[++i]);
    else if (a == "--cli" && i + 1 < argc) cli = argv[++i];
    else if (a == "--keep") keep = true;
    else {
      std::cerr << "usage: bench_mentions [--mb N] [--cli PATH] [--keep]\n";
      return 2;
    }
  }
  if (!std::getenv("CAUCASUS_ATLAS_DATA")) setenv("CAUCASUS_ATLAS_DATA", ATLAS_SOURCE_DIR, 0);

  fs::path dir = fs::temp_directory_path() / ("bench_mentions_" + std::to_string(getpid()));
  fs::create_directories(dir / "corpus");
  size_t bytes = 0;
  std::vector<std::string> files = atlas::bench::SynthesiseCorpus(dir / "corpus", mb, &bytes);
  const double total_mb = bytes / 1e6;
  std::printf("# corpus: %zu files, %.1f MB (copies of assets/corpus)\n", files.size(), total_mb);

  auto start = Clock::now();
  const atlas::text::MentionLinker& linker = atlas::text::BundledLinker();
  std::printf("# gazetteer: %zu entries, %zu patterns, ready in %.2f s (matcher %s)\n",
              linker.gazetteer().entries().size(), linker.pattern_count(), Seconds(start),
              linker.matcher_from_cache() ? "from cache" : "compiled");

  // In process, one thread: read, decode, fold, scan, resolve, format JSON to /dev/null.
  std::ofstream devnull("/dev/null");
  std::ostringstream err;
  atlas::text::MentionsOptions options;
  options.files = files;
  options.linker = &linker;
  // The normaliser alone, in memory, over the first file of each kind.
  {
    std::string sample;
    for (size_t i = 0; i < files.size() && sample.size() < (size_t(20) << 20); ++i) {
      std::ifstream in(files[i], std::ios::binary);
      sample.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    atlas::text::FoldedText folded;
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      double t = CpuSeconds();
      atlas::text::TextNormalizer::Instance().FoldInto(sample, &folded);
      best = std::min(best, CpuSeconds() - t);
    }
    atlas::bench::PrintBenchRow("mentions: normaliser alone, in memory, 1 thread", sample.size() / 1e6 / best, "MB/s");
  }

  // The machine is shared: take the best of a few runs.
  double in_process = 1e9, cpu = 1e9;
  for (int run = 0; run < 3; ++run) {
    start = Clock::now();
    double cpu_start = CpuSeconds();
    atlas::text::WriteMentionsJsonl(options, devnull, err);
    in_process = std::min(in_process, Seconds(start));
    cpu = std::min(cpu, CpuSeconds() - cpu_start);
  }
  atlas::bench::PrintBenchRow("mentions: in process, 1 thread, best of 3", total_mb / in_process, "MB/s", ">= 100");
  atlas::bench::PrintBenchRow("mentions: in process, per CPU second", total_mb / cpu, "MB/s");

  double cli_time = -1;
  if (fs::exists(cli)) {
    std::vector<std::string> args{cli, "mentions"};
    args.insert(args.end(), files.begin(), files.end());
    for (int run = 0; run < 3; ++run) {  // best of 3, as in process
      const double t = TimeCommand(args);
      if (t < 0) {
        cli_time = -1;
        break;
      }
      cli_time = cli_time < 0 ? t : std::min(cli_time, t);
    }
    if (cli_time > 0)
      atlas::bench::PrintBenchRow("mentions: CLI, whole process, 1 thread, best of 3", total_mb / cli_time, "MB/s", ">= 100");
    else std::printf("# mentions (CLI): failed to run %s\n", cli.c_str());
  } else {
    std::printf("# mentions (CLI): skipped, %s not built\n", cli.c_str());
  }

  // ripgrep over the same files for every name the gazetteer knows, as written.
  fs::path names = dir / "names.txt";
  {
    std::ofstream out(names);
    for (const auto& e : linker.gazetteer().entries())
      for (const auto& n : e.names) out << n.text << '\n';
  }
  for (const char* threads : {"", "-j1"}) {
    std::vector<std::string> args{"rg", "-i", "-F", "-f", names.string()};
    if (*threads) args.push_back(threads);
    args.insert(args.end(), files.begin(), files.end());
    double rg = TimeCommand(args);
    if (rg < 0) {
      std::printf("# ripgrep%s: failed (is ripgrep installed?)\n", *threads ? " -j1" : "");
      continue;
    }
    const std::string how = *threads ? ", 1 thread" : ", all threads";
    atlas::bench::PrintBenchRow("ripgrep -i -F -f <every name>" + how, total_mb / rg, "MB/s");
    atlas::bench::PrintBenchRow("mentions in process time / ripgrep time" + how, in_process / rg, "x", "<= 3");
  }
  if (!keep) fs::remove_all(dir);
  return 0;
}

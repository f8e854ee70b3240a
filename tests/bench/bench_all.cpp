// Every benchmark of the project in one run, printed as one table ("figure | measured unit |
// goal"). Given the table of another build (--against FILE), adds that build's figure and the
// ratio, so two builds compare side by side. Prints numbers; asserts nothing.
//
// usage: bench_all [--quick] [--against TABLE.txt]
//   --quick   the scale benchmark stops at 100x (the 1000x corpus takes minutes to ingest)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench_process.h"

namespace {

struct Row {
  std::string figure;
  double value = 0;
  std::string unit, goal;
};

// "figure | value unit | goal" as PrintBenchRow writes it; false for any other line.
bool ParseRow(const std::string& line, Row* row) {
  const size_t a = line.find(" | ");
  if (a == std::string::npos) return false;
  const size_t b = line.find(" | ", a + 3);
  if (b == std::string::npos) return false;
  std::string figure = line.substr(0, a);
  while (!figure.empty() && figure.back() == ' ') figure.pop_back();
  std::istringstream measured(line.substr(a + 3, b - a - 3));
  if (!(measured >> row->value)) return false;
  measured >> row->unit;
  row->figure = figure;
  row->goal = line.substr(b + 3);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  std::map<std::string, double> before;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      quick = true;
    } else if (std::strcmp(argv[i], "--against") == 0 && i + 1 < argc) {
      std::ifstream in(argv[++i]);
      if (!in) {
        std::fprintf(stderr, "bench_all: %s: cannot read the table to compare against\n", argv[i]);
        return 2;
      }
      std::string line;
      Row row;
      while (std::getline(in, line))
        if (ParseRow(line, &row)) before[row.figure] = row.value;
    } else {
      std::fprintf(stderr, "bench_all: unknown option %s (usage: bench_all [--quick] [--against TABLE.txt])\n", argv[i]);
      return 2;
    }
  }
  const std::vector<std::string> runs = {
      BENCH_SEGMENTER,
      BENCH_MENTIONS,
      BENCH_INGEST,
      BENCH_CORPUS_QUERIES " --copies 100",
      BENCH_BASEMAP " 3",
      BENCH_BASEMAP " 3 --copies 100",
      std::string(BENCH_SCALE) + (quick ? " --max 100" : ""),
  };
  if (before.empty())
    std::printf("%-62s | %17s | %s\n", "figure", "measured", "goal");
  else
    std::printf("%-62s | %17s | %11s | %6s | %s\n", "figure", "measured", "before", "ratio", "goal");
  int failures = 0;
  for (const std::string& command : runs) {
    const auto run = atlas::bench::RunCommand(command + " 2>/dev/null");
    if (run.status != 0) {
      std::printf("# %s failed (exit status %d)\n", command.c_str(), run.status);
      ++failures;
    }
    std::istringstream lines(run.out);
    std::string line;
    Row row;
    while (std::getline(lines, line)) {
      if (!ParseRow(line, &row)) {
        if (line.rfind("# ", 0) == 0) std::printf("%s\n", line.c_str());
        continue;
      }
      auto it = before.find(row.figure);
      if (before.empty()) {
        std::printf("%s\n", line.c_str());
      } else if (it == before.end()) {
        std::printf("%-62s | %11.3f %-5s | %11s | %6s | %s\n", row.figure.c_str(), row.value, row.unit.c_str(), "-",
                    "-", row.goal.c_str());
      } else {
        std::printf("%-62s | %11.3f %-5s | %11.3f | %6.2f | %s\n", row.figure.c_str(), row.value, row.unit.c_str(),
                    it->second, it->second != 0 ? row.value / it->second : 0.0, row.goal.c_str());
      }
      std::fflush(stdout);
    }
  }
  return failures == 0 ? 0 : 1;
}

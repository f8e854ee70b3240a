// Benchmark process helpers; see bench_process.h.
#include "bench_process.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <sstream>

namespace atlas::bench {

CommandRun RunCommand(const std::string& shell_command) {
  CommandRun run;
  std::fflush(stdout);
  const auto t0 = std::chrono::steady_clock::now();
  FILE* pipe = popen(shell_command.c_str(), "r");
  if (!pipe) return run;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) run.out.append(buf.data(), n);
  run.status = pclose(pipe);
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return run;
}

std::map<std::string, double> ParseFigures(const std::string& text) {
  std::map<std::string, double> figures;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string key;
    double value;
    if (fields >> key >> value) figures[key] = value;
  }
  return figures;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace atlas::bench

// Benchmark table rows; see bench_table.h.
#include "bench_table.h"

#include <cstdio>

namespace atlas::bench {

void PrintBenchRow(std::string_view figure, double value, std::string_view unit, std::string_view goal) {
  std::printf("%-62.*s | %11.3f %-5.*s | %.*s\n", int(figure.size()), figure.data(), value, int(unit.size()),
              unit.data(), int(goal.size()), goal.data());
  std::fflush(stdout);
}

}  // namespace atlas::bench

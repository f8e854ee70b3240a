// The project's benchmark table: every benchmark prints its figures as rows of one format,
// "figure | measured unit | goal", so bench_all can gather them and compare two builds.
#pragma once
#include <string_view>

namespace atlas::bench {

// One row; `goal` may be empty. Figures are unique across the benchmarks (bench_all keys on them).
void PrintBenchRow(std::string_view figure, double value, std::string_view unit, std::string_view goal = {});

}  // namespace atlas::bench

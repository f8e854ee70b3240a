// Benchmark corpora synthesised from the bundled articles: copies of assets/corpus/*.txt
// until they add up to the size asked for. For benchmarks only.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace atlas::bench {

// Writes copies into `dir`; returns their paths and sets *bytes to their total size.
std::vector<std::string> SynthesiseCorpus(const std::filesystem::path& dir, size_t megabytes, size_t* bytes);

}  // namespace atlas::bench

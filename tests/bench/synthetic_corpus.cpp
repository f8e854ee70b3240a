// Copies of the bundled corpus for benchmarks; see synthetic_corpus.h.
#include "synthetic_corpus.h"

#include <algorithm>

#include "util/data_paths.h"

namespace atlas::bench {
namespace fs = std::filesystem;

std::vector<std::string> SynthesiseCorpus(const fs::path& dir, size_t mb, size_t* bytes) {
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(AssetsDir() / "corpus"))
    if (e.path().extension() == ".txt") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  std::vector<std::string> files;
  *bytes = 0;
  for (int copy = 0; *bytes < mb * 1000000; ++copy)
    for (const auto& src : sources) {
      fs::path to = dir / ("copy" + std::to_string(copy) + "_" + src.filename().string());
      fs::copy_file(src, to, fs::copy_options::overwrite_existing);
      *bytes += fs::file_size(to);
      files.push_back(to.string());
    }
  return files;
}

}  // namespace atlas::bench

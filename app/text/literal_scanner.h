// LiteralScanner: many byte-string literals compiled into one Hyperscan database and
// scanned in one pass; the compiled database is cached on disk. Owns the Hyperscan
// handles only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace atlas::text {

class LiteralScanner {
 public:
  struct Hit {
    uint32_t pattern;  // index into the patterns given to the constructor
    size_t end;        // byte offset just past the match; it begins at end - pattern size
  };

  // Compiles `patterns` (each non-empty; matched byte for byte). When `cache_dir` is not
  // empty the serialised database is read from / written to a file there named by a hash
  // of the patterns, so a second start skips compilation. Throws AtlasError on failure.
  LiteralScanner(const std::vector<std::string>& patterns, const std::filesystem::path& cache_dir);
  ~LiteralScanner();
  LiteralScanner(const LiteralScanner&) = delete;
  LiteralScanner& operator=(const LiteralScanner&) = delete;

  // Appends every occurrence of every pattern, in order of end offset. Not thread-safe
  // (one scratch space per scanner).
  void Scan(std::string_view text, std::vector<Hit>* hits) const;

  bool loaded_from_cache() const { return loaded_from_cache_; }

 private:
  hs_database* db_ = nullptr;
  hs_scratch* scratch_ = nullptr;
  bool loaded_from_cache_ = false;
};

}  // namespace atlas::text

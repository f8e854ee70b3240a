// TextNormalizer: folds text for name matching (NFKC, Turkic-aware case folding, no
// diacritics, unified Arabic/Persian letters, spaces, dashes, quotes) with an exact offset
// map back to the input. Owns folding only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "text/folded_text.h"

namespace atlas::text {

// The same folding is applied to gazetteer names and to the text scanned for them, so a
// pattern and its occurrence agree byte for byte. Folding works code point by code point:
// each code point's result is computed once with ICU and kept in a table (the whole BMP
// at construction, or read from the cache file; other planes on demand), so folding runs
// at table-lookup speed.
class TextNormalizer {
 public:
  // The process-wide instance (building the table takes a few tens of milliseconds).
  static const TextNormalizer& Instance();

  // Folds `text` (UTF-8; ill-formed bytes are each folded to U+FFFD) and records where
  // every folded byte came from.
  FoldedText Fold(std::string_view text) const;
  void FoldInto(std::string_view text, FoldedText* out) const;  // reuses out's buffers
  std::string FoldString(std::string_view text) const;          // without the offset map

  // The folded form of one code point (possibly empty, e.g. for a combining mark).
  std::string FoldCodePoint(char32_t c) const;

  // The table is kept in `cache_file` (keyed on ICU's version and this program's stamp)
  // and read back from it when it was written for both; empty: always computed. The default
  // uses the user's cache folder.
  TextNormalizer();
  explicit TextNormalizer(const std::filesystem::path& cache_file);

 private:
  bool LoadTable(const std::filesystem::path& cache_file);  // false: absent, damaged or stale
  void FoldAscii(const uint8_t* s, size_t n, char* d) const;  // n ASCII bytes -> n folded bytes

  // Each BMP code point's fold: (offset into pool_ << 8) | length in bytes.
  std::vector<uint32_t> bmp_;
  std::string pool_;
  char ascii_[128];
};

}  // namespace atlas::text

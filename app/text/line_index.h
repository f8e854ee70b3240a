// Maps byte offsets in a document's text to 1-based line numbers and 1-based code-point
// columns, the coordinates every machine-readable output uses. No GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace atlas::text {

struct LineCol {
  int line = 0;  // 1-based
  int col = 0;   // 1-based, in Unicode code points from the start of the line
};

// Lines end at "\n", "\r\n" or a lone "\r" (universal newlines, as Python reads text).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  LineCol At(size_t byte_offset) const;
  int LineOf(size_t byte_offset) const;
  size_t LineStart(int line) const;  // byte offset where 1-based `line` begins
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace atlas::text

// LineColumnCursor: turns increasing offsets in a stream of text pieces into 1-based lines
// and code-point columns in one forward pass (universal newlines, as LineIndex), so that
// a 10 MB line costs linear time. Owns position counting only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <string_view>

#include "text/line_index.h"

namespace atlas::text {

class LineColumnCursor {
 public:
  // Moves forward to absolute offset `to` (>= the current one) through `text`, which holds
  // the whole text from absolute offset `base` on; returns the position there.
  LineCol AdvanceTo(std::string_view text, size_t base, size_t to);

 private:
  size_t at_ = 0;  // absolute offset reached
  int line_ = 1, col_ = 1;
  bool after_cr_ = false;  // the last character passed was '\r' (a following '\n' is its pair)
};

}  // namespace atlas::text

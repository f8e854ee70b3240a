// Byte offset -> (line, column); see line_index.h.
#include "text/line_index.h"

#include <algorithm>

#include "text/utf8_text.h"

namespace atlas::text {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

int LineIndex::LineOf(size_t byte_offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte_offset);
  return static_cast<int>(it - starts_.begin());
}

LineCol LineIndex::At(size_t byte_offset) const {
  int line = LineOf(byte_offset);
  size_t start = starts_[static_cast<size_t>(line - 1)];
  size_t len = std::min(byte_offset, text_.size()) - start;
  return {line, static_cast<int>(CountCodePoints(text_.substr(start, len))) + 1};
}

size_t LineIndex::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return starts_[static_cast<size_t>(line - 1)];
}

}  // namespace atlas::text

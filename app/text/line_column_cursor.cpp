// Forward-only line/column counting; see line_column_cursor.h.
#include "text/line_column_cursor.h"

#include <bit>
#include <cstdint>

#include "text/eight_bytes.h"

namespace atlas::text {

LineCol LineColumnCursor::AdvanceTo(std::string_view text, size_t base, size_t to) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data() + (at_ - base));
  const auto* end = reinterpret_cast<const uint8_t*>(text.data() + (to - base));
  while (p < end) {
    // Eight bytes at once while none is a line break: every byte that is not a UTF-8
    // continuation byte starts a code point.
    if (end - p >= 8) {
      uint64_t eight = eight_bytes::Load(p);
      if (!eight_bytes::HasByte(eight, '\n') && !eight_bytes::HasByte(eight, '\r')) {
        col_ += 8 - std::popcount(eight_bytes::ContinuationBytes(eight));
        after_cr_ = false;
        p += 8;
        continue;
      }
    }
    const uint8_t c = *p++;
    if (c == '\n') {
      if (!after_cr_) ++line_;  // the '\n' of "\r\n" was counted with its '\r'
      after_cr_ = false;
      col_ = 1;
    } else if (c == '\r') {
      ++line_;
      after_cr_ = true;
      col_ = 1;
    } else {
      col_ += (c & 0xC0) != 0x80;
      after_cr_ = false;
    }
  }
  at_ = to;
  return {line_, col_};
}

}  // namespace atlas::text

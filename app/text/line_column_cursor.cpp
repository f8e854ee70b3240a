// Forward-only line/column counting; see line_column_cursor.h.
#include "text/line_column_cursor.h"

#include <cstdint>
#include <cstring>

#include "text/eight_bytes.h"

namespace atlas::text {
namespace {

// Code points among the bytes [p, end): every byte that is not a UTF-8 continuation byte
// starts one. Eight bytes at a time.
int CountCodePoints(const uint8_t* p, const uint8_t* end) {
  int n = 0;
  for (; end - p >= 8; p += 8) n += 8 - eight_bytes::Count(eight_bytes::ContinuationBytes(eight_bytes::Load(p)));
  for (; p < end; ++p) n += (*p & 0xC0) != 0x80;
  return n;
}

}  // namespace

LineCol LineColumnCursor::AdvanceTo(std::string_view text, size_t base, size_t to) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data() + (at_ - base));
  const auto* end = reinterpret_cast<const uint8_t*>(text.data() + (to - base));
  at_ = to;
  if (p >= end) return {line_, col_};
  if (after_cr_ && *p == '\n') ++p;  // the '\n' of "\r\n" was counted with its '\r'
  after_cr_ = false;
  if (!std::memchr(p, '\r', size_t(end - p))) {
    // Line feeds only (nearly all text): jump from one to the next with memchr, and count
    // code points on the last line alone.
    const uint8_t* line_start = p;
    while (const void* nl = std::memchr(p, '\n', size_t(end - p))) {
      ++line_;
      col_ = 1;
      p = line_start = static_cast<const uint8_t*>(nl) + 1;
    }
    col_ += CountCodePoints(line_start, end);
    return {line_, col_};
  }
  while (p < end) {
    const uint8_t c = *p++;
    if (c == '\n') {
      if (!after_cr_) ++line_;
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
  return {line_, col_};
}

}  // namespace atlas::text

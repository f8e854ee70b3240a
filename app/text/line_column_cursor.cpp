// Forward-only line/column counting; see line_column_cursor.h.
#include "text/line_column_cursor.h"

#include <cstring>

namespace atlas::text {
namespace {

// Code points in a run without line breaks: every byte that is not a continuation byte.
int CountCodePoints(const char* p, const char* end) {
  int n = 0;
  for (; p < end; ++p) n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;  // vectorises
  return n;
}

const char* FindLineBreak(const char* p, const char* end) {
  const void* lf = std::memchr(p, '\n', static_cast<size_t>(end - p));
  const char* stop = lf ? static_cast<const char*>(lf) : end;
  const void* cr = std::memchr(p, '\r', static_cast<size_t>(stop - p));
  return cr ? static_cast<const char*>(cr) : stop;
}

}  // namespace

LineCol LineColumnCursor::AdvanceTo(std::string_view text, size_t base, size_t to) {
  const char* p = text.data() + (at_ - base);
  const char* end = text.data() + (to - base);
  while (p < end) {
    const char* brk = FindLineBreak(p, end);
    if (brk > p) {
      col_ += CountCodePoints(p, brk);
      after_cr_ = false;
      p = brk;
      if (p == end) break;
    }
    if (*p == '\n') {
      if (!after_cr_) ++line_;  // the '\n' of "\r\n" was counted with its '\r'
      after_cr_ = false;
    } else {
      ++line_;
      after_cr_ = true;
    }
    col_ = 1;
    ++p;
  }
  at_ = to;
  return {line_, col_};
}

}  // namespace atlas::text

// Utf8Step: the code point at a position of UTF-8, as ICU's U8_NEXT reads it, with the one-
// and two-byte forms (ASCII, Latin, Cyrillic, Armenian, Arabic) decoded inline: most of the
// corpus's non-ASCII text. Header-only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace atlas::text {

// Decodes the code point at `p` (`n` >= 1 bytes available) and returns its length in bytes;
// `*c` is negative for an ill-formed sequence, whose length is then U8_NEXT's (one maximal
// ill-formed subsequence).
inline size_t Utf8Step(const uint8_t* p, size_t n, int32_t* c) {
  const uint8_t lead = p[0];
  if (lead < 0x80) {
    *c = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead < 0xE0 && n >= 2 && (p[1] & 0xC0) == 0x80) {
    *c = int32_t(lead & 0x1F) << 6 | (p[1] & 0x3F);
    return 2;
  }
  int32_t len = 0;
  const auto avail = static_cast<int32_t>(std::min<size_t>(n, 4));
  UChar32 u;
  U8_NEXT(p, len, avail, u);
  *c = u;
  return static_cast<size_t>(len);
}

}  // namespace atlas::text

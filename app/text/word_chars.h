// What counts as a letter of a word when looking for word boundaries in folded text, and
// stepping over UTF-8 code points. Header-only helpers; no GL, ImGui, SQL or GDAL.
#pragma once
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <string_view>

namespace atlas::text {

// Letters, digits and combining marks make words; everything else (spaces, punctuation,
// hyphens, apostrophes) separates them.
inline bool IsWordCodePoint(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0) return false;
  if (u_isalnum(c)) return true;
  int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK || t == U_ENCLOSING_MARK;
}

// The code point starting at `i` (U+FFFD-like negative on ill-formed input); sets *next.
inline UChar32 CodePointAt(std::string_view s, size_t i, size_t* next) {
  if (static_cast<unsigned char>(s[i]) < 0x80) {  // most text: no decoding
    *next = i + 1;
    return static_cast<unsigned char>(s[i]);
  }
  const auto* p = reinterpret_cast<const uint8_t*>(s.data() + i);
  int32_t len = 0, avail = static_cast<int32_t>(std::min<size_t>(s.size() - i, 4));
  UChar32 c;
  U8_NEXT(p, len, avail, c);
  *next = i + static_cast<size_t>(len);
  return c;
}

// The code point ending just before `i`; sets *start to where it begins.
inline UChar32 CodePointBefore(std::string_view s, size_t i, size_t* start) {
  if (static_cast<unsigned char>(s[i - 1]) < 0x80) {
    *start = i - 1;
    return static_cast<unsigned char>(s[i - 1]);
  }
  size_t back = i - 1;
  while (back > 0 && i - back < 4 && (static_cast<unsigned char>(s[back]) & 0xC0) == 0x80) --back;
  size_t next = 0;
  UChar32 c = CodePointAt(s, back, &next);
  if (next != i) {  // ill-formed tail: treat the last byte alone
    *start = i - 1;
    return -1;
  }
  *start = back;
  return c;
}

// The end of the word that goes on at `at` (`at` itself when no word character is there).
inline size_t WordEndFrom(std::string_view s, size_t at) {
  while (at < s.size()) {
    size_t next = 0;
    if (!IsWordCodePoint(CodePointAt(s, at, &next))) break;
    at = next;
  }
  return at;
}

// The start of the word that ends at `at` (`at` itself when no word character is before it).
inline size_t WordBeginFrom(std::string_view s, size_t at) {
  while (at > 0) {
    size_t start = 0;
    if (!IsWordCodePoint(CodePointBefore(s, at, &start))) break;
    at = start;
  }
  return at;
}

}  // namespace atlas::text

// Turning raw bytes into text the program can trust: UTF-8 validation with replacement,
// BOM and binary detection. Owns decoding only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string>
#include <string_view>

namespace atlas::text {

struct DecodedText {
  std::string text;            // valid UTF-8
  size_t replaced = 0;         // ill-formed sequences replaced by U+FFFD
  bool had_bom = false;        // a UTF-8 byte order mark was present (it is kept in `text`)
};

// Validates `raw` as UTF-8 (ICU's U8_NEXT rules: one U+FFFD per maximal ill-formed
// subsequence, as Python's errors='replace'). The BOM, if any, is kept so that columns
// agree with other tools reading the same file.
DecodedText DecodeUtf8(std::string_view raw);

// True when `raw` looks like a binary file rather than text: NUL bytes, or many control
// bytes, in its first 64 KiB. UTF-16 is reported as binary (the corpus is UTF-8).
bool LooksBinary(std::string_view raw);

// Number of Unicode code points in valid UTF-8.
size_t CountCodePoints(std::string_view utf8);

}  // namespace atlas::text

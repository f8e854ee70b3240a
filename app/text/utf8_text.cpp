// UTF-8 validation via ICU's macros; see utf8_text.h.
#include "text/utf8_text.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "text/eight_bytes.h"

namespace atlas::text {

DecodedText DecodeUtf8(std::string_view raw) {
  DecodedText out;
  out.had_bom = raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF";
  const auto* s = reinterpret_cast<const uint8_t*>(raw.data());
  const int32_t n = static_cast<int32_t>(std::min<size_t>(raw.size(), INT32_MAX));
  out.text.reserve(raw.size());
  int32_t i = 0;
  while (i < n) {
    // Fast path: copy a run of ASCII bytes at once.
    int32_t run = i;
    while (run < n && s[run] < 0x80) ++run;
    if (run > i) {
      out.text.append(raw.data() + i, static_cast<size_t>(run - i));
      i = run;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out.text.append("\xEF\xBF\xBD");
      ++out.replaced;
    } else {
      out.text.append(raw.data() + start, static_cast<size_t>(i - start));
    }
  }
  if (raw.size() > static_cast<size_t>(n)) out.text.append(raw.substr(static_cast<size_t>(n)));
  return out;
}

bool LooksBinary(std::string_view raw) {
  std::string_view head = raw.substr(0, 64 * 1024);
  if (head.empty()) return false;
  size_t control = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(head.data());
  size_t i = 0;
  while (i < head.size()) {
    // Most eight-byte stretches of text hold no byte below 0x20: those are skipped at once
    // (the test is exact for "any byte below 0x20", whatever the other bytes are).
    if (i + 8 <= head.size()) {
      uint64_t eight = eight_bytes::Load(p + i);
      if (((eight - 0x20 * eight_bytes::kEach) & ~eight & eight_bytes::kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    for (size_t stop = std::min(i + 8, head.size()); i < stop; ++i) {
      unsigned char c = p[i];
      if (c == 0) return true;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    }
  }
  return control * 100 > head.size();  // more than 1% control bytes
}

size_t CountCodePoints(std::string_view utf8) {
  size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  return count;
}

}  // namespace atlas::text

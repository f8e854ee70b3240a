// Script ratios and tell-tale letters; see language_guess.h.
#include "text/language_guess.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "text/code_point_class.h"
#include "text/match_fold.h"

namespace atlas::text {
namespace {

struct Counts {
  int latin = 0, cyrillic = 0, arabic = 0, armenian = 0, georgian = 0, greek = 0, hebrew = 0;
  int schwa = 0;         // ə: Azerbaijani
  int turkic = 0;        // ı ğ ş: Turkish or Azerbaijani
  int persian = 0;       // پ چ ژ گ ک ی
  int ukrainian = 0;     // і ї є ґ
};

void CountLetter(UChar32 c, Counts& n) {
  switch (ScriptOf(c)) {
    case USCRIPT_LATIN: ++n.latin; break;
    case USCRIPT_CYRILLIC: ++n.cyrillic; break;
    case USCRIPT_ARABIC: ++n.arabic; break;
    case USCRIPT_ARMENIAN: ++n.armenian; break;
    case USCRIPT_GEORGIAN: ++n.georgian; break;
    case USCRIPT_GREEK: ++n.greek; break;
    case USCRIPT_HEBREW: ++n.hebrew; break;
    default: break;
  }
  switch (c) {
    case 0x0259: case 0x018F: ++n.schwa; break;
    case 0x0131: case 0x011F: case 0x015F: case 0x0130: case 0x011E: case 0x015E: ++n.turkic; break;
    case 0x067E: case 0x0686: case 0x0698: case 0x06AF: case 0x06A9: case 0x06CC: ++n.persian; break;
    case 0x0456: case 0x0457: case 0x0454: case 0x0491: ++n.ukrainian; break;
    default: break;
  }
}

bool IsAsciiLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The ASCII letters among eight ASCII bytes, counted at once: after setting bit 5 (lower
// case), adding 0x1F sets a byte's high bit when it is 'a' or above, adding 0x05 when it is
// above 'z' (no byte carries into the next).
int AsciiLettersIn(uint64_t eight_ascii) {
  constexpr uint64_t kEach = 0x0101010101010101ull;
  uint64_t lower = eight_ascii | 0x20 * kEach;
  uint64_t letters = (lower + 0x1F * kEach) & ~(lower + 0x05 * kEach) & 0x80 * kEach;
  return static_cast<int>(((letters >> 7) * kEach) >> 56);  // the sum of the eight bits
}

// A word of one to eight bytes as one number, to compare with the lists in one switch.
constexpr uint64_t Packed(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= uint64_t(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

// Occurrences of a few very frequent function words, as whole words of the folded text.
struct FunctionWords {
  int en = 0, tr = 0, az = 0;

  void Count(uint64_t packed_word) {
    switch (packed_word) {
      case Packed("the"): case Packed("and"): case Packed("of"): case Packed("to"):
      case Packed("in"): case Packed("is"): case Packed("that"): case Packed("with"):
        ++en;
        break;
      case Packed("ve"): case Packed("için"): case Packed("ile"): case Packed("olarak"): case Packed("da"): case Packed("de"):
        ++tr;
        break;
      case Packed("bir"): case Packed("bu"):
        ++tr, ++az;
        break;
      case Packed("və"): case Packed("üçün"): case Packed("ilə"): case Packed("olaraq"):
        ++az;
        break;
      default:
        break;
    }
  }
};

// The words of FoldForMatching(sample), split at ASCII characters other than letters, folded
// here code point by code point, without building the folded sample. (FoldForMatching folds Σ
// by its context; a word with a sigma is none of the function words either way.)
FunctionWords CountFunctionWords(std::string_view sample) {
  constexpr size_t kLongest = 8;  // bytes that pack into one number; no function word is longer
  FunctionWords n;
  uint64_t word = 0;  // the folded word so far, packed while it has no more than kLongest bytes
  size_t bytes = 0;
  auto add = [&](unsigned char b) {
    if (bytes < kLongest) word |= uint64_t(b) << (8 * bytes);
    ++bytes;
  };
  auto end_word = [&] {
    if (bytes > 0 && bytes <= kLongest) n.Count(word);
    word = 0, bytes = 0;
  };
  const auto* s = reinterpret_cast<const uint8_t*>(sample.data());
  const int32_t size = static_cast<int32_t>(sample.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
      if (IsAsciiLetter(static_cast<unsigned char>(c))) add(static_cast<unsigned char>(c | 0x20));
      else end_word();
      continue;
    }
    U8_NEXT(s, i, size, c);
    UChar32 folded = FoldCodePointForMatching(c < 0 ? 0xFFFD : c);
    if (folded == U_SENTINEL) continue;  // dropped by folding: the word goes on
    if (folded < 0x80 && !IsAsciiLetter(static_cast<unsigned char>(folded))) {
      end_word();  // ’ folds to '
      continue;
    }
    uint8_t utf8[4];
    int32_t length = 0;
    U8_APPEND_UNSAFE(utf8, length, folded);
    for (int32_t k = 0; k < length; ++k) add(utf8[k]);
  }
  end_word();
  return n;
}

std::string LatinLanguage(std::string_view sample, const Counts& n) {
  if (n.schwa * 400 > n.latin) return "az";
  FunctionWords words = CountFunctionWords(sample);
  int en = words.en, tr = words.tr, az = words.az;
  if (az > en && az >= tr) return "az";
  if (tr > en || (n.turkic * 200 > n.latin && tr >= en)) return "tr";
  return en > 0 ? "en" : "";
}

}  // namespace

std::string GuessLanguage(std::string_view text) {
  std::string_view sample = text.substr(0, 64 * 1024);
  Counts n;
  int letters = 0;
  int ascii_letters = 0;  // Latin, with no lookups
  const auto* s = reinterpret_cast<const uint8_t*>(sample.data());
  const int32_t size = static_cast<int32_t>(sample.size());
  for (int32_t i = 0; i < size;) {
    if (uint64_t eight; i + 8 <= size && (std::memcpy(&eight, s + i, 8), (eight & 0x8080808080808080ull) == 0)) {
      ascii_letters += AsciiLettersIn(eight);
      i += 8;
      continue;
    }
    UChar32 c = s[i];
    if (c < 0x80) {
      ++i;
      ascii_letters += IsAsciiLetter(static_cast<unsigned char>(c));
      continue;
    }
    U8_NEXT(s, i, size, c);
    if (c < 0 || !ClassOf(c).letter()) continue;
    ++letters;
    CountLetter(c, n);
  }
  letters += ascii_letters, n.latin += ascii_letters;
  if (letters < 3) return "";
  std::array<std::pair<int, const char*>, 6> scripts{{{n.cyrillic, "ru"}, {n.arabic, "ar"}, {n.armenian, "hy"},
                                                       {n.georgian, "ka"}, {n.greek, "el"}, {n.hebrew, "he"}}};
  auto best = std::max_element(scripts.begin(), scripts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (best->first <= n.latin) return LatinLanguage(sample, n);
  std::string code = best->second;
  if (code == "ar" && n.persian * 50 > n.arabic) return "fa";
  if (code == "ru" && n.ukrainian * 100 > n.cyrillic) return "uk";
  return code;
}

}  // namespace atlas::text

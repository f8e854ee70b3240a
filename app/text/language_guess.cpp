// Script ratios and tell-tale letters; see language_guess.h.
#include "text/language_guess.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
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
  void Count(std::string_view folded_word) {
    if (!folded_word.empty() && folded_word.size() <= 6) Count(Packed(folded_word));  // none is longer
  }
};

// The words of FoldForMatching(sample) where ASCII characters other than letters separate
// words, without folding the whole sample. Folding goes code point by code point and keeps
// ASCII (but for its case), so the raw sample splits at the same ASCII characters; an ASCII
// piece is lower-cased as it is read, one with other characters is folded on its own and split
// again (’ folds to ').
FunctionWords CountFunctionWords(std::string_view sample) {
  FunctionWords n;
  size_t start = 0, letters = 0;
  uint64_t packed = 0;  // the lower-cased letters of an ASCII piece, while it has no more than 6
  bool ascii = true;
  for (size_t i = 0; i <= sample.size(); ++i) {
    unsigned char c = i < sample.size() ? static_cast<unsigned char>(sample[i]) : ' ';
    if (c >= 0x80) {
      ascii = false;
      continue;
    }
    if (IsAsciiLetter(c)) {
      if (letters < 6) packed |= uint64_t(c | 0x20) << (8 * letters);
      ++letters;
      continue;
    }
    if (ascii && letters > 0 && letters <= 6) {
      n.Count(packed);
    } else if (!ascii) {
      std::string folded = FoldForMatching(sample.substr(start, i - start));
      size_t from = 0;
      for (size_t k = 0; k <= folded.size(); ++k) {
        if (k < folded.size() && (static_cast<unsigned char>(folded[k]) >= 0x80 || IsAsciiLetter(folded[k]))) continue;
        n.Count(std::string_view(folded).substr(from, k - from));
        from = k + 1;
      }
    }
    start = i + 1, letters = 0, packed = 0, ascii = true;
  }
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
  const auto* s = reinterpret_cast<const uint8_t*>(sample.data());
  for (int32_t i = 0; i < static_cast<int32_t>(sample.size());) {
    UChar32 c = s[i];
    if (c < 0x80) {  // an ASCII letter is Latin: no lookups
      ++i;
      bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      letters += letter, n.latin += letter;
      continue;
    }
    U8_NEXT(s, i, static_cast<int32_t>(sample.size()), c);
    if (c < 0 || !ClassOf(c).letter()) continue;
    ++letters;
    CountLetter(c, n);
  }
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

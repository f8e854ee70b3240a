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
#include "text/eight_bytes.h"
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

// A word of one to eight bytes as one number, to look it up in one step.
constexpr uint64_t Packed(std::string_view w) {
  uint64_t v = 0;
  for (size_t i = 0; i < w.size(); ++i) v |= uint64_t(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

// A few very frequent function words, folded.
struct FunctionWord {
  std::string_view word;
  bool en, tr, az;  // the lists it is on
};
constexpr FunctionWord kFunctionWords[] = {
    {"the", 1, 0, 0}, {"and", 1, 0, 0}, {"of", 1, 0, 0}, {"to", 1, 0, 0}, {"in", 1, 0, 0}, {"is", 1, 0, 0},
    {"that", 1, 0, 0}, {"with", 1, 0, 0}, {"ve", 0, 1, 0}, {"için", 0, 1, 0}, {"ile", 0, 1, 0}, {"olarak", 0, 1, 0},
    {"da", 0, 1, 0}, {"de", 0, 1, 0}, {"bir", 0, 1, 1}, {"bu", 0, 1, 1}, {"və", 0, 0, 1}, {"üçün", 0, 0, 1},
    {"ilə", 0, 0, 1}, {"olaraq", 0, 0, 1},
};

// The function words in a table of 128 slots, one word per slot at most, found without a
// branch per comparison: a text has function words at every turn, so branches on them mispredict.
class FunctionWordTable {
 public:
  struct Slot {
    uint64_t word = 0;  // packed; 0 when empty
    int en = 0, tr = 0, az = 0;
  };

  constexpr FunctionWordTable() {
    // An odd multiplier that puts every word in a slot of its own (the step is even and large, so
    // that the top bits of the products change from one try to the next).
    while (!Place()) multiplier_ += 0x632BE59BD9B4E01Aull;
  }
  // The slot a packed word would be in (it holds another word, or none, when that is not listed).
  const Slot& Find(uint64_t packed_word) const { return slots_[SlotOf(packed_word)]; }

 private:
  constexpr size_t SlotOf(uint64_t packed_word) const { return (packed_word * multiplier_) >> 57; }
  constexpr bool Place() {
    for (Slot& s : slots_) s = Slot();
    for (const FunctionWord& w : kFunctionWords) {
      Slot& s = slots_[SlotOf(Packed(w.word))];
      if (s.word != 0) return false;
      s = {Packed(w.word), w.en, w.tr, w.az};
    }
    return true;
  }
  uint64_t multiplier_ = 0x9E3779B97F4A7C15ull;
  Slot slots_[128] = {};
};

constexpr FunctionWordTable kFunctionWordTable;

// Occurrences of the function words, as whole words of the folded text.
struct FunctionWords {
  int en = 0, tr = 0, az = 0;

  void Count(uint64_t packed_word) {
    const FunctionWordTable::Slot& slot = kFunctionWordTable.Find(packed_word);
    const int hit = slot.word == packed_word;
    en += hit & slot.en, tr += hit & slot.tr, az += hit & slot.az;
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
    // Up to eight ASCII bytes at once (see eight_bytes.h), between words or in a word already
    // too long to be a function word: skip separators to a word, and take the word up to the
    // separator that ends it.
    int ascii = 0;  // ASCII bytes at i, up to 8
    uint64_t eight = 0;
    if ((bytes == 0 || bytes >= kLongest) && i + 8 <= size) ascii = eight_bytes::Before((eight = eight_bytes::Load(s + i)) & eight_bytes::kHigh);
    if (ascii > 0) {
      using namespace eight_bytes;
      const uint64_t taken = BytesBelow(kHigh, ascii), letters = Letters(eight) & taken;
      const int start = bytes == 0 ? std::min(Before(letters), ascii) : 0;  // where a word starts (or goes on)
      if (start == ascii) {
        i += ascii;
        continue;
      }
      const int end = std::min(Before(~letters & kHigh & ~BytesBelow(kHigh, start)), ascii);
      if (bytes == 0) word = BytesBelow((eight | 0x20 * kEach) >> (8 * start), end - start);  // letters: bit 5 set is lower case
      bytes += static_cast<size_t>(end - start);
      i += end;
      if (end < ascii) end_word();  // else the word goes on
      continue;
    }
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
    if (i + 8 <= size) {  // the ASCII bytes among the next eight, before any other
      const uint64_t eight = eight_bytes::Load(s + i);
      if (int ascii = eight_bytes::Before(eight & eight_bytes::kHigh); ascii > 0) {
        ascii_letters += eight_bytes::Count(eight_bytes::Letters(eight) & eight_bytes::BytesBelow(eight_bytes::kHigh, ascii));
        i += ascii;
        continue;
      }
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

// DateTokenStream: words, numbers and punctuation as the date parser sees them, made on demand
// so memory stays bounded on any input. Uses ICU properties; no GL, ImGui, SQL or GDAL.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/code_point_class.h"

namespace atlas::text {

class DateLexicon;
struct DateWordEntry;

enum class DateTokenKind { kWord, kNumber, kPunct };

// What words are made of: letters and combining marks (a run of digits is a number, any other
// character punctuation on its own).
inline bool IsDateWordPart(CodePointClass k) { return k.letter() || k.mark(); }

struct DateToken {
  DateTokenKind kind = DateTokenKind::kPunct;
  size_t begin = 0, end = 0;  // bytes in the text
  std::string key;            // words: folded (FoldDateWord); punctuation: the character
  long value = -1;            // numbers of up to 9 digits (any script's digits)
  int digits = 0;
  bool grouped = false;       // "2,000", "1.960": a count, never part of a date
  bool space_before = false;  // white space separates it from the previous token
  bool line_before = false;   // a line break separates it from the previous token
  bool capitalized = false;   // words: first letter upper case
  bool all_caps = false;      // words: every cased letter upper case (two or more)
  bool in_url = false;        // part of an http(s):// or www. address
  const DateWordEntry* entry = nullptr;  // words: DateLexicon::Find(key): nullptr for most words
};

class DateTokenStream {
 public:
  explicit DateTokenStream(std::string_view text);

  // Token number `i` (counting from 0 over the whole text), or nullptr past the end.
  // Tokens below the last Release() point are gone. The pointer is valid until the next
  // call that reads a token not read before (the window may grow).
  const DateToken* At(size_t i) {  // inline: the parser calls it for every look
    if (i < first_) return nullptr;
    while (i >= end_)
      if (!ReadNext()) return nullptr;
    return &ring_[i & (ring_.size() - 1)];
  }
  // Frees tokens numbered below `i`.
  void Release(size_t i) { first_ = std::max(first_, std::min(i, end_)); }

 private:
  bool ReadNext();
  void ReadWord(DateToken& t);
  void ReadNumber(DateToken& t);
  void Grow();

  std::string_view text_;
  const DateLexicon& lexicon_;
  size_t pos_ = 0;
  size_t url_end_ = 0;
  // Tokens [first_, end_) are held, token n in ring_[n % ring_.size()]. The parser looks a
  // bounded number of tokens around its position, so the ring stays small; its size is a
  // power of two, so that finding a token is a mask, not a division. It starts empty: most
  // texts (a line, a paragraph) are short.
  std::vector<DateToken> ring_;
  size_t first_ = 0, end_ = 0;
};

}  // namespace atlas::text

// Lazy tokenisation for the date parser; see date_token_stream.h.
#include "text/date_token_stream.h"

#include <unicode/utf8.h>

#include "text/code_point_class.h"
#include "text/date_lexicon.h"

namespace atlas::text {
namespace {

UChar32 PeekCodePoint(std::string_view s, size_t pos, size_t* next) {
  if (static_cast<unsigned char>(s[pos]) < 0x80) {  // most text
    *next = pos + 1;
    return static_cast<unsigned char>(s[pos]);
  }
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(i);
  return c < 0 ? 0xFFFD : c;
}

bool IsLineBreak(UChar32 c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C; }

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

bool StartsUrl(std::string_view s) {
  if (s.empty() || (AsciiLower(s[0]) != 'h' && AsciiLower(s[0]) != 'w')) return false;  // most tokens
  auto starts = [&](std::string_view p) {
    if (s.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (AsciiLower(s[i]) != p[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://") || starts("www.");
}

}  // namespace

DateTokenStream::DateTokenStream(std::string_view text) : text_(text), lexicon_(DateLexicon::Get()) {}

void DateTokenStream::Grow() {
  std::vector<DateToken> bigger(std::max<size_t>(16, ring_.size() * 2));
  for (size_t n = first_; n < end_; ++n) bigger[n & (bigger.size() - 1)] = std::move(ring_[n & (ring_.size() - 1)]);
  ring_.swap(bigger);
}

bool DateTokenStream::ReadNext() {
  bool space = false, line = false;
  while (pos_ < text_.size()) {
    size_t next;
    UChar32 c = PeekCodePoint(text_, pos_, &next);
    if (!ClassOf(c).white_space() && c != 0xFEFF) break;
    space = true;
    line = line || IsLineBreak(c);
    pos_ = next;
  }
  if (pos_ >= text_.size()) return false;
  if (end_ - first_ == ring_.size()) Grow();
  DateToken& t = ring_[end_ & (ring_.size() - 1)];
  t = DateToken{.key = std::move(t.key)};  // made in place, reusing its key's buffer (the key is set below)
  t.begin = pos_;
  t.space_before = space || first_ == end_;
  t.line_before = line;
  if (pos_ >= url_end_ && StartsUrl(text_.substr(pos_))) {
    size_t end = pos_;
    while (end < text_.size() && !std::isspace(static_cast<unsigned char>(text_[end]))) ++end;
    url_end_ = end;
  }
  t.in_url = pos_ < url_end_;
  size_t next;
  CodePointClass k = ClassOf(PeekCodePoint(text_, pos_, &next));
  if (k.digit()) {
    ReadNumber(t);
  } else if (IsDateWordPart(k)) {
    ReadWord(t);
  } else {
    t.kind = DateTokenKind::kPunct;
    t.key.assign(text_.substr(pos_, next - pos_));
    pos_ = next;
  }
  t.end = pos_;
  ++end_;
  return true;
}

void DateTokenStream::ReadWord(DateToken& t) {
  t.kind = DateTokenKind::kWord;
  int cased = 0, upper = 0;
  bool first = true;
  while (pos_ < text_.size()) {
    size_t next;
    CodePointClass k = ClassOf(PeekCodePoint(text_, pos_, &next));
    if (!IsDateWordPart(k)) break;
    if (k.upper_or_title()) ++upper, ++cased;
    else if (k.lower()) ++cased;
    if (first) t.capitalized = k.upper_or_title();
    first = false;
    pos_ = next;
  }
  t.all_caps = cased >= 2 && upper == cased;
  FoldDateWord(text_.substr(t.begin, pos_ - t.begin), t.key);
  t.entry = lexicon_.Find(t.key);
}

void DateTokenStream::ReadNumber(DateToken& t) {
  t.kind = DateTokenKind::kNumber;
  long value = 0;
  auto read_digits = [&] {
    int count = 0;
    while (pos_ < text_.size()) {
      size_t next;
      UChar32 c = PeekCodePoint(text_, pos_, &next);
      if (!ClassOf(c).digit()) break;
      if (t.digits < 9) value = value * 10 + u_charDigitValue(c);
      ++t.digits, ++count;
      pos_ = next;
    }
    return count;
  };
  int lead = read_digits();
  // Digit groups: "2,000" and "1.960" are counts. A group is a separator and exactly three
  // digits not followed by another digit.
  while (lead <= 3 && pos_ + 4 <= text_.size() && (text_[pos_] == ',' || text_[pos_] == '.')) {
    std::string_view g = text_.substr(pos_ + 1, 4);
    bool three = std::isdigit(static_cast<unsigned char>(g[0])) && std::isdigit(static_cast<unsigned char>(g[1])) &&
                 std::isdigit(static_cast<unsigned char>(g[2])) && (g.size() < 4 || !std::isdigit(static_cast<unsigned char>(g[3])));
    if (!three) break;
    ++pos_;
    read_digits();
    t.grouped = true;
  }
  t.value = t.digits <= 9 ? value : -1;
  t.key.assign(text_.substr(t.begin, pos_ - t.begin));
}

}  // namespace atlas::text

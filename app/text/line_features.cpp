// Per-line features for the segmenter; see line_features.h.
//
// [SECTION] Shape (words, case, punctuation, script)
// [SECTION] Credits (bylines, names, outlets)
// [SECTION] Datelines
// [SECTION] Whole document
#include "text/line_features.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "text/code_point_class.h"
#include "text/eight_bytes.h"
#include "text/match_fold.h"
#include "text/source_locator.h"
#include "util/split_on_spaces.h"

namespace atlas::text {
namespace {

constexpr size_t kShortLineBytes = 400;  // longer lines are never titles, credits or datelines

// [SECTION] Shape --------------------------------------------------------------------------

// . ! ? … and the Arabic (؟ ۔) and Armenian (։ ՜ ՞) sentence ends.
constexpr bool IsSentenceEnd(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x061F || c == 0x06D4 || c == 0x0589 || c == 0x055C ||
         c == 0x055E;
}
constexpr bool IsClosing(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0x00BB || c == 0x201C;
}
constexpr bool IsDashChar(UChar32 c) { return c == '-' || c == 0x2013 || c == 0x2014; }

LineScript LineScriptOf(UChar32 c) {
  switch (ScriptOf(c)) {
    case USCRIPT_LATIN: return LineScript::kLatin;
    case USCRIPT_CYRILLIC: return LineScript::kCyrillic;
    case USCRIPT_ARABIC: return LineScript::kArabic;
    case USCRIPT_ARMENIAN: return LineScript::kArmenian;
    case USCRIPT_GEORGIAN: return LineScript::kGeorgian;
    default: return LineScript::kOther;
  }
}

std::string_view Trimmed(std::string_view s, size_t* lead) {
  size_t b = 0, e = s.size();
  if (s.substr(0, 3) == "\xEF\xBB\xBF") b = 3;
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; };
  while (b < e && space(static_cast<unsigned char>(s[b]))) ++b;
  for (bool trimmed = true; trimmed;) {  // NBSPs around the text, as web copies leave them
    trimmed = false;
    while (b < e && space(static_cast<unsigned char>(s[b]))) ++b, trimmed = true;
    while (b + 1 < e && s.substr(b, 2) == "\xC2\xA0") b += 2, trimmed = true;
    while (e > b && space(static_cast<unsigned char>(s[e - 1]))) --e, trimmed = true;
    while (e >= b + 2 && s.substr(e - 2, 2) == "\xC2\xA0") e -= 2, trimmed = true;
  }
  *lead = b;
  return s.substr(b, e - b);
}

// A line's shape, read a code point at a time, or eight ASCII bytes at a time (most of any
// line; see eight_bytes.h). Counters are members of a local object, not fields of the
// LineFeatures, which the byte pointer could alias: the compiler keeps them in registers.
class ShapeReader {
 public:
  int code_points = 0, words = 0, inner_sentences = 0, cased = 0, upper = 0;
  int script_counts[7] = {};
  bool first_letter = true, starts_upper = false;
  UChar32 last = 0, before_last = 0;  // the last two code points that are not white space

  void Read(std::string_view line) {
    const auto* s = reinterpret_cast<const uint8_t*>(line.data());
    const int32_t n = static_cast<int32_t>(line.size());
    for (int32_t i = 0; i < n;) {
      if (!first_letter && i + 8 <= n) {
        const uint64_t eight = eight_bytes::Load(s + i);
        if (int ascii = eight_bytes::Before(eight & eight_bytes::kHigh); ascii > 0) {  // bytes before any other
          AddAscii(s + i, eight, ascii);
          i += ascii;
          continue;
        }
      }
      UChar32 c;
      U8_NEXT(s, i, n, c);
      Add(c < 0 ? 0xFFFD : c);
    }
  }

 private:
  bool EndsSentence() const { return IsSentenceEnd(last) || (IsClosing(last) && IsSentenceEnd(before_last)); }

  void Add(UChar32 c) {
    ++code_points;
    const CodePointClass k = ClassOf(c);
    if (k.white_space()) {
      if (in_word_ && EndsSentence()) ++inner_sentences;
      in_word_ = false;
      return;
    }
    words += !in_word_;
    in_word_ = true;
    if (k.letter()) {
      upper += k.upper_or_title();
      cased += k.cased();
      if (first_letter) starts_upper = k.upper_or_title() || !k.lower(), first_letter = false;
      ++script_counts[static_cast<int>(LineScriptOf(c))];
    } else if (first_letter && k.digit()) {
      starts_upper = true, first_letter = false;
    }
    before_last = last, last = c;
  }

  // The same for the first `count` bytes of the eight at `p`, all ASCII, once the first letter
  // is behind (ASCII letters are Latin and cased).
  void AddAscii(const uint8_t* p, uint64_t eight, int count) {
    using namespace eight_bytes;
    const uint64_t taken = BytesBelow(kHigh, count);
    const uint64_t space = WhiteSpace(eight) & taken, solid = ~space & taken, letters = Letters(eight) & taken;
    const uint64_t solid_before = ((solid << 8) | (in_word_ ? 0x80 : 0)) & taken;  // the code point before each is solid
    code_points += count;
    cased += Count(letters);
    upper += Count(Uppers(eight) & taken);
    script_counts[static_cast<int>(LineScript::kLatin)] += Count(letters);
    words += Count(solid & ~solid_before);
    // last and before_last after some of the solid bytes, from what they were before the eight
    const UChar32 last_before = last, before_last_before = before_last;
    auto after = [&](uint64_t solid_bytes) {
      last = last_before, before_last = before_last_before;
      if (solid_bytes == 0) return;
      int top = Last(solid_bytes);
      uint64_t rest = solid_bytes & ~(0x80ull << (8 * top));
      before_last = rest != 0 ? p[Last(rest)] : last;
      last = p[top];
    };
    // White space after a word that may end a sentence: after . ! ? or a closing quote or
    // bracket (or, at the first byte, after what came before the eight).
    const uint64_t enders = (Equal(eight, '.') | Equal(eight, '!') | Equal(eight, '?') | Equal(eight, '"') |
                             Equal(eight, '\'') | Equal(eight, ')') | Equal(eight, ']')) & taken;
    const bool last_may_end = in_word_ && (IsSentenceEnd(last) || IsClosing(last));
    for (uint64_t ends = space & ((enders << 8) | (last_may_end ? 0x80 : 0)); ends != 0; ends &= ends - 1) {
      after(BytesBelow(solid, Before(ends)));
      if (EndsSentence()) ++inner_sentences;
    }
    after(solid);
    in_word_ = (solid >> (8 * count - 1)) & 1;
  }

  bool in_word_ = false;
};

// "http://", "https://" or "www." anywhere in the line.
bool HasAddress(std::string_view line) {
  for (size_t at = line.find("://"); at != std::string_view::npos; at = line.find("://", at + 1))
    if (line.substr(0, at).ends_with("http") || line.substr(0, at).ends_with("https")) return true;
  return line.find("www.") != std::string_view::npos;
}

void DescribeShape(std::string_view line, LineFeatures& f) {
  ShapeReader shape;
  shape.Read(line);
  f.chars = std::min(shape.code_points, 4096);
  f.words = shape.words, f.inner_sentences = shape.inner_sentences, f.starts_upper = shape.starts_upper;
  f.all_caps = shape.cased >= 2 && shape.upper == shape.cased;
  // The last character decides how the line ends; a closing quote defers to the one before.
  UChar32 end = IsClosing(shape.last) ? shape.before_last : shape.last;
  f.ends_sentence = IsSentenceEnd(end);
  f.ends_question = end == '?' || end == 0x061F || end == 0x055E;
  f.ends_open = end == ',' || end == ';' || end == ':' || IsDashChar(end) || end == 0x060C;
  const int* script_counts = shape.script_counts;
  int best = 0;
  for (int k = 1; k < 7; ++k)
    if (script_counts[k] > script_counts[best]) best = k;
  f.script = script_counts[best] > 0 ? static_cast<LineScript>(best) : LineScript::kNone;
  f.has_url = HasAddress(line);
}

void DescribeListMarker(std::string_view line, LineFeatures& f) {
  for (std::string_view bullet : {"\u2022", "\u00B7", "\u25AA", "\u25CF", "\u2023", "- ", "* ", "\u2013 "})
    if (line.substr(0, bullet.size()) == bullet) f.bullet = true;
  size_t d = 0;
  while (d < line.size() && d < 4 && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') f.numbered = true;
}

// [SECTION] Credits ------------------------------------------------------------------------

constexpr std::string_view kBylineOpenings[] = {
    "by ", "submitted by ", "written by ", "reported by ", "posted by ", "story by ", "author:", "authors:",
    "автор:", "автор ", "yazar:", "yazan:", "müəllif:", "بقلم", "كتب ", "հեղինակ՝",
};

// Words that mark a short capitalised line as a publication rather than a person.
constexpr std::string_view kOutletWords[] = {
    "news", "today", "times", "post", "press", "agency", "media", "daily", "front", "journal", "herald", "tribune",
    "gazette", "report", "review", "blog", "tv", "radio", "network", "channel", "online", "observer", "monitor",
    "insider", "wire", "mail", "telegraph", "guardian", "independent", "national", "reuters", "sputnik", "tass",
    "ria", "trend", "apa", "azernews", "armenpress", "novosti", "info", "magazine", "weekly", "digest", "center",
    "centre", "institute", "foundation", "council", "service", "bbc", "cnn", "afp", "ap", "yahoo", "souri",
    "новости", "вести", "известия", "агентство", "газета", "тв", "радио", "медиа", "пресс", "риа", "тасс",
    "haber", "haberleri", "ajansı", "ajans", "gazetesi", "gazete", "xəbər", "xəbərləri", "agentliyi", "qəzeti",
    "الاخبار", "اخبار", "وكالة", "قناة", "صحيفة", "الميادين", "الجزيرة", "لուրեր", "լուրեր", "ռադիո",
};

bool IsNameWord(std::string_view w) {
  if (w.empty()) return false;
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), c);
  if (c < 0) return false;
  return u_isupper(c) || u_istitle(c) || (u_isalpha(c) && !u_islower(c) && !u_isupper(c));  // caseless scripts
}

}  // namespace

CreditKind ClassifyCredit(std::string_view raw_line, bool repeated) {
  std::string collapsed = CollapseSpaces(raw_line);
  std::string_view line = collapsed;
  if (line.empty() || line.size() > 160) return CreditKind::kNone;
  std::string folded = FoldForMatching(line);
  for (std::string_view o : kBylineOpenings)
    if (folded.rfind(o, 0) == 0 && folded.size() > o.size()) return CreditKind::kByline;
  std::vector<std::string_view> words = SplitOnSpaces(line);
  if (words.empty() || words.size() > 5 || line.size() > 60) return CreditKind::kNone;
  int letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(line.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(line.data()), i, static_cast<int32_t>(line.size()), c);
    if (c < 0) return CreditKind::kNone;
    if (u_isdigit(c)) return CreditKind::kNone;  // dates, counters
    if (u_isalpha(c) || c == ' ' || c == '-' || c == '.' || c == '\'' || c == 0x2019 || c == 0x2013) {
      letters += u_isalpha(c) != 0;
      continue;
    }
    return CreditKind::kNone;  // sentence punctuation, colons, quotes: not a bare credit
  }
  if (letters < 3) return CreditKind::kNone;
  int capitalised = 0;
  for (std::string_view w : words) capitalised += IsNameWord(w);
  if (capitalised < static_cast<int>(words.size()) - (words.size() >= 3 ? 1 : 0)) return CreditKind::kNone;
  bool outlet = repeated || words.size() == 1 || folded.rfind("the ", 0) == 0;
  bool caps = std::none_of(line.begin(), line.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
              std::any_of(line.begin(), line.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  outlet = outlet || caps;
  for (std::string_view w : SplitOnSpaces(folded))
    for (std::string_view o : kOutletWords) outlet = outlet || w == o;
  return outlet ? CreditKind::kOutlet : CreditKind::kPerson;
}

namespace {

// [SECTION] Datelines ------------------------------------------------------------------------

// Words of `line` outside [date_begin, date_end), counting only tokens that hold a letter.
int WordsOutside(std::string_view line, size_t date_begin, size_t date_end) {
  int count = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    if (j > i && (j <= date_begin || i >= date_end)) {
      std::string_view w = line.substr(i, j - i);
      bool letter = false;
      for (int32_t k = 0; k < static_cast<int32_t>(w.size()) && !letter;) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), k, static_cast<int32_t>(w.size()), c);
        letter = c >= 0 && u_isalpha(c);
      }
      count += letter;
    }
    i = j;
  }
  return count;
}

// A dateline states a full date (or a month and year) and little else:
// "JUL 21, 2023", "time22-07-2025", "THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS •".
void DescribeDateline(std::string_view content, size_t content_offset, const DateExpressionParser& parser, LineFeatures& f) {
  if (f.chars > 120 || f.words > 16) return;
  if (std::none_of(content.begin(), content.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      content.find("\xD9") == std::string_view::npos && content.find("\xDB") == std::string_view::npos)
    return;  // a dateline holds a number (ASCII, or Arabic-Indic digits)
  for (const DateExpression& e : parser.FindAll(content)) {
    bool full = e.form == DateForm::kNumeric || e.form == DateForm::kWritten || e.form == DateForm::kMonthYear;
    if (!full || WordsOutside(content, e.span.begin, e.span.end) > 4) continue;
    f.dateline = true;
    f.date = e;
    f.date.span = {e.span.begin + content_offset, e.span.end + content_offset};
    return;
  }
}

// [SECTION] Whole document ------------------------------------------------------------------

// The lines of a text: they end at "\n", "\r\n" or a lone "\r", as LineIndex counts them.
// memchr finds the breaks; the next "\n" and the next "\r" are remembered, so that a file
// without one of them is not searched to its end for every line.
class LineBreaks {
 public:
  explicit LineBreaks(std::string_view text) : text_(text), next_lf_(Find('\n', 0)), next_cr_(Find('\r', 0)) {}

  size_t Count() {
    size_t lines = 0, end;
    for (size_t begin = 0; begin != std::string_view::npos; begin = Next(begin, &end)) ++lines;
    return lines;
  }

  // For the line starting at `begin`: sets *end to where its text ends, and returns where the
  // next line begins (npos after the last line).
  size_t Next(size_t begin, size_t* end) {
    if (next_lf_ < begin) next_lf_ = Find('\n', begin);
    if (next_cr_ < begin) next_cr_ = Find('\r', begin);
    *end = std::min(next_lf_, next_cr_);
    if (*end == text_.size()) return std::string_view::npos;
    bool crlf = text_[*end] == '\r' && *end + 1 < text_.size() && text_[*end + 1] == '\n';
    return *end + (crlf ? 2 : 1);
  }

 private:
  size_t Find(char c, size_t from) const {
    const void* at = std::memchr(text_.data() + from, c, text_.size() - from);
    return at ? static_cast<size_t>(static_cast<const char*>(at) - text_.data()) : text_.size();
  }

  std::string_view text_;
  size_t next_lf_, next_cr_;  // the first "\n" and "\r" at or after the current line, or the end
};

// Titles are short and capitalised; running text is long, or several sentences. A short
// line that recurs verbatim in the file is a title or a caption, never running text.
void Classify(LineFeatures& f) {
  f.title_like = !f.blank && f.boilerplate == BoilerplateKind::kNone && !f.break_marker && !f.dateline && !f.bullet &&
                 !f.numbered && f.words >= 1 && f.words <= 30 && f.chars <= 250 && f.starts_upper && !f.ends_open &&
                 f.inner_sentences <= 2;
  bool repeated_short = f.key_count > 1 && f.words <= 30;
  bool text = !f.blank && f.boilerplate == BoilerplateKind::kNone && !f.dateline && !repeated_short;
  f.body = text && (f.words >= 25 || f.chars > 250 ||
                    (f.ends_sentence && (f.chars >= 140 || (f.words >= 16 && f.inner_sentences >= 1))));
  f.prose = f.body || (text && f.ends_sentence && !f.ends_question && f.words >= 8 && !f.all_caps &&
                       f.credit == CreditKind::kNone);
  if (f.body) f.title_like = false;
}

// Three or more lines in a row of similar, moderate length (all but the last 40-100
// characters, no list items, no repeats) are one paragraph wrapped by its writer, as in
// newsletters and e-mails: running text, joined into one passage.
void MarkHardWrapped(std::vector<LineFeatures>& lines) {
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < lines.size() && !lines[end].blank) ++end;
    bool wrapped = end - i >= 3;
    for (size_t k = i; k < end && wrapped; ++k) {
      const LineFeatures& f = lines[k];
      wrapped = !f.bullet && !f.numbered && f.key_count <= 1 && f.boilerplate == BoilerplateKind::kNone &&
                f.chars <= 100 && (k + 1 == end || f.chars >= 40);
    }
    for (size_t k = i; wrapped && k < end; ++k) {
      lines[k].body = lines[k].prose = true;
      lines[k].title_like = false;
      lines[k].joins_next = k + 1 < end;
    }
    i = end;
  }
}

}  // namespace

std::vector<LineFeatures> DescribeLines(const Document& doc, const SourceLocator& locator) {
  std::string_view text = doc.text;
  LineBreaks breaks(text);
  DateExpressionParser parser;
  std::vector<LineFeatures> out(LineBreaks(text).Count());  // features are large: no growing
  std::vector<uint64_t> keys;  // of every line that has one, sorted below to count repeats
  size_t n = 0;
  for (size_t begin = 0, next = 0; next != std::string_view::npos; begin = next) {
    size_t end;
    next = breaks.Next(begin, &end);
    LineFeatures& f = out[n++];
    f.span = {begin, end};
    f.raw_line = locator.LineOf(begin);
    size_t lead;
    std::string_view content = Trimmed(text.substr(begin, end - begin), &lead);
    f.content = {begin + lead, begin + lead + content.size()};
    f.blank = content.empty();
    if (f.blank) continue;
    DescribeShape(content, f);
    DescribeListMarker(content, f);
    f.boilerplate = ClassifyBoilerplate(content);
    f.break_marker = IsBreakMarker(content);
    if (content.size() <= kShortLineBytes) {
      f.key = LettersKeyHash(content);  // repeats are found by hash, without keeping every key
      if (f.key) keys.push_back(f.key);
      if (f.boilerplate == BoilerplateKind::kNone) DescribeDateline(content, f.content.begin, parser, f);
    }
  }
  std::sort(keys.begin(), keys.end());
  for (LineFeatures& f : out) {
    if (f.blank) continue;
    if (f.key) {
      auto [first, last] = std::equal_range(keys.begin(), keys.end(), f.key);
      f.key_count = static_cast<int>(last - first);
    }
    if (f.key && !f.dateline && f.boilerplate == BoilerplateKind::kNone && f.words <= 20)
      f.credit = ClassifyCredit(text.substr(f.content.begin, f.content.size()), f.key_count > 1);
    Classify(f);
  }
  MarkHardWrapped(out);
  return out;
}

}  // namespace atlas::text

// Title, outlet and author of an article; see article_credits.h.
//
// [SECTION] Words and separators
// [SECTION] Bylines and datelines
// [SECTION] Closing lines (signature, bio, footer)
// [SECTION] Putting it together
#include "text/article_credits.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/match_fold.h"
#include "util/split_on_spaces.h"

namespace atlas::text {
namespace {

// [SECTION] Words and separators ---------------------------------------------------------

std::string_view Trim(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == '\t' || c == '.' || c == ',' || c == ':' || c == ';'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  while (s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  return s;
}

// Splits at " – ", " — ", " - ", " | ", " • ", " · ", " / " and commas.
std::vector<std::string_view> Segments(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 0;
    for (std::string_view sep : {" \u2013 ", " \u2014 ", " - ", " | ", " \u2022 ", "\u2022", " \u00B7 ", " / ", ","})
      if (s.compare(i, sep.size(), sep) == 0) {
        len = sep.size();
        break;
      }
    if (!len) {
      ++i;
      continue;
    }
    out.push_back(Trim(s.substr(start, i - start)));
    i += len;
    start = i;
  }
  out.push_back(Trim(s.substr(start)));
  out.erase(std::remove_if(out.begin(), out.end(), [](std::string_view x) { return x.empty(); }), out.end());
  return out;
}

bool HasDigitOrNoLetter(std::string_view s) {
  bool letter = false;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    if (c >= 0 && u_isdigit(c)) return true;
    letter = letter || (c >= 0 && u_isalpha(c));
  }
  return !letter;
}

bool StartsUpper(std::string_view w) {
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(w.data()), i, static_cast<int32_t>(w.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

// 2 to 4 capitalised words with no sentence punctuation: "Lusine Musayelian".
bool LooksLikeName(std::string_view s) {
  std::vector<std::string_view> w = SplitOnSpaces(s);
  if (w.size() < 2 || w.size() > 4 || s.size() > 50) return false;
  for (std::string_view x : w) {
    if (!StartsUpper(x) || x.back() == '.' || x.back() == ',' || x.back() == ':') return false;
  }
  return !HasDigitOrNoLetter(s);
}

// Honorifics dropped before a name.
std::string_view DropHonorific(std::string_view s) {
  for (std::string_view h : {"Dr. ", "Prof. ", "Professor ", "Mr. ", "Ms. ", "Mrs. ", "Dr ", "Prof "})
    if (s.substr(0, h.size()) == h) return s.substr(h.size());
  return s;
}

}  // namespace

// [SECTION] Bylines and datelines ------------------------------------------------------------

void ParseByline(std::string_view raw_line, std::string* author, std::string* outlet) {
  std::string collapsed = CollapseSpaces(raw_line);
  std::string_view line = collapsed;
  std::string folded = FoldForMatching(line);
  std::vector<std::string_view> words = SplitOnSpaces(line);
  size_t skip = 1;  // "By", "بقلم", "Автор:"
  for (std::string_view two : {"submitted by", "written by", "reported by", "posted by", "story by"})
    if (folded.rfind(two, 0) == 0) skip = 2;
  if (words.size() <= skip) return;
  std::string_view rest = line.substr(static_cast<size_t>(words[skip].data() - line.data()));
  std::vector<std::string_view> parts = Segments(rest);
  if (parts.empty()) return;
  for (size_t k = 1; k < parts.size(); ++k) {
    std::string f = FoldForMatching(parts[k]);
    if (f.rfind("for ", 0) == 0 && outlet->empty()) *outlet = std::string(Trim(parts[k].substr(4)));
  }
  std::string_view name = parts[0];
  size_t for_at = name.find(" for ");
  if (for_at != std::string_view::npos) {
    if (outlet->empty()) *outlet = std::string(Trim(name.substr(for_at + 5)));
    name = Trim(name.substr(0, for_at));
  }
  if (SplitOnSpaces(name).size() == 1) {  // "By Trend": an agency signs with one word
    if (outlet->empty()) *outlet = std::string(name);
  } else if (SplitOnSpaces(name).size() <= 5 && author->empty()) {
    *author = std::string(DropHonorific(name));
  }
}

namespace {

// The words of a dateline around its date: "THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS •"
// gives "THE SAKER". Filler such as "Published" or "time" gives nothing.
std::string DatelineCredit(std::string_view line, size_t date_begin, size_t date_end, std::string* author) {
  std::string out;
  for (std::string_view raw_side : {line.substr(0, date_begin), line.substr(std::min(date_end, line.size()))}) {
    // Separators at the edges still separate. (Appended, not " " + ... + " ": GCC 12 gives a
    // false -Wrestrict on that form when inlined.)
    std::string side(1, ' ');
    side += CollapseSpaces(raw_side);
    side += ' ';
    for (std::string_view seg : Segments(side)) {
      if (HasDigitOrNoLetter(seg)) continue;
      std::string f = FoldForMatching(seg);
      bool filler = false;
      for (std::string_view x : {"time", "date", "published", "posted", "updated", "on", "at", "опубликовано", "tarih", "yayın", "tarix"})
        filler = filler || f == x || f.rfind(std::string(x) + " ", 0) == 0;
      if (filler) continue;
      if (f.rfind("by ", 0) == 0) {
        std::string ignored;
        ParseByline(seg, author, &ignored);
        continue;
      }
      if (out.empty() && ClassifyCredit(seg, false) != CreditKind::kNone) out = std::string(seg);
    }
  }
  return out;
}

// [SECTION] Closing lines --------------------------------------------------------------------

// The last occurrence of `needle` that starts at or before `max_start`: string_view::rfind,
// found forwards, as find() skips to candidates with memchr where rfind compares at every
// position of a (long) last paragraph.
size_t LastOf(std::string_view hay, std::string_view needle, size_t max_start = std::string_view::npos) {
  size_t last = std::string_view::npos;
  for (size_t at = hay.find(needle); at != std::string_view::npos && at <= max_start; at = hay.find(needle, at + 1)) last = at;
  return last;
}

// "... 800 hectares. Lusine Musayelian": a name after the last sentence of the text.
std::string TrailingSignature(std::string_view last) {
  size_t end = last.size();
  while (end > 0 && last[end - 1] == ' ') --end;
  size_t cut = std::string_view::npos;
  for (std::string_view stop : {". ", "\u201D ", "\" ", "! ", "? ", ") "}) {
    size_t at = LastOf(last, stop, end);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at + stop.size() > cut)) cut = at + stop.size();
  }
  if (cut == std::string_view::npos || cut >= end) return {};
  std::string_view tail = last.substr(cut, end - cut);
  return LooksLikeName(tail) ? std::string(tail) : std::string();
}

// "• Dr. Sinem Cengiz is a Turkish political analyst ..." (at the end of the text).
std::string BioName(std::string_view last) {
  for (std::string_view verb : {" is a ", " is an ", " is the "}) {
    size_t at = LastOf(last, verb);
    if (at == std::string_view::npos) continue;
    size_t from = LastOf(last, "\u2022 ", at);
    from = from == std::string_view::npos ? (last.size() < 300 ? 0 : std::string_view::npos) : from + 4;
    if (from == std::string_view::npos || from > at) continue;
    std::string_view name = DropHonorific(Trim(last.substr(from, at - from)));
    if (LooksLikeName(name)) return std::string(name);
  }
  return {};
}

size_t FindAsciiIgnoreCase(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

// "The views expressed in this article do not necessarily reflect those of The Cradle."
std::string FooterOutlet(std::string_view line) {
  for (std::string_view marker : {"reflect those of ", "reflect the views of ", "reflect the position of "}) {
    size_t at = FindAsciiIgnoreCase(line, marker);
    if (at == std::string_view::npos) continue;
    std::string_view tail = Trim(line.substr(at + marker.size()));
    if (!tail.empty() && SplitOnSpaces(tail).size() <= 6) return std::string(tail);
  }
  return {};
}

bool IsPostscript(std::string_view line) {
  std::string f = FoldForMatching(line.substr(0, 16));
  return f.rfind("ps:", 0) == 0 || f.rfind("ps ", 0) == 0 || f.rfind("p.s.", 0) == 0 || f.rfind("update:", 0) == 0;
}

}  // namespace

// [SECTION] Putting it together ------------------------------------------------------------

namespace {

// Reads one article's credits; each part of the article gets its own method.
class CreditReader {
 public:
  CreditReader(std::string_view text, const std::vector<LineFeatures>& lines, const ArticleLayout& layout)
      : text_(text), lines_(lines), a_(layout) {}

  ArticleCredits Read() {
    Header();
    Opening();
    Closing();
    for (int i : a_.footer)
      if (out_.outlet.empty()) out_.outlet = FooterOutlet(Line(i));
    return std::move(out_);
  }

 private:
  std::string_view Raw(int i) const {
    const ByteSpan& c = F(i).content;
    return text_.substr(c.begin, c.size());
  }
  std::string Line(int i) const { return CollapseSpaces(Raw(i)); }
  const LineFeatures& F(int i) const { return lines_[static_cast<size_t>(i)]; }
  bool Taken(int i) const { return std::find(out_.credit_lines.begin(), out_.credit_lines.end(), i) != out_.credit_lines.end(); }

  // The title (a CAPS title repeated in mixed case reads better in mixed case), bylines,
  // outlet and author lines, and the words around the dateline's date.
  void Header() {
    if (a_.title >= 0) {
      out_.title = Line(a_.title);
      for (int h : a_.header)
        if (F(a_.title).all_caps && F(h).key == F(a_.title).key && !F(h).all_caps) out_.title = Line(h);
    }
    for (int h : a_.header) {
      const LineFeatures& x = F(h);
      if (x.credit == CreditKind::kByline) ParseByline(Line(h), &out_.author, &out_.outlet);
      else if (x.credit == CreditKind::kOutlet && out_.outlet.empty()) out_.outlet = std::string(Trim(Line(h)));
      else if (x.credit == CreditKind::kPerson && out_.author.empty()) out_.author = std::string(Trim(Line(h)));
      else if (x.dateline && out_.outlet.empty())
        out_.outlet = DatelineCredit(Raw(h), x.date.span.begin - x.content.begin, x.date.span.end - x.content.begin, &out_.author);
    }
  }

  // A byline or a bare name among the first two text lines ("Yeghia Tashjian" after a
  // standfirst); later ones belong to quoted or embedded pieces.
  void Opening() {
    for (size_t k = 0; k < a_.content.size() && k < 2; ++k) {
      int i = a_.content[k];
      if (F(i).credit == CreditKind::kByline) {
        ParseByline(Line(i), &out_.author, &out_.outlet);
        out_.credit_lines.push_back(i);
      } else if (F(i).credit == CreditKind::kPerson && out_.author.empty()) {
        out_.author = Line(i);
        out_.credit_lines.push_back(i);
      }
    }
  }

  // A signature after the last paragraph ("The Saker") or just before a postscript; else a
  // bio ("• Dr. X is a ...") or a name closing the last paragraph.
  void Closing() {
    int last_body = -1;
    for (int i : a_.content)
      if (F(i).body) last_body = i;
    for (size_t k = 0; k < a_.content.size(); ++k) {
      int i = a_.content[k];
      bool before_ps = k + 1 < a_.content.size() && IsPostscript(Raw(a_.content[k + 1]));
      CreditKind credit = F(i).credit;
      if ((i < last_body && !before_ps) || credit == CreditKind::kNone || credit == CreditKind::kByline || Taken(i)) continue;
      if (!out_.author.empty() && (credit == CreditKind::kPerson || !out_.outlet.empty())) continue;
      // A signature names the writer, even a pen name that reads like an outlet ("The Saker").
      if (out_.author.empty()) out_.author = Line(i);
      if (credit == CreditKind::kOutlet && out_.outlet.empty()) out_.outlet = Line(i);
      out_.credit_lines.push_back(i);
    }
    if (out_.author.empty() && !a_.content.empty()) {
      std::string last = Line(a_.content.back());
      out_.author = BioName(last);
      if (out_.author.empty()) out_.author = TrailingSignature(last);
    }
  }

  std::string_view text_;
  const std::vector<LineFeatures>& lines_;
  const ArticleLayout& a_;
  ArticleCredits out_;
};

}  // namespace

ArticleCredits ReadArticleCredits(std::string_view text, const std::vector<LineFeatures>& lines, const ArticleLayout& layout) {
  return CreditReader(text, lines, layout).Read();
}

}  // namespace atlas::text

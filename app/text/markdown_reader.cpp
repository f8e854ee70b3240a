// Line-based Markdown to text; see markdown_reader.h.
//
// [SECTION] Character references
// [SECTION] Inline markup (links, images, code, emphasis, tags)
// [SECTION] Block markup (headings, fences, lists, quotes, front matter)
#include "text/markdown_reader.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace atlas::text {
namespace {

bool IsAsciiPunct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80); }

// [SECTION] Character references ---------------------------------------------------------

// The few named references Markdown writers use; others stay as written.
struct NamedReference {
  std::string_view name, utf8;
};
constexpr NamedReference kNamedReferences[] = {
    {"amp", "&"},           {"lt", "<"},           {"gt", ">"},           {"quot", "\""},
    {"apos", "'"},          {"nbsp", "\xC2\xA0"},  {"mdash", "\xE2\x80\x94"}, {"ndash", "\xE2\x80\x93"},
    {"hellip", "\xE2\x80\xA6"}, {"laquo", "\xC2\xAB"}, {"raquo", "\xC2\xBB"}, {"rsquo", "\xE2\x80\x99"},
    {"lsquo", "\xE2\x80\x98"}, {"rdquo", "\xE2\x80\x9D"}, {"ldquo", "\xE2\x80\x9C"},
};

// Decodes the reference at s[i] == '&'. Returns its length in s (0 when it is not one).
size_t DecodeReference(std::string_view s, size_t i, std::string* out) {
  size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 32) return 0;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  if (!body.empty() && body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string digits(body.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return 0;
    char* end = nullptr;
    long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0' || cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    uint8_t buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(buf, len, 4, static_cast<UChar32>(cp), error);
    if (error) return 0;
    out->assign(reinterpret_cast<char*>(buf), static_cast<size_t>(len));
    return semi + 1 - i;
  }
  for (const auto& r : kNamedReferences) {
    if (body == r.name) {
      out->assign(r.utf8);
      return semi + 1 - i;
    }
  }
  return 0;
}

// [SECTION] Inline markup ----------------------------------------------------------------

class InlineWriter {
 public:
  InlineWriter(std::string_view src, ExtractedTextBuilder& out) : src_(src), out_(out) {}

  // Writes the text of src[b, e), markup removed.
  void Write(size_t b, size_t e) {
    size_t run = b;  // start of the pending verbatim run
    size_t i = b;
    auto flush = [&](size_t upto) {
      if (upto > run) out_.AppendVerbatim(run, upto - run);
    };
    while (i < e) {
      char c = src_[i];
      size_t consumed = 0;
      if (c == '\\' && i + 1 < e && IsAsciiPunct(src_[i + 1])) {
        flush(i);
        out_.AppendVerbatim(i + 1, 1);
        consumed = 2;
      } else if (c == '`') {
        consumed = CodeSpan(i, e, flush);
      } else if (c == '!' && i + 1 < e && src_[i + 1] == '[') {
        size_t end = LinkEnd(i + 1, e, nullptr);
        if (end) flush(i), consumed = end - i;  // images are dropped with their alt text
      } else if (c == '[') {
        size_t text_end = 0;
        size_t end = LinkEnd(i, e, &text_end);
        if (end) {
          flush(i);
          Write(i + 1, text_end);
          consumed = end - i;
        }
      } else if (c == '<') {
        consumed = AngleBracket(i, e, flush);
      } else if (c == '&') {
        std::string decoded;
        size_t len = DecodeReference(src_.substr(0, e), i, &decoded);
        if (len) {
          flush(i);
          out_.AppendReplacement(decoded, i, len);
          consumed = len;
        }
      } else if (c == '*' || c == '_' || c == '~') {
        size_t j = i;
        while (j < e && src_[j] == c) ++j;
        if (IsDelimiter(i, j, b, e, c)) flush(i), consumed = j - i;
      }
      if (consumed) {
        i += consumed;
        run = i;
      } else {
        ++i;
      }
    }
    flush(e);
  }

 private:
  // `a**b**`, `*word*`, `_word_`, `~~struck~~`: a run touching text on one side only, or an
  // intraword `*`. Intraword underscores (snake_case) and lone tildes stay.
  bool IsDelimiter(size_t i, size_t j, size_t b, size_t e, char c) const {
    if (c == '~' && j - i < 2) return false;
    bool space_before = i == b || IsBlank(src_[i - 1]);
    bool space_after = j == e || IsBlank(src_[j]);
    if (space_before && space_after) return false;
    if (c == '_' && i > b && j < e && IsWordChar(src_[i - 1]) && IsWordChar(src_[j])) return false;
    return true;
  }

  template <typename Flush>
  size_t CodeSpan(size_t i, size_t e, Flush& flush) {
    size_t ticks = i;
    while (ticks < e && src_[ticks] == '`') ++ticks;
    size_t n = ticks - i;
    for (size_t k = ticks; k < e;) {
      size_t close = src_.find(std::string(n, '`'), k);
      if (close == std::string_view::npos || close >= e) return 0;
      size_t close_end = close + n;
      if (close_end < e && src_[close_end] == '`') {  // a longer run does not close
        k = close_end;
        while (k < e && src_[k] == '`') ++k;
        continue;
      }
      flush(i);
      out_.AppendVerbatim(ticks, close - ticks);
      return close_end - i;
    }
    return 0;
  }

  // `[text](url "title")`, `[text][ref]` or `[text][]`: returns the end of the whole link
  // (0 when this is no link) and where the text ends.
  size_t LinkEnd(size_t open, size_t e, size_t* text_end) const {
    int depth = 0;
    size_t close = 0;
    for (size_t k = open; k < e; ++k) {
      if (src_[k] == '\\') { ++k; continue; }
      if (src_[k] == '[') ++depth;
      if (src_[k] == ']' && --depth == 0) { close = k; break; }
    }
    if (!close || close + 1 >= e) return 0;
    char next = src_[close + 1];
    if (next != '(' && next != '[') return 0;
    char want = next == '(' ? ')' : ']';
    int parens = 0;
    for (size_t k = close + 2; k < e; ++k) {
      if (src_[k] == '\\') { ++k; continue; }
      if (src_[k] == next && next == '(') ++parens;
      if (src_[k] == want && parens-- == 0) {
        if (text_end) *text_end = close;
        return k + 1;
      }
    }
    return 0;
  }

  // `<https://...>` keeps the address; `<tag ...>` and `</tag>` vanish.
  template <typename Flush>
  size_t AngleBracket(size_t i, size_t e, Flush& flush) {
    size_t gt = src_.find('>', i);
    if (gt == std::string_view::npos || gt >= e) return 0;
    std::string_view inner = src_.substr(i + 1, gt - i - 1);
    if (inner.find(' ') == std::string_view::npos && (inner.find("://") != std::string_view::npos || inner.find('@') != std::string_view::npos)) {
      flush(i);
      out_.AppendVerbatim(i + 1, inner.size());
      return gt + 1 - i;
    }
    size_t name = inner.empty() || inner[0] != '/' ? 0 : 1;
    bool comment = inner.substr(0, 3) == "!--";
    if (!comment && (name >= inner.size() || !std::isalpha(static_cast<unsigned char>(inner[name])))) return 0;
    flush(i);
    return gt + 1 - i;
  }

  std::string_view src_;
  ExtractedTextBuilder& out_;
};

// [SECTION] Block markup -----------------------------------------------------------------

size_t SkipBlanks(std::string_view s, size_t i, size_t e) {
  while (i < e && IsBlank(s[i])) ++i;
  return i;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

// A line of one repeated character (with optional blanks) at least `min` long.
bool IsRuleOf(std::string_view line, char c, size_t min) {
  size_t count = 0;
  for (char x : line) {
    if (x == c) ++count;
    else if (!IsBlank(x)) return false;
  }
  return count >= min;
}

bool IsTableDelimiterRow(std::string_view line) {
  if (line.find('-') == std::string_view::npos || line.find('|') == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return c == '|' || c == '-' || c == ':' || IsBlank(c); });
}

void ReadFrontMatterLine(std::string_view line, SourceHints& hints) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  std::string key(Trim(line.substr(0, colon)));
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string value(Trim(line.substr(colon + 1)));
  if (value.empty()) return;
  auto set = [&](std::string& field) { if (field.empty()) field = value; };
  if (key == "title") set(hints.title);
  else if (key == "date" || key == "published" || key == "pubdate") set(hints.published);
  else if (key == "author" || key == "authors" || key == "byline") set(hints.author);
  else if (key == "site" || key == "source" || key == "publisher" || key == "outlet") set(hints.site_name);
}

class MarkdownLines {
 public:
  explicit MarkdownLines(std::string_view src) : src_(src), out_(src), inline_(src, out_) {}

  ExtractedText Run() {
    size_t i = src_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    if (i) out_.AppendVerbatim(0, 3);  // the BOM stays, as in plain text
    int line_no = 0;
    while (i < src_.size()) {
      size_t e = i;
      while (e < src_.size() && src_[e] != '\n' && src_[e] != '\r') ++e;
      size_t next = e;
      if (next < src_.size()) next += (src_[next] == '\r' && next + 1 < src_.size() && src_[next + 1] == '\n') ? 2 : 1;
      Line(i, e, ++line_no);
      out_.AppendVerbatim(e, next - e);  // the line ending, as written
      i = next;
    }
    ExtractedText result;
    result.text = out_.TakeText();
    result.map = out_.TakeMap();
    result.hints = std::move(hints_);
    return result;
  }

 private:
  void Line(size_t b, size_t e, int line_no) {
    std::string_view line = src_.substr(b, e - b);
    bool blank = SkipBlanks(src_, b, e) == e;
    if (line_no == 1 && line == "---") return void(front_matter_ = true);
    if (front_matter_) {
      if (line == "---" || line == "...") front_matter_ = false;
      else ReadFrontMatterLine(line, hints_);
      return;
    }
    size_t p = SkipBlanks(src_, b, e);
    if (Fence(p, e)) return;
    if (fence_char_) return out_.AppendVerbatim(b, e - b);  // code keeps its text
    bool after_paragraph = previous_was_text_;
    previous_was_text_ = false;
    if (blank) return;
    std::string_view rest = src_.substr(p, e - p);
    if (after_paragraph && (IsRuleOf(rest, '=', 1) || IsRuleOf(rest, '-', 1))) {  // setext underline
      if (rest[0] == '=' && hints_.headline.empty()) hints_.headline = previous_text_;
      return;
    }
    if (IsRuleOf(rest, '-', 3) || IsRuleOf(rest, '*', 3) || IsRuleOf(rest, '_', 3) || IsTableDelimiterRow(rest)) return;
    size_t close = rest.find(']');
    if (rest[0] == '[' && close != std::string_view::npos && close + 1 < rest.size() && rest[close + 1] == ':') return;  // reference definition
    while (p < e && src_[p] == '>') p = SkipBlanks(src_, p + 1, e);  // quote markers
    p = SkipListMarker(p, e);
    size_t level = 0;
    while (p + level < e && src_[p + level] == '#') ++level;
    if (level >= 1 && level <= 6 && (p + level == e || IsBlank(src_[p + level]))) {
      p = SkipBlanks(src_, p + level, e);
      e = TrimClosingHashes(p, e);
      size_t before = out_.text().size();
      inline_.Write(p, e);
      if (level == 1 && hints_.headline.empty()) hints_.headline = out_.text().substr(before);
      return;
    }
    size_t before = out_.text().size();
    inline_.Write(p, e);
    previous_text_ = out_.text().substr(before);
    previous_was_text_ = true;
  }

  bool Fence(size_t p, size_t e) {
    if (p + 3 > e || (src_[p] != '`' && src_[p] != '~')) return false;
    char c = src_[p];
    size_t n = 0;
    while (p + n < e && src_[p + n] == c) ++n;
    if (n < 3) return false;
    if (!fence_char_) {
      fence_char_ = c, fence_len_ = n;
      return true;
    }
    if (c == fence_char_ && n >= fence_len_ && SkipBlanks(src_, p + n, e) == e) {
      fence_char_ = 0;
      return true;
    }
    return false;
  }

  size_t SkipListMarker(size_t p, size_t e) const {
    if (p + 1 < e && (src_[p] == '-' || src_[p] == '*' || src_[p] == '+') && IsBlank(src_[p + 1])) {
      p = SkipBlanks(src_, p + 1, e);
    } else {
      size_t d = p;
      while (d < e && d - p < 9 && std::isdigit(static_cast<unsigned char>(src_[d]))) ++d;
      if (d > p && d + 1 < e && (src_[d] == '.' || src_[d] == ')') && IsBlank(src_[d + 1])) p = SkipBlanks(src_, d + 1, e);
    }
    if (p + 3 < e && src_[p] == '[' && (src_[p + 1] == ' ' || src_[p + 1] == 'x' || src_[p + 1] == 'X') && src_[p + 2] == ']')
      p = SkipBlanks(src_, p + 3, e);  // task list box
    return p;
  }

  size_t TrimClosingHashes(size_t p, size_t e) const {
    while (e > p && IsBlank(src_[e - 1])) --e;
    size_t h = e;
    while (h > p && src_[h - 1] == '#') --h;
    if (h < e && (h == p || IsBlank(src_[h - 1]))) e = h;
    while (e > p && IsBlank(src_[e - 1])) --e;
    return e;
  }

  std::string_view src_;
  ExtractedTextBuilder out_;
  InlineWriter inline_;
  SourceHints hints_;
  bool front_matter_ = false;
  char fence_char_ = 0;
  size_t fence_len_ = 0;
  bool previous_was_text_ = false;
  std::string previous_text_;
};

}  // namespace

ExtractedText ExtractMarkdownText(std::string_view source) { return MarkdownLines(source).Run(); }

}  // namespace atlas::text

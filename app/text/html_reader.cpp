// Readable text out of HTML with gumbo; see html_reader.h.
//
// [SECTION] Element roles
// [SECTION] Nesting guard
// [SECTION] Text node alignment (decoded text -> source bytes)
// [SECTION] Block writer (white space and paragraph breaks)
// [SECTION] Tree walk and header hints
#include "text/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "util/error.h"

namespace atlas::text {
namespace {

// [SECTION] Element roles ---------------------------------------------------------------

bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements whose content is its own line (lists, table rows) rather than a paragraph.
bool IsLineBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool IsParagraphBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DIR: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

std::string_view Attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower((unsigned char)x) == std::tolower((unsigned char)y); });
}

// Hidden elements and ARIA landmarks that are site furniture rather than the article.
bool IsHiddenOrFurniture(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden")) return true;
  if (EqualsIgnoreCase(Attribute(e, "aria-hidden"), "true")) return true;
  std::string_view role = Attribute(e, "role");
  for (const char* r : {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"})
    if (EqualsIgnoreCase(role, r)) return true;
  return false;
}

// [SECTION] Nesting guard ---------------------------------------------------------------

// Elements an open sibling of the same family closes (<li>a<li>b), and the family: 0 none.
int SiblingFamily(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: return 1;
    case GUMBO_TAG_LI: return 2;
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: return 3;
    case GUMBO_TAG_TR: return 4;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return 5;
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: return 6;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: return 7;
    case GUMBO_TAG_RT: case GUMBO_TAG_RP: return 8;
    default: return 0;
  }
}

bool IsVoid(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_KEYGEN:
      return true;
    default:
      return false;
  }
}

bool IsRawTextElement(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEXTAREA ||
         tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_NOEMBED || tag == GUMBO_TAG_NOFRAMES;
}

size_t FindIgnoreCase(std::string_view hay, std::string_view needle, size_t from) {
  auto it = std::search(hay.begin() + static_cast<long>(std::min(from, hay.size())), hay.end(), needle.begin(),
                        needle.end(), [](char a, char b) { return std::tolower((unsigned char)a) == std::tolower((unsigned char)b); });
  return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

// A linear estimate of the element nesting depth, good enough to refuse hostile input
// before gumbo sees it. Not a parser: tags are only counted, with gumbo's own tag lookup.
int EstimateNestingDepth(std::string_view html) {
  std::vector<GumboTag> open;
  int deepest = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t name_begin = i + 1 + closing, name_end = name_begin;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    size_t gt = html.find('>', name_end);
    if (name_end == name_begin || gt == std::string_view::npos) {
      i = name_end == name_begin ? i + 1 : html.size();
      continue;
    }
    GumboTag tag = gumbo_tagn_enum(html.data() + name_begin, static_cast<unsigned>(name_end - name_begin));
    bool self_closed = html[gt - 1] == '/';
    i = gt + 1;
    if (closing) {
      auto it = std::find(open.rbegin(), open.rbegin() + std::min<long>(64, static_cast<long>(open.size())), tag);
      if (it != open.rbegin() + std::min<long>(64, static_cast<long>(open.size()))) open.erase(std::prev(it.base()), open.end());
      continue;
    }
    if (IsRawTextElement(tag)) {  // its content holds no tags
      std::string close = "</" + std::string(html.substr(name_begin, name_end - name_begin));
      size_t end = FindIgnoreCase(html, close, i);
      i = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    if (IsVoid(tag) || self_closed) continue;
    // A block start closes an open <p>; a list item, cell or row closes its open sibling.
    if ((IsParagraphBlock(tag) || IsLineBlock(tag)) && !open.empty() && open.back() == GUMBO_TAG_P) open.pop_back();
    int family = SiblingFamily(tag);
    while (family && !open.empty() && SiblingFamily(open.back()) == family) open.pop_back();
    open.push_back(tag);
    deepest = std::max(deepest, static_cast<int>(open.size()));
  }
  return deepest;
}

// [SECTION] Text node alignment ---------------------------------------------------------

size_t Utf8Length(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// End of the character reference starting at source[i] == '&': name or number and ';'.
size_t EntityEnd(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    if (j < s.size() && (s[j] == 'x' || s[j] == 'X')) ++j;
    while (j < s.size() && std::isxdigit(static_cast<unsigned char>(s[j]))) ++j;
  } else {
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
  }
  if (j < s.size() && s[j] == ';') ++j;
  return j;
}

// A stretch of decoded text and the source bytes it came from.
struct Atom {
  std::string_view text;
  size_t source = 0, source_len = 0;
  bool verbatim = false;
};

// gumbo gives each text node its decoded text and the raw source it came from; walking both
// together recovers the source of every decoded byte. Character references, CR LF and tags
// gumbo ignored are the differences in practice; anything else maps the rest of the node as
// a whole.
template <typename Emit>
void AlignTextNode(std::string_view raw, size_t raw_offset, std::string_view text, Emit emit) {
  size_t i = 0, k = 0, run_i = 0, run_k = 0;
  auto flush = [&] {
    if (k > run_k) emit(Atom{text.substr(run_k, k - run_k), raw_offset + run_i, i - run_i, true});
    run_i = i, run_k = k;
  };
  while (i < raw.size() && k < text.size()) {
    char c = raw[i];
    bool tag = c == '<' && i + 1 < raw.size() &&
               (std::isalpha(static_cast<unsigned char>(raw[i + 1])) || raw[i + 1] == '/' || raw[i + 1] == '!' || raw[i + 1] == '?');
    if (c == text[k] && c != '&' && c != '\r' && !tag) {
      ++i, ++k;
      continue;
    }
    flush();
    if (c == '\r' && text[k] == '\n') {
      size_t n = i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
      emit(Atom{text.substr(k, 1), raw_offset + i, n, false});
      i += n, k += 1;
    } else if (c == '&') {
      size_t j = EntityEnd(raw, i);
      if (text.substr(k, j - i) == raw.substr(i, j - i)) {  // not a reference after all
        emit(Atom{text.substr(k, j - i), raw_offset + i, j - i, true});
        k += j - i, i = j;
      } else {
        // One decoded code point (two for a handful of references). A reference closed by ';'
        // ends there; a legacy one without it ends where page and text agree longest again
        // (it may run into the next word), failing that where a reference, CR or tag begins.
        auto agree = [&](size_t m, size_t t) {
          size_t n = 0;
          while (n < 8 && m + n < raw.size() && t + n < text.size() && raw[m + n] == text[t + n]) ++n;
          return n;
        };
        auto boundary = [&](size_t m) { return m >= raw.size() || raw[m] == '&' || raw[m] == '\r' || raw[m] == '<'; };
        size_t matched = std::string_view::npos, k2 = k;
        size_t one = k + Utf8Length(static_cast<unsigned char>(text[k]));
        size_t two = one < text.size() ? one + Utf8Length(static_cast<unsigned char>(text[one])) : one;
        if (raw[j - 1] == ';') {
          matched = j;
          k2 = agree(j, one) == 0 && !boundary(j) && agree(j, two) > 0 ? two : one;
        } else {
          size_t best = 0;
          for (size_t t : {one, two}) {
            for (size_t m = j + 1; m-- > i + 2;) {  // from the longest reading down to the shortest
              size_t n = agree(m, t);
              if (n > best || (t >= text.size() && matched == std::string_view::npos)) best = n, matched = m, k2 = t;
            }
            if (matched == std::string_view::npos && t == one && boundary(j)) matched = j, k2 = one;
            if (matched != std::string_view::npos) break;
          }
        }
        k2 = std::min(k2, text.size());
        if (matched == std::string_view::npos) break;
        emit(Atom{text.substr(k, k2 - k), raw_offset + i, matched - i, false});
        i = matched, k = std::min(k2, text.size());
      }
    } else if (tag) {  // a tag gumbo ignored ("</span>" with no <span> open) inside the text
      size_t gt = raw.compare(i, 4, "<!--") == 0 ? raw.find("-->", i) : raw.find('>', i);
      if (gt == std::string_view::npos) break;
      i = gt + (raw[gt] == '>' ? 1 : 3);
    } else {
      break;
    }
    run_i = i, run_k = k;
  }
  flush();
  if (k < text.size() || i < raw.size()) emit(Atom{text.substr(k), raw_offset + i, raw.size() - i, false});
}

// [SECTION] Block writer ----------------------------------------------------------------

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collapses white space, drops it at line starts and turns block boundaries into "\n" or
// "\n\n". Breaks and collapsed spaces are replacements mapped to the source they stand for.
class BlockWriter {
 public:
  explicit BlockWriter(std::string_view source) : out_(source) {}

  void Break(int level, size_t source_offset) {  // 1: line break, 2: paragraph break
    if (out_.empty()) return;
    if (level > pending_break_) pending_break_ = level, break_source_ = source_offset;
    pending_space_ = false;
  }
  void Space(size_t source, size_t len) {
    if (pending_break_ || out_.empty() || out_.back() == '\n') return;
    if (!pending_space_) pending_space_ = true, space_source_ = source, space_len_ = 0;
    space_len_ = source + len - space_source_;
  }
  void Text(const Atom& atom, bool preformatted) {
    if (!atom.verbatim) {
      if (!preformatted && atom.text.size() == 1 && IsHtmlSpace(atom.text[0])) return Space(atom.source, atom.source_len);
      Flush();
      out_.AppendReplacement(atom.text, atom.source, atom.source_len);
      return;
    }
    size_t p = 0;
    while (p < atom.text.size()) {
      size_t q = p;
      if (!preformatted && IsHtmlSpace(atom.text[p])) {
        while (q < atom.text.size() && IsHtmlSpace(atom.text[q])) ++q;
        Space(atom.source + p, q - p);
      } else {
        while (q < atom.text.size() && (preformatted || !IsHtmlSpace(atom.text[q]))) ++q;
        Flush();
        out_.AppendVerbatim(atom.source + p, q - p);
      }
      p = q;
    }
  }
  ExtractedTextBuilder& out() { return out_; }

 private:
  void Flush() {
    if (pending_break_) {
      out_.AppendReplacement(pending_break_ == 2 ? "\n\n" : "\n", break_source_, 0);
    } else if (pending_space_) {
      out_.AppendReplacement(" ", space_source_, space_len_);
    }
    pending_break_ = 0, pending_space_ = false;
  }

  ExtractedTextBuilder out_;
  int pending_break_ = 0;
  size_t break_source_ = 0;
  bool pending_space_ = false;
  size_t space_source_ = 0, space_len_ = 0;
};

// [SECTION] Tree walk and header hints --------------------------------------------------

// Decoded text below `node`, white space collapsed (for <title> and <h1> hints).
std::string PlainText(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      for (const char* c = n->v.text.text; *c; ++c) {
        if (IsHtmlSpace(*c)) {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += *c;
        }
      }
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void CollectMetaHint(const GumboElement& e, SourceHints& hints) {
  std::string_view key = Attribute(e, "property");
  if (key.empty()) key = Attribute(e, "name");
  if (key.empty()) key = Attribute(e, "itemprop");
  std::string_view content = Attribute(e, "content");
  if (key.empty() || content.empty()) return;
  auto set = [&](std::string& field) {
    if (field.empty()) field = std::string(content);
  };
  for (const char* k : {"article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date",
                        "dcterms.created", "og:published_time", "sailthru.date", "parsely-pub-date"})
    if (EqualsIgnoreCase(key, k)) return set(hints.published);
  if (EqualsIgnoreCase(key, "author") || EqualsIgnoreCase(key, "byl") ||
      (EqualsIgnoreCase(key, "article:author") && content.substr(0, 4) != "http"))
    return set(hints.author);
  if (EqualsIgnoreCase(key, "og:site_name") || EqualsIgnoreCase(key, "application-name")) return set(hints.site_name);
  if (EqualsIgnoreCase(key, "og:title") || EqualsIgnoreCase(key, "twitter:title")) return set(hints.title);
}

struct Frame {
  const GumboNode* node;
  unsigned next_child = 0;
};

class PageWalker {
 public:
  PageWalker(std::string_view source, size_t base) : writer_(source), source_(source), base_(base) {}

  void Walk(const GumboNode* root) {
    std::vector<Frame> stack{{root}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboNode* n = f.node;
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
        VisitText(n);
        stack.pop_back();
        continue;
      }
      const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
      if (f.next_child == 0 && n->type == GUMBO_NODE_ELEMENT && !Enter(n)) {
        stack.pop_back();
        continue;
      }
      if (f.next_child < kids.length) {
        stack.push_back({static_cast<const GumboNode*>(kids.data[f.next_child++])});
        continue;
      }
      if (n->type == GUMBO_NODE_ELEMENT) Leave(n->v.element);
      stack.pop_back();
    }
  }

  ExtractedText Finish() {
    ExtractedTextBuilder& out = writer_.out();
    if (!out.empty() && out.back() != '\n') out.AppendReplacement("\n", source_.size(), 0);  // end like a text file
    ExtractedText result;
    result.hints = std::move(hints_);
    if (result.hints.title.empty()) result.hints.title = std::move(page_title_);  // og:title is cleaner when present
    result.text = out.TakeText();
    result.map = out.TakeMap();
    return result;
  }

 private:
  // Returns false to skip the element's content.
  bool Enter(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_META) CollectMetaHint(e, hints_);
    if (e.tag == GUMBO_TAG_TITLE && page_title_.empty()) page_title_ = PlainText(node);
    if (e.tag == GUMBO_TAG_TIME && hints_.published.empty()) hints_.published = std::string(Attribute(e, "datetime"));
    if (e.tag == GUMBO_TAG_HEAD) VisitHead(e);
    if (IsDropped(e.tag) || IsHiddenOrFurniture(e)) return false;
    if (e.tag == GUMBO_TAG_H1 && hints_.headline.empty()) hints_.headline = PlainText(node);
    BreakFor(e, e.start_pos.offset);
    if (e.tag == GUMBO_TAG_PRE) ++preformatted_;
    return true;
  }
  void Leave(const GumboElement& e) {
    if (e.tag == GUMBO_TAG_PRE) --preformatted_;
    BreakFor(e, e.end_pos.offset);
    if (e.tag == GUMBO_TAG_BR) writer_.Break(1, base_ + e.start_pos.offset);
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) writer_.Space(base_ + e.end_pos.offset, 0);
  }
  void BreakFor(const GumboElement& e, size_t offset) {
    if (IsParagraphBlock(e.tag)) writer_.Break(2, base_ + offset);
    else if (IsLineBlock(e.tag)) writer_.Break(1, base_ + offset);
  }
  void VisitHead(const GumboElement& head) {  // meta tags and <title> live here; the text does not
    for (unsigned i = 0; i < head.children.length; ++i) {
      const auto* n = static_cast<const GumboNode*>(head.children.data[i]);
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (n->v.element.tag == GUMBO_TAG_META) CollectMetaHint(n->v.element, hints_);
      if (n->v.element.tag == GUMBO_TAG_TITLE && page_title_.empty()) page_title_ = PlainText(n);
    }
  }
  void VisitText(const GumboNode* n) {
    if (n->type == GUMBO_NODE_COMMENT) return;
    const GumboText& t = n->v.text;
    const char* html = source_.data() + base_;
    if (t.original_text.data < html || t.original_text.data > source_.data() + source_.size()) return;  // synthesized
    size_t raw_offset = base_ + static_cast<size_t>(t.original_text.data - html);
    bool pre = preformatted_ > 0;
    AlignTextNode(std::string_view(t.original_text.data, t.original_text.length), raw_offset, t.text,
                  [&](const Atom& a) { writer_.Text(a, pre); });
  }

  BlockWriter writer_;
  std::string_view source_;
  size_t base_;
  SourceHints hints_;
  std::string page_title_;
  int preformatted_ = 0;
};

}  // namespace

bool LooksLikeHtml(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t first = head.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos || head[first] != '<') return false;
  head = head.substr(first, 512);
  for (const char* marker : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>"})
    if (FindIgnoreCase(head, marker, 0) == 0) return true;
  // A comment or XML declaration first: look a little further for the root element.
  return (head.substr(0, 4) == "<!--" || head.substr(0, 5) == "<?xml") && FindIgnoreCase(head, "<html", 0) != std::string_view::npos;
}

ExtractedText ExtractHtmlText(std::string_view source) {
  // gumbo treats a BOM as text and would then put the head into the body: skip it.
  size_t base = source.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  std::string_view html = source.substr(base);
  int depth = EstimateNestingDepth(html);
  if (depth > kMaxHtmlNesting)
    throw AtlasError("", "HTML nested " + std::to_string(depth) + " elements deep (limit " +
                             std::to_string(kMaxHtmlNesting) + "); not parsed");
  GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  PageWalker walker(source, base);
  walker.Walk(parsed->document);
  gumbo_destroy_output(&kGumboDefaultOptions, parsed);
  return walker.Finish();
}

}  // namespace atlas::text

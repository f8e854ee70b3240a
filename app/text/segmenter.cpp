// Articles, passages and boilerplate from line features and article starts; see segmenter.h.
//
// [SECTION] One article's lines (header, text, furniture, trailer)
// [SECTION] Passages
// [SECTION] Fields (credits, digest titles, page hints, language)
// [SECTION] Whole document
#include "text/segmenter.h"

#include <algorithm>
#include <set>

#include "text/article_credits.h"
#include "text/article_dating.h"
#include "text/language_guess.h"
#include "text/line_features.h"
#include "text/match_fold.h"
#include "text/source_locator.h"

namespace atlas::text {
namespace {

bool Closes(const LineFeatures& f) {
  return f.boilerplate == BoilerplateKind::kEnd || f.boilerplate == BoilerplateKind::kSite;
}

// [SECTION] One article's lines ----------------------------------------------------------

struct AssembledArticle {
  ArticleLayout layout;
  std::vector<int> furniture;  // inline boilerplate inside the article
  std::vector<int> marks;      // break marks ("<…>", "* * *"): inside, but neither text nor boilerplate
  std::vector<int> trailer;    // boilerplate after it (related lists, prompts, teasers, footer menus)
  int first = -1, last = -1;
  int dateline = -1;
};

// After a closing line, the article resumes only where text clearly goes on: a long
// paragraph, or two text lines in a row (a one-paragraph app promo does not).
bool Resumes(const std::vector<LineFeatures>& lines, int j, int end) {
  const LineFeatures& f = lines[static_cast<size_t>(j)];
  if (!f.prose) return false;
  if (f.words >= 40) return true;
  for (int k = j + 1; k < end; ++k)
    if (!lines[static_cast<size_t>(k)].blank) return lines[static_cast<size_t>(k)].prose;
  return false;
}

// Three or more very short lines after the last text of an article are a site's footer
// menu ("Politics", "Economy", "Contacts"), not part of the article.
void TrimFooterMenu(const std::vector<LineFeatures>& lines, AssembledArticle& a) {
  std::vector<int>& content = a.layout.content;
  size_t tail = content.size();
  while (tail > 0 && !lines[static_cast<size_t>(content[tail - 1])].prose) --tail;
  if (content.size() - tail < 3) return;
  for (size_t k = tail; k < content.size(); ++k)
    if (lines[static_cast<size_t>(content[k])].words > 4) return;
  a.trailer.insert(a.trailer.end(), content.begin() + static_cast<long>(tail), content.end());
  content.resize(tail);
}

// Lines [head.first(), end) hold one article followed, perhaps, by boilerplate. Once a
// closing line (related news, a comment prompt, a teaser) appears, what follows is trailer,
// unless running text comes back: then the closing lines were furniture after all.
AssembledArticle Assemble(const std::vector<LineFeatures>& lines, const std::vector<bool>& teaser,
                          const ArticleHead& head, int end) {
  AssembledArticle a;
  a.layout.title = head.title;
  a.first = head.first();
  std::set<int> header(head.header.begin(), head.header.end());
  for (int h : head.header) {
    const LineFeatures& f = lines[static_cast<size_t>(h)];
    if (f.boilerplate == BoilerplateKind::kInline) a.furniture.push_back(h);
    else a.layout.header.push_back(h);
    if (f.dateline && a.dateline < 0) a.dateline = h;
  }
  std::vector<int> pending;
  for (int j = head.first(); j < end; ++j) {
    const LineFeatures& f = lines[static_cast<size_t>(j)];
    if (f.blank || j == head.title || header.count(j)) continue;
    if (teaser[static_cast<size_t>(j)] || Closes(f) || (!pending.empty() && !Resumes(lines, j, end))) {
      pending.push_back(j);
      continue;
    }
    a.furniture.insert(a.furniture.end(), pending.begin(), pending.end());  // text again: they were furniture
    pending.clear();
    if (f.boilerplate == BoilerplateKind::kInline || f.boilerplate == BoilerplateKind::kMeta) a.furniture.push_back(j);
    else if (f.break_marker) a.marks.push_back(j);
    else a.layout.content.push_back(j);
  }
  a.trailer = pending;
  TrimFooterMenu(lines, a);
  std::sort(a.trailer.begin(), a.trailer.end());
  a.layout.footer = a.trailer;
  int limit = a.trailer.empty() ? end : a.trailer.front();
  a.last = a.first;
  for (const std::vector<int>* part : std::initializer_list<const std::vector<int>*>{&head.header, &a.layout.content, &a.furniture, &a.marks})
    for (int j : *part)
      if (j < limit) a.last = std::max(a.last, j);
  return a;
}

// [SECTION] Passages ---------------------------------------------------------------------

void AddPassages(const std::vector<LineFeatures>& lines, const std::vector<int>& content, const std::set<int>& skip,
                 const SourceLocator& locator, Article& article) {
  auto emit = [&](int first, int last) {
    Passage p;
    p.span = {lines[static_cast<size_t>(first)].content.begin, lines[static_cast<size_t>(last)].content.end};
    p.first_line = lines[static_cast<size_t>(first)].raw_line;
    p.last_line = locator.LastLineOf(p.span.end);
    article.passages.push_back(std::move(p));
  };
  // One passage per line, as web dumps put one paragraph on a line, except hard-wrapped
  // paragraphs (LineFeatures::joins_next), which are one passage over several lines.
  int start = -1;
  for (size_t k = 0; k < content.size(); ++k) {
    int j = content[k];
    if (skip.count(j)) continue;
    if (start < 0) start = j;
    bool joined = lines[static_cast<size_t>(j)].joins_next && k + 1 < content.size() && content[k + 1] == j + 1;
    if (!joined) emit(start, j), start = -1;
  }
}

// [SECTION] Fields -----------------------------------------------------------------------

// A digest ("Azerbaijan/Turkey" ... "Iran" ... "Russia") has section headers, no title:
// a first line of three words or fewer, with no header cues, directly followed by text,
// like at least two other lines of the same article.
bool IsSectionHeaderNotTitle(const std::vector<LineFeatures>& lines, const ArticleHead& head, const ArticleLayout& layout) {
  if (head.title < 0 || !head.header.empty() || lines[static_cast<size_t>(head.title)].words > 3) return false;
  auto heads_text = [&](int j) {
    const LineFeatures& f = lines[static_cast<size_t>(j)];
    return f.title_like && f.words <= 3 && static_cast<size_t>(j + 1) < lines.size() && lines[static_cast<size_t>(j + 1)].body;
  };
  if (!heads_text(head.title)) return false;
  int others = 0;
  for (int j : layout.content) others += heads_text(j);
  return others >= 2;
}

std::string_view TextOf(const Document& doc, const LineFeatures& f) {
  return std::string_view(doc.text).substr(f.content.begin, f.content.size());
}

// [SECTION] Whole document ---------------------------------------------------------------

// Appends spans for runs of the given lines (runs continue across blank lines only).
void AddRuns(const std::vector<LineFeatures>& lines, const std::vector<bool>& marked, std::vector<ByteSpan>& out) {
  int start = -1, last = -1;
  for (int i = 0; i <= static_cast<int>(lines.size()); ++i) {
    bool end = i == static_cast<int>(lines.size());
    if (!end && lines[static_cast<size_t>(i)].blank) continue;
    if (!end && marked[static_cast<size_t>(i)]) {
      if (start < 0) start = i;
      last = i;
      continue;
    }
    if (start >= 0) out.push_back({lines[static_cast<size_t>(start)].content.begin, lines[static_cast<size_t>(last)].content.end});
    start = -1;
  }
}

Article BuildArticle(const Document& doc, const std::vector<LineFeatures>& lines, const ArticleHead& head,
                     const AssembledArticle& a, const SourceLocator& locator) {
  Article article;
  ArticleCredits credits = ReadArticleCredits(doc.text, lines, a.layout);
  article.title = IsSectionHeaderNotTitle(lines, head, a.layout) ? std::string() : credits.title;
  article.outlet = credits.outlet;
  article.author = credits.author;
  const LineFeatures& first = lines[static_cast<size_t>(a.first)];
  const LineFeatures& last = lines[static_cast<size_t>(a.last)];
  article.span = {first.content.begin, last.content.end};
  article.first_line = first.raw_line;
  article.last_line = locator.LastLineOf(article.span.end);
  std::vector<int> header_lines = a.layout.header;
  if (head.title >= 0) header_lines.push_back(head.title);
  header_lines.insert(header_lines.end(), credits.credit_lines.begin(), credits.credit_lines.end());
  std::sort(header_lines.begin(), header_lines.end());
  for (int h : header_lines) article.header_lines.push_back(lines[static_cast<size_t>(h)].content);
  std::set<int> skip(credits.credit_lines.begin(), credits.credit_lines.end());
  AddPassages(lines, a.layout.content, skip, locator, article);
  article.language = GuessLanguage(std::string_view(doc.text).substr(article.span.begin, article.span.size()));
  return article;
}

// What a page says about itself (HTML head, Markdown front matter) fills the gaps of the one
// article it holds; a site header above the article names its outlet.
void FillFromPage(const Document& doc, const std::vector<LineFeatures>& lines, int first_article, Article& only) {
  if (only.title.empty()) only.title = !doc.hints.headline.empty() ? doc.hints.headline : doc.hints.title;
  if (only.author.empty()) only.author = doc.hints.author;
  if (only.outlet.empty()) only.outlet = doc.hints.site_name;
  for (int i = 0; i < first_article && only.outlet.empty(); ++i) {
    const LineFeatures& f = lines[static_cast<size_t>(i)];
    if (f.blank) continue;
    if (f.title_like && f.words <= 10) only.outlet = CollapseSpaces(TextOf(doc, f));
    break;
  }
}

}  // namespace

void Segmenter::Segment(Document& doc) const {
  doc.articles.clear();
  doc.boilerplate.clear();
  const SourceLocator locator(doc);  // one line index of the raw file, for every part
  std::vector<LineFeatures> lines = DescribeLines(doc, locator);
  ArticleStarts starts = FindArticleStarts(lines, options_.starts);
  const int n = static_cast<int>(lines.size());
  std::vector<bool> outer(lines.size(), false), inside(lines.size(), false);
  int first_article = starts.heads.empty() ? n : starts.heads.front().first();
  for (int i = 0; i < first_article; ++i) outer[static_cast<size_t>(i)] = !lines[static_cast<size_t>(i)].blank;
  std::vector<int> dateline_of;
  for (size_t k = 0; k < starts.heads.size(); ++k) {
    int end = k + 1 < starts.heads.size() ? starts.heads[k + 1].first() : n;
    AssembledArticle a = Assemble(lines, starts.teaser, starts.heads[k], end);
    for (int j : a.furniture) inside[static_cast<size_t>(j)] = true;
    for (int j : a.trailer) outer[static_cast<size_t>(j)] = true;
    doc.articles.push_back(BuildArticle(doc, lines, starts.heads[k], a, locator));
    dateline_of.push_back(a.dateline);
  }
  if (doc.articles.size() == 1) FillFromPage(doc, lines, first_article, doc.articles.front());
  DateArticles(doc, lines, dateline_of, locator);
  AddRuns(lines, outer, doc.boilerplate);
  AddRuns(lines, inside, doc.boilerplate);
  std::sort(doc.boilerplate.begin(), doc.boilerplate.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
}

}  // namespace atlas::text

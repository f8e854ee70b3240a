// Article starts from header cues; see article_start_finder.h.
//
// Cue weights (a title starts an article at options.min_score, 3 by default):
//   after the title: its repeat 3 (2 on the very next line: an image's alt text and
//   caption repeat that way), a dateline 3, a byline 2, an outlet or author line 2
//   (+1 when that line recurs in the file), category bullets 1, a reading-time counter 2;
//   before the title: boilerplate or a teaser 3, a gap wider than the file's usual one 2,
//   a break mark ("<…>", "* * *") 1; an ALL-CAPS title of three words or more 1.
// So a title needs one strong cue or two weak ones; section headings inside an article have
// none, which is what keeps them inside. Cues go to the nearest title: when a menu label or a
// sentence (the last line of the previous text) stands above a clean title line, the title
// line wins.
#include "text/article_start_finder.h"

#include <algorithm>

namespace atlas::text {
namespace {

class StartScanner {
 public:
  StartScanner(const std::vector<LineFeatures>& lines, const StartFinderOptions& options)
      : lines_(lines), options_(options), teaser_(lines.size(), false), taken_(lines.size(), false) {
    wide_gap_is_rare_ = MeasureGaps();
  }

  ArticleStarts Run() {
    for (int i = 0; i < Count(); ++i) {
      if (taken_[At(i)] || teaser_[At(i)] || !L(i).title_like) continue;
      int subtitle = -1;
      ArticleHead head = Evaluate(i, &subtitle);
      if (head.score < options_.min_score) continue;
      if (subtitle >= 0 && !L(subtitle).ends_sentence) {  // a clean title line below i: i was a label or a sentence
        ArticleHead nearer = Evaluate(subtitle, nullptr);
        if (nearer.score >= options_.min_score && nearer.body == head.body) head = nearer;
      }
      if (head.body >= 0) {
        Take(head);
        heads_.push_back(head);
      } else {
        MarkTeaser(head);
      }
    }
    AddFirstArticle();
    std::sort(heads_.begin(), heads_.end(), [](const ArticleHead& a, const ArticleHead& b) { return a.first() < b.first(); });
    return {std::move(heads_), std::move(teaser_)};
  }

 private:
  int Count() const { return static_cast<int>(lines_.size()); }
  static size_t At(int i) { return static_cast<size_t>(i); }
  const LineFeatures& L(int i) const { return lines_[At(i)]; }
  int NextNonBlank(int i) const {
    for (++i; i < Count(); ++i)
      if (!L(i).blank) return i;
    return -1;
  }
  int PrevNonBlank(int i) const {
    for (--i; i >= 0; --i)
      if (!L(i).blank) return i;
    return -1;
  }
  bool Closes(int i) const { return L(i).boilerplate == BoilerplateKind::kEnd || L(i).boilerplate == BoilerplateKind::kSite; }

  // True when blank runs of two or more lines are rare between paragraphs, so that one
  // marks a break between articles (a file spaced with double gaps gets no such cue).
  bool MeasureGaps() const {
    int gaps = 0, wide = 0, run = 0;
    for (int i = 0; i < Count(); ++i) {
      if (L(i).blank) {
        ++run;
        continue;
      }
      if (run > 0) ++gaps, wide += run >= 2;
      run = 0;
    }
    return gaps == 0 || wide * 10 <= gaps;
  }

  // Whether title-like line j, inside the header of `title`, opens a header of its own.
  bool StartsOwnHeader(int j, int title, bool title_has_cue, bool passed_dateline) const {
    if (L(j).script != L(title).script && L(j).script != LineScript::kNone && L(title).script != LineScript::kNone)
      return true;
    if (!title_has_cue) return false;  // before any cue, j is a subtitle of `title`
    int k = j;
    for (int n = 0; n < 6 && (k = NextNonBlank(k)) >= 0 && !L(k).body; ++n) {
      if (L(j).key && L(k).key == L(j).key) return true;
      if (L(k).dateline && n < 3) return true;
    }
    int next = NextNonBlank(j);
    return passed_dateline && !L(j).ends_sentence && next >= 0 && L(next).credit != CreditKind::kNone;
  }

  // The header after title-like line i, its body line and the strength of its cues.
  // `subtitle` (optional) receives the first title-like line passed over before any cue.
  ArticleHead Evaluate(int i, int* subtitle) const {
    ArticleHead head;
    head.title = i;
    if (subtitle) *subtitle = -1;
    bool repeat = false, adjacent_repeat = false, dateline = false, byline = false, credit = false,
         credit_repeated = false, bullets = false;
    int j = NextNonBlank(i);
    for (int n = 0; j >= 0 && n < options_.max_header_lines; ++n, j = NextNonBlank(j)) {
      const LineFeatures& f = L(j);
      bool has_cue = repeat || dateline || byline || credit;
      bool opens_header = f.title_like && !f.body && StartsOwnHeader(j, i, has_cue, dateline);
      if (f.prose && !opens_header) {  // running text (or a whole sentence) after the header
        head.body = j;
        break;
      }
      if (Closes(j) || teaser_[At(j)]) break;
      if (f.key && f.key == L(i).key) {
        adjacent_repeat = adjacent_repeat || (!repeat && j == i + 1);
        repeat = true;
      } else if (f.dateline) {
        if (dateline) break;  // a second dateline belongs to the next header
        dateline = true;
      } else if (f.credit == CreditKind::kByline || f.boilerplate == BoilerplateKind::kMeta) {
        byline = true;
      } else if (f.credit != CreditKind::kNone) {
        credit = true;
        credit_repeated = credit_repeated || f.key_count > 1;
      } else if (f.bullet) {
        bullets = true;
      } else if (f.boilerplate == BoilerplateKind::kInline) {
        // a caption between title and text: furniture, not a cue
      } else {
        if (f.title_like && StartsOwnHeader(j, i, has_cue, dateline)) break;
        if (f.title_like && !has_cue && subtitle && *subtitle < 0) *subtitle = j;
        continue;  // a subtitle or standfirst: text, not header
      }
      head.header.push_back(j);
    }
    bool lone_adjacent = adjacent_repeat && !dateline && !byline && !credit;
    int score = (repeat ? (lone_adjacent ? 2 : 3) : 0) + 3 * dateline + 2 * byline + 2 * credit + credit_repeated + bullets;
    int above = PrevNonBlank(i);
    if (above >= 0 && (Closes(above) || teaser_[At(above)])) score += 3;
    if (above >= 0 && wide_gap_is_rare_ && i - above >= 3) score += 2;
    if (above >= 0 && L(above).break_marker) score += 1;
    if (L(i).all_caps && L(i).words >= 3) score += 1;
    head.score = score;
    return head;
  }

  void Take(const ArticleHead& head) {  // the title and everything up to the text
    for (int k = head.title; k < head.body; ++k) taken_[At(k)] = true;
  }
  void MarkTeaser(const ArticleHead& head) {
    int last = head.header.empty() ? head.title : head.header.back();
    for (int k = head.title; k <= last; ++k) teaser_[At(k)] = !L(k).blank;
  }

  // The first text of a file always opens an article, cued or not: its title is the best
  // scoring title-like line in the block of short lines above it (the nearest on a tie).
  void AddFirstArticle() {
    int body = -1;
    for (int i = 0; i < Count() && body < 0; ++i)
      if (L(i).body && !teaser_[At(i)]) body = i;
    for (int i = 0; i < Count() && body < 0; ++i)  // a short text: its first sentence will do
      if (L(i).prose && !teaser_[At(i)]) body = i;
    if (body < 0) return;
    for (const ArticleHead& h : heads_)
      if (h.first() <= body) return;
    ArticleHead best;
    best.body = body;
    best.score = -1;
    int seen = 0;
    for (int i = PrevNonBlank(body); i >= 0 && seen < 12 && !Closes(i) && !L(i).prose; i = PrevNonBlank(i), ++seen) {
      if (!L(i).title_like || teaser_[At(i)]) continue;
      ArticleHead h = Evaluate(i, nullptr);
      if (h.body == body && h.score > best.score) best = h;
    }
    if (best.title < 0) best.header.clear(), best.score = 0;
    heads_.push_back(best);
  }

  const std::vector<LineFeatures>& lines_;
  StartFinderOptions options_;
  std::vector<bool> teaser_, taken_;
  std::vector<ArticleHead> heads_;
  bool wide_gap_is_rare_ = true;
};

}  // namespace

ArticleStarts FindArticleStarts(const std::vector<LineFeatures>& lines, const StartFinderOptions& options) {
  return StartScanner(lines, options).Run();
}

}  // namespace atlas::text

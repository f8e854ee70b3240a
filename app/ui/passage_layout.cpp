// Passage layout; see passage_layout.h.
//
// Index of this file:
// [SECTION] Paragraphs: code points, byte offsets, marks, bidi levels
// [SECTION] Boundaries: ICU line-break opportunities and grapheme clusters
// [SECTION] Display form of a line: FriBidi shaping and visual order
// [SECTION] Line filling: greedy, measured on display-ready text
// [SECTION] Runs and alignment
// [SECTION] LayoutPassage
#include "ui/passage_layout.h"

#include <fribidi.h>
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <new>
#include <numeric>

namespace atlas::ui {
namespace {

using CodePoints = std::vector<FriBidiChar>;

//-----------------------------------------------------------------------------
// [SECTION] Paragraphs: code points, byte offsets, marks, bidi levels
//-----------------------------------------------------------------------------

// One '\n'-delimited paragraph, decoded, with the winning mark and bidi level of every
// code point. Bidi levels are resolved over the whole paragraph (as the algorithm asks);
// lines only reorder.
struct Paragraph {
  std::string_view utf8;          // the paragraph's bytes, without its '\n' (or "\r\n")
  CodePoints chars;               // U+FFFD where the bytes are ill-formed
  std::vector<int> byte_offset;   // per code point into `utf8`, plus one past the end
  std::vector<int> mark;          // per code point: index into the marks, -1 for none
  std::vector<FriBidiCharType> types;
  std::vector<FriBidiLevel> levels;
  FriBidiParType direction = FRIBIDI_PAR_LTR;

  int size() const { return int(chars.size()); }
};

void Decode(Paragraph& p) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(p.utf8.data());
  const int32_t length = int32_t(p.utf8.size());
  for (int32_t i = 0; i < length;) {
    p.byte_offset.push_back(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    p.chars.push_back(c < 0 ? 0xFFFD : FriBidiChar(c));
  }
  p.byte_offset.push_back(length);
}

// Marks are given in passage bytes; `passage_offset` is where the paragraph starts.
void AssignMarks(Paragraph& p, int passage_offset, const std::vector<TextMark>& marks) {
  p.mark.assign(p.chars.size(), -1);
  const auto first_at_or_after = [&](int passage_byte) {
    const int local = passage_byte - passage_offset;
    return int(std::lower_bound(p.byte_offset.begin(), p.byte_offset.end() - 1, local) - p.byte_offset.begin());
  };
  for (int m = 0; m < int(marks.size()); ++m) {
    const int end = first_at_or_after(marks[m].end);
    for (int i = first_at_or_after(marks[m].begin); i < end; ++i) {
      const int held = p.mark[i];
      if (held < 0 || marks[m].style < marks[held].style) p.mark[i] = m;
    }
  }
}

void ResolveBidi(Paragraph& p, FriBidiParType inherited_direction) {
  const auto n = FriBidiStrIndex(p.chars.size());
  p.types.resize(p.chars.size());
  p.levels.resize(p.chars.size());
  std::vector<FriBidiBracketType> brackets(p.chars.size());
  fribidi_get_bidi_types(p.chars.data(), n, p.types.data());
  fribidi_get_bracket_types(p.chars.data(), n, p.types.data(), brackets.data());
  const FriBidiParType first_strong = fribidi_get_par_direction(p.types.data(), n);
  p.direction = first_strong == FRIBIDI_PAR_RTL || first_strong == FRIBIDI_PAR_LTR ? first_strong
                                                                                   : inherited_direction;
  FriBidiParType resolved = p.direction;
  if (n > 0 && !fribidi_get_par_embedding_levels_ex(p.types.data(), brackets.data(), n, &resolved, p.levels.data()))
    throw std::bad_alloc();  // FriBidi fails only when it cannot allocate
}

//-----------------------------------------------------------------------------
// [SECTION] Boundaries: ICU line-break opportunities and grapheme clusters
//-----------------------------------------------------------------------------

struct Boundary {
  int at;          // code point index: a line may end before this code point
  bool mandatory;  // a hard break inside the paragraph (U+2028, form feed, ...)
};

// Made once per thread: creating a break iterator loads rules; reusing one is cheap.
icu::BreakIterator* LineBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return breaker.get();
}

icu::BreakIterator* ClusterBreaker() {
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return breaker.get();
}

// Boundaries after `begin` up to and including `end` (code point indices); every code
// point is a boundary if ICU could not give an iterator.
std::vector<Boundary> BoundariesWithin(icu::BreakIterator* breaker, const Paragraph& p, int begin, int end) {
  std::vector<Boundary> out;
  UErrorCode status = U_ZERO_ERROR;
  const int byte_begin = p.byte_offset[begin];
  icu::LocalUTextPointer text(
      utext_openUTF8(nullptr, p.utf8.data() + byte_begin, p.byte_offset[end] - byte_begin, &status));
  if (breaker) breaker->setText(text.getAlias(), status);
  if (!breaker || U_FAILURE(status)) {
    for (int i = begin + 1; i <= end; ++i) out.push_back({i, false});
    return out;
  }
  for (int32_t b = breaker->following(0); b != icu::BreakIterator::DONE; b = breaker->next()) {
    const int at = int(std::lower_bound(p.byte_offset.begin(), p.byte_offset.end(), byte_begin + b) -
                       p.byte_offset.begin());
    const bool mandatory = at < end && breaker->getRuleStatus() >= UBRK_LINE_HARD &&
                           breaker->getRuleStatus() < UBRK_LINE_HARD_LIMIT;
    if (out.empty() || out.back().at < at) out.push_back({std::min(at, end), mandatory});
  }
  if (out.empty() || out.back().at != end) out.push_back({end, false});
  return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Display form of a line: FriBidi shaping and visual order
//-----------------------------------------------------------------------------

struct VisualLine {
  CodePoints chars;         // display-ready, left to right
  std::vector<int> source;  // for each, the paragraph code point it came from
};

// Shapes [begin, end) of the paragraph on its own (Arabic joins within the line only),
// reorders it visually, and drops what a font must not draw: the U+FEFF left where
// lam-alef became one ligature, and other default-ignorables (ZWNJ, LRM, ...).
VisualLine DisplayForm(const Paragraph& p, int begin, int end) {
  VisualLine out;
  const auto n = FriBidiStrIndex(end - begin);
  if (n <= 0) return out;
  CodePoints chars(p.chars.begin() + begin, p.chars.begin() + end);
  std::vector<FriBidiLevel> levels(p.levels.begin() + begin, p.levels.begin() + end);
  std::vector<FriBidiArabicProp> joining(static_cast<size_t>(n));
  std::vector<FriBidiStrIndex> visual_to_logical(static_cast<size_t>(n));
  std::iota(visual_to_logical.begin(), visual_to_logical.end(), 0);
  const FriBidiCharType* types = p.types.data() + begin;
  constexpr FriBidiFlags kFlags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;

  fribidi_get_joining_types(chars.data(), n, joining.data());
  fribidi_join_arabic(types, n, levels.data(), joining.data());
  fribidi_shape(kFlags, levels.data(), n, joining.data(), chars.data());
  if (!fribidi_reorder_line(kFlags, types, n, 0, p.direction, levels.data(), chars.data(), visual_to_logical.data()))
    throw std::bad_alloc();

  for (FriBidiStrIndex v = 0; v < n; ++v) {
    if (u_hasBinaryProperty(UChar32(chars[size_t(v)]), UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) continue;
    out.chars.push_back(chars[size_t(v)]);
    out.source.push_back(begin + visual_to_logical[size_t(v)]);
  }
  return out;
}

std::string ToUtf8(const FriBidiChar* begin, const FriBidiChar* end) {
  std::string out;
  out.reserve(size_t(end - begin) * 2);
  for (const FriBidiChar* c = begin; c != end; ++c) {
    char bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, UChar32(*c));
    out.append(bytes, size_t(length));
  }
  return out;
}

// Where [begin, end) ends once the spaces a line break swallows are dropped.
int WithoutTrailingSpace(const Paragraph& p, int begin, int end) {
  while (end > begin && u_isUWhiteSpace(UChar32(p.chars[size_t(end - 1)]))) --end;
  return end;
}

//-----------------------------------------------------------------------------
// [SECTION] Line filling: greedy, measured on display-ready text
//-----------------------------------------------------------------------------

struct LineSpan {
  int begin, end;  // code point indices in the paragraph
};

class LineFiller {
 public:
  LineFiller(const Paragraph& p, float wrap_width, const TextMeasure& measure)
      : p_(p), wrap_width_(wrap_width), measure_(measure) {}

  std::vector<LineSpan> Fill() {
    std::vector<LineSpan> lines;
    const int start = FillGreedily(BoundariesWithin(LineBreaker(), p_, 0, p_.size()), 0, lines,
                                   [&](int begin, int end) { return CutBetweenClusters(begin, end, lines); });
    if (start < p_.size() || lines.empty()) lines.push_back({start, p_.size()});
    return lines;
  }

 private:
  // The whole line, measured as it will be drawn (shaped, without trailing spaces).
  bool Fits(int begin, int end) const {
    if (wrap_width_ <= 0) return true;
    const VisualLine line = DisplayForm(p_, begin, WithoutTrailingSpace(p_, begin, end));
    if (line.chars.empty()) return true;
    return measure_(ToUtf8(line.chars.data(), line.chars.data() + line.chars.size())) <= wrap_width_;
  }

  // Appends every line that closes between `start` and the last boundary, and returns where
  // the still open last line starts. `place_too_wide(begin, end)` handles a piece that does
  // not fit even alone on a line, and returns where the open line then starts.
  template <typename PlaceTooWide>
  int FillGreedily(const std::vector<Boundary>& boundaries, int start, std::vector<LineSpan>& lines,
                   PlaceTooWide place_too_wide) const {
    int fitted = start;  // [start, fitted) fits on the open line
    for (size_t i = 0; i < boundaries.size();) {
      const Boundary& boundary = boundaries[i];
      if (Fits(start, boundary.at)) {
        fitted = boundary.at;
        ++i;
        if (boundary.mandatory) {
          lines.push_back({start, fitted});
          start = fitted;
        }
      } else if (fitted > start) {
        lines.push_back({start, fitted});  // then try the same boundary on a fresh line
        start = fitted;
      } else {
        start = place_too_wide(start, boundary.at);
        fitted = boundary.at;
        ++i;
        if (boundary.mandatory && start < fitted) {
          lines.push_back({start, fitted});
          start = fitted;
        }
      }
    }
    return start;
  }

  // A piece with no break opportunity that is wider than a line: split it between grapheme
  // clusters; a single cluster wider than a line still gets a line of its own.
  int CutBetweenClusters(int begin, int end, std::vector<LineSpan>& lines) const {
    return FillGreedily(BoundariesWithin(ClusterBreaker(), p_, begin, end), begin, lines,
                        [&](int cluster_begin, int cluster_end) {
                          lines.push_back({cluster_begin, cluster_end});
                          return cluster_end;
                        });
  }

  const Paragraph& p_;
  float wrap_width_;
  const TextMeasure& measure_;
};

//-----------------------------------------------------------------------------
// [SECTION] Runs and alignment
//-----------------------------------------------------------------------------

// A line's display form cut into runs wherever the mark changes, positioned left to right;
// a right-to-left line is pushed against the right edge.
LayoutLine BuildLine(const Paragraph& p, LineSpan span, const std::vector<TextMark>& marks, float wrap_width,
                     const TextMeasure& measure) {
  LayoutLine line;
  line.rtl = p.direction == FRIBIDI_PAR_RTL;
  const VisualLine visual = DisplayForm(p, span.begin, WithoutTrailingSpace(p, span.begin, span.end));
  for (size_t i = 0; i < visual.chars.size();) {
    const int mark = p.mark[size_t(visual.source[i])];
    size_t j = i + 1;
    while (j < visual.chars.size() && p.mark[size_t(visual.source[j])] == mark) ++j;
    LayoutRun run;
    run.text = ToUtf8(visual.chars.data() + i, visual.chars.data() + j);
    run.x = line.width;
    run.width = measure(run.text);
    run.mark = mark;
    run.style = mark < 0 ? -1 : marks[size_t(mark)].style;
    line.width += run.width;
    line.runs.push_back(std::move(run));
    i = j;
  }
  if (line.rtl && wrap_width > line.width) {
    for (LayoutRun& run : line.runs) run.x += wrap_width - line.width;
  }
  return line;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] LayoutPassage
//-----------------------------------------------------------------------------

std::vector<LayoutLine> LayoutPassage(std::string_view utf8, const std::vector<TextMark>& marks, float wrap_width,
                                      const TextMeasure& measure) {
  std::vector<LayoutLine> lines;
  FriBidiParType direction = FRIBIDI_PAR_LTR;
  for (size_t start = 0; start < utf8.size();) {
    const size_t newline = std::min(utf8.find('\n', start), utf8.size());
    Paragraph p;
    p.utf8 = utf8.substr(start, newline - start);
    if (!p.utf8.empty() && p.utf8.back() == '\r') p.utf8.remove_suffix(1);
    Decode(p);
    AssignMarks(p, int(start), marks);
    ResolveBidi(p, direction);
    direction = p.direction;
    for (const LineSpan& span : LineFiller(p, wrap_width, measure).Fill())
      lines.push_back(BuildLine(p, span, marks, wrap_width, measure));
    start = newline + 1;
  }
  return lines;
}

}  // namespace atlas::ui

// Lays out a passage of text for display: paragraphs, line breaks (ICU), bidi order and Arabic
// shaping (FriBidi), runs split where highlighting changes. Pure layout: no ImGui, no GL.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace atlas::ui {

// What a mark highlights; where marks overlap, the lowest value wins.
inline constexpr int kMarkSelectedPlace = 0;  // the place the analyst clicked
inline constexpr int kMarkOtherMention = 1;   // other place mentions in the passage
inline constexpr int kMarkSearchMatch = 2;    // a full-text search hit
inline constexpr int kMarkQuote = 3;          // the sentence a curated fact or event quotes
inline constexpr int kMarkStyleCount = 4;

struct TextMark {
  int begin = 0, end = 0;  // byte offsets into the UTF-8 passage, end exclusive
  int style = kMarkOtherMention;
  bool operator==(const TextMark&) const = default;
};

struct LayoutRun {
  std::string text;   // visual order, display-ready: Arabic in presentation forms, no U+FEFF
  float x = 0;        // from the line's left edge (already right-aligned on RTL lines)
  float width = 0;
  int style = -1;     // the TextMark style, -1 for plain text
  int mark = -1;      // index of the mark in the caller's vector, -1 for plain text
};

struct LayoutLine {
  std::vector<LayoutRun> runs;  // left to right
  bool rtl = false;             // the paragraph reads right to left
  float width = 0;              // of the runs together (trailing spaces dropped)
};

using TextMeasure = std::function<float(std::string_view utf8)>;

// Each '\n' ends a paragraph (an empty paragraph is an empty line; a final '\n' adds none);
// a paragraph's direction is that of its first strong character (a neutral one inherits the
// previous paragraph's). Lines break at ICU line-break opportunities, a word wider than
// `wrap_width` between grapheme clusters; `wrap_width` <= 0 disables wrapping. `measure`
// is called only on display-ready text. An empty passage has no lines.
std::vector<LayoutLine> LayoutPassage(std::string_view utf8, const std::vector<TextMark>& marks,
                                      float wrap_width, const TextMeasure& measure);

}  // namespace atlas::ui

// Itemise (bidi level x font), order runs visually, shape each with HarfBuzz; see text_shaper.h.
#include "render/text_shaper.h"

#include <fribidi.h>
#include <hb.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>

namespace atlas::render {
namespace {

struct Run {
  size_t begin, end;  // code point indices
  int face;
  FriBidiLevel level;
};

std::vector<char32_t> DecodeUtf8(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = int32_t(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? 0xFFFD : char32_t(c));
  }
  return out;
}

// Rule L2 of the bidi algorithm at run granularity: from the highest level down to the
// lowest odd level, reverse every maximal sequence of runs at that level or above.
void ReorderRunsVisually(std::vector<Run>& runs) {
  if (runs.empty()) return;
  // Levels are signed chars: plain ints here, so "no odd level yet" cannot wrap to -1.
  int highest = 0, lowest_odd = std::numeric_limits<int>::max();
  for (const Run& r : runs) {
    highest = std::max(highest, int(r.level));
    if (r.level % 2) lowest_odd = std::min(lowest_odd, int(r.level));
  }
  for (int level = highest; level >= lowest_odd && level > 0; --level) {
    for (size_t i = 0; i < runs.size();) {
      if (runs[i].level < level) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < runs.size() && runs[j].level >= level) ++j;
      std::reverse(runs.begin() + long(i), runs.begin() + long(j));
      i = j;
    }
  }
}

}  // namespace

ShapedLine TextShaper::Shape(std::string_view utf8, FontStyle style, float letter_spacing) const {
  ShapedLine line;
  const std::vector<char32_t> text = DecodeUtf8(utf8);
  if (text.empty()) return line;
  const auto n = FriBidiStrIndex(text.size());

  std::vector<FriBidiCharType> types(text.size());
  std::vector<FriBidiBracketType> brackets(text.size());
  std::vector<FriBidiLevel> levels(text.size());
  const auto* chars = reinterpret_cast<const FriBidiChar*>(text.data());
  fribidi_get_bidi_types(chars, n, types.data());
  fribidi_get_bracket_types(chars, n, types.data(), brackets.data());
  FriBidiParType base = FRIBIDI_PAR_ON;
  if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()))
    std::fill(levels.begin(), levels.end(), FriBidiLevel(0));

  std::vector<Run> runs;
  for (size_t i = 0; i < text.size(); ++i) {
    const int face = fonts_.FaceIndexFor(style, text[i]);
    if (!runs.empty() && runs.back().face == face && runs.back().level == levels[i]) {
      runs.back().end = i + 1;
    } else {
      runs.push_back({i, i + 1, face, levels[i]});
    }
  }
  ReorderRunsVisually(runs);

  const float spacing = letter_spacing * FontSet::kBasePixels;
  hb_buffer_t* buffer = hb_buffer_create();
  float pen = 0;
  for (const Run& run : runs) {
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(text.data()), int(text.size()),
                        unsigned(run.begin), int(run.end - run.begin));
    hb_buffer_set_direction(buffer, run.level % 2 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(fonts_.face(run.face).hb, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    const bool spaced = spacing != 0 && run.level % 2 == 0;  // spacing would break Arabic joining
    for (unsigned g = 0; g < count; ++g) {
      line.glyphs.push_back({run.face, info[g].codepoint, pen + pos[g].x_offset / 64.f, pos[g].y_offset / 64.f});
      pen += pos[g].x_advance / 64.f;
      const bool cluster_ends = g + 1 == count || info[g + 1].cluster != info[g].cluster;
      if (spaced && cluster_ends) pen += spacing;
    }
  }
  hb_buffer_destroy(buffer);
  if (spacing != 0 && !line.glyphs.empty() && runs.back().level % 2 == 0) pen -= spacing;  // none after the last
  line.width = pen;
  return line;
}

}  // namespace atlas::render

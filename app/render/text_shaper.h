// Turns a UTF-8 line into positioned glyphs: font fallback per code point, bidi levels and
// visual run order (FriBidi), shaping with HarfBuzz (joining Arabic, Armenian ligatures,
// kerning). CPU only; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "render/font_set.h"

namespace atlas::render {

struct ShapedGlyph {
  int face = 0;
  uint32_t glyph = 0;
  float x = 0, y = 0;  // pen position in base pixels (FontSet::kBasePixels), y up
};

struct ShapedLine {
  std::vector<ShapedGlyph> glyphs;  // in visual order, left to right
  float width = 0;                  // advance width in base pixels
};

class TextShaper {
 public:
  explicit TextShaper(const FontSet& fonts) : fonts_(fonts) {}
  // `letter_spacing` in em is added between clusters of left-to-right runs.
  ShapedLine Shape(std::string_view utf8_line, FontStyle style, float letter_spacing = 0) const;

 private:
  const FontSet& fonts_;
};

}  // namespace atlas::render

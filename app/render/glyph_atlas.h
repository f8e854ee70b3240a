// Signed-distance glyph images (FreeType's, or the fonts' cached ones) packed into one GL texture:
// text crisp at every size, with a halo. Needs a GL context; no ImGui.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "render/font_set.h"
#include "render/gl_resources.h"

namespace atlas::render {

struct GlyphImage {
  float u0 = 0, v0 = 0, u1 = 0, v1 = 0;  // texture coordinates
  float left = 0, top = 0;               // bitmap offset from the pen, base pixels (top is up)
  float width = 0, height = 0;           // base pixels, including the SDF spread
  bool empty = true;                     // whitespace: nothing to draw
};

class GlyphAtlas {
 public:
  static constexpr int kSize = 2048;
  static constexpr float kSpread = FontSet::kSdfSpread;

  explicit GlyphAtlas(const FontSet& fonts);
  const GlyphImage& Get(int face, uint32_t glyph);
  // Uploads glyphs rendered since the last call; call before drawing.
  void Upload();
  GLuint texture() const { return texture_.get(); }

 private:
  GlyphImage Render(int face, uint32_t glyph);
  GlyphField RenderField(int face, uint32_t glyph) const;
  const FontSet& fonts_;
  GlTexture texture_;
  std::vector<uint8_t> pixels_;
  std::unordered_map<uint64_t, GlyphImage> glyphs_;
  int shelf_x_ = 1, shelf_y_ = 1, shelf_height_ = 0;
  int dirty_y0_ = kSize, dirty_y1_ = 0;
};

}  // namespace atlas::render

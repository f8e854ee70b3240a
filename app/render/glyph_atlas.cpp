// FreeType SDF rendering (through the fonts' glyph field cache) and shelf packing; see glyph_atlas.h.
#include "render/glyph_atlas.h"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstring>

namespace atlas::render {

GlyphAtlas::GlyphAtlas(const FontSet& fonts) : fonts_(fonts), texture_(MakeTexture()) {
  pixels_.assign(size_t(kSize) * kSize, 0);
  glBindTexture(GL_TEXTURE_2D, texture_.get());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, kSize, kSize, 0, GL_RED, GL_UNSIGNED_BYTE, pixels_.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

const GlyphImage& GlyphAtlas::Get(int face, uint32_t glyph) {
  const uint64_t key = (uint64_t(uint32_t(face)) << 32) | glyph;
  auto it = glyphs_.find(key);
  if (it != glyphs_.end()) return it->second;
  return glyphs_.emplace(key, Render(face, glyph)).first->second;
}

GlyphField GlyphAtlas::RenderField(int face_index, uint32_t glyph) const {
  GlyphField field;
  FT_Face face = fonts_.face(face_index).ft;
  if (FT_Load_Glyph(face, glyph, FT_LOAD_NO_BITMAP | FT_LOAD_NO_HINTING) != 0) return field;
  if (face->glyph->format != FT_GLYPH_FORMAT_OUTLINE || face->glyph->outline.n_points == 0) return field;
  // Rasterise first, then let FreeType's "bsdf" module turn the bitmap into a distance field:
  // several times faster than the outline-based "sdf" module, and as good at this size.
  if (FT_Render_Glyph(face->glyph, FT_RENDER_MODE_NORMAL) != 0) return field;
  if (FT_Render_Glyph(face->glyph, FT_RENDER_MODE_SDF) != 0) return field;
  const FT_Bitmap& bm = face->glyph->bitmap;
  const int w = int(bm.width), h = int(bm.rows);
  if (w == 0 || h == 0) return field;
  field.left = face->glyph->bitmap_left;
  field.top = face->glyph->bitmap_top;
  field.width = w;
  field.height = h;
  field.pixels.resize(size_t(w) * size_t(h));
  for (int row = 0; row < h; ++row)
    std::memcpy(&field.pixels[size_t(row) * size_t(w)], bm.buffer + ptrdiff_t(row) * bm.pitch, size_t(w));
  return field;
}

GlyphImage GlyphAtlas::Render(int face_index, uint32_t glyph) {
  GlyphImage image;
  GlyphFieldCache& fields = fonts_.glyph_fields();
  const GlyphField* field = fields.Find(face_index, glyph);
  if (!field) field = &fields.Insert(face_index, glyph, RenderField(face_index, glyph));
  const int w = field->width, h = field->height;
  if (w == 0 || h == 0) return image;
  if (shelf_x_ + w + 1 > kSize) {  // next shelf
    shelf_x_ = 1;
    shelf_y_ += shelf_height_ + 1;
    shelf_height_ = 0;
  }
  if (shelf_y_ + h + 1 > kSize) return image;  // atlas full: the glyph is skipped, never corrupts others
  for (int row = 0; row < h; ++row)
    std::memcpy(&pixels_[size_t(shelf_y_ + row) * kSize + size_t(shelf_x_)], &field->pixels[size_t(row) * size_t(w)],
                size_t(w));
  image.u0 = float(shelf_x_) / kSize;
  image.v0 = float(shelf_y_) / kSize;
  image.u1 = float(shelf_x_ + w) / kSize;
  image.v1 = float(shelf_y_ + h) / kSize;
  image.left = float(field->left);
  image.top = float(field->top);
  image.width = float(w);
  image.height = float(h);
  image.empty = false;
  dirty_y0_ = std::min(dirty_y0_, shelf_y_);
  dirty_y1_ = std::max(dirty_y1_, shelf_y_ + h);
  shelf_x_ += w + 1;
  shelf_height_ = std::max(shelf_height_, h);
  return image;
}

void GlyphAtlas::Upload() {
  if (dirty_y1_ <= dirty_y0_) return;
  glBindTexture(GL_TEXTURE_2D, texture_.get());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(GL_TEXTURE_2D, 0, 0, dirty_y0_, kSize, dirty_y1_ - dirty_y0_, GL_RED, GL_UNSIGNED_BYTE,
                  &pixels_[size_t(dirty_y0_) * kSize]);
  dirty_y0_ = kSize;
  dirty_y1_ = 0;
}

}  // namespace atlas::render

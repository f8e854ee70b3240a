// Text layout and SDF quad batching; see text_renderer.h.
#include "render/text_renderer.h"

#include <algorithm>
#include <cstddef>

namespace atlas::render {
namespace {

// Visual extent of a line relative to its em size: ascent above and descent below the
// baseline, enough for accented capitals (Ş, Ö, Ç) and descenders.
constexpr float kAscent = 0.80f;
constexpr float kDescent = 0.24f;

template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  size_t start = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    fn(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

}  // namespace

TextRenderer::TextRenderer(const FontSet& fonts)
    : shaper_(fonts), atlas_(fonts), program_("text.vert", "text.frag"), vao_(MakeVertexArray()),
      vbo_(MakeBuffer()), ibo_(MakeBuffer()) {
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vbo_.get());
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_.get());
  const auto stride = GLsizei(sizeof(Vertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Vertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Vertex, u)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(Vertex, colour)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(Vertex, halo)));
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Vertex, scale)));
  glBindVertexArray(0);
}

const ShapedLine& TextRenderer::ShapeCached(std::string_view line, const TextStyle& style) {
  std::string key;
  key.reserve(line.size() + 16);
  key.append(line);
  key.push_back('\x1f');
  key.push_back(char('0' + int(style.font)));
  key.append(std::to_string(style.letter_spacing));
  auto it = shaped_.find(key);
  if (it != shaped_.end()) return it->second;
  return shaped_.emplace(std::move(key), shaper_.Shape(line, style.font, style.letter_spacing)).first->second;
}

TextSize TextRenderer::Measure(std::string_view text, const TextStyle& style) {
  const float scale = style.size / FontSet::kBasePixels;
  TextSize size;
  int lines = 0;
  ForEachLine(text, [&](std::string_view line) {
    size.width = std::max(size.width, ShapeCached(line, style).width * scale);
    ++lines;
  });
  size.first_baseline = kAscent * style.size;
  size.height = (kAscent + kDescent + float(lines - 1) * style.line_height) * style.size;
  return size;
}

void TextRenderer::Add(std::string_view text, float x, float y, const TextStyle& style, TextAlign align) {
  const float scale = style.size / FontSet::kBasePixels;
  const TextSize box = Measure(text, style);
  float baseline = y + box.first_baseline;
  ForEachLine(text, [&](std::string_view line_text) {
    const ShapedLine& line = ShapeCached(line_text, style);
    float left = x;
    if (align == TextAlign::kCenter) left = x + (box.width - line.width * scale) / 2;
    if (align == TextAlign::kRight) left = x + box.width - line.width * scale;
    for (const ShapedGlyph& g : line.glyphs) {
      const GlyphImage& img = atlas_.Get(g.face, g.glyph);
      if (img.empty) continue;
      const float x0 = left + (g.x + img.left) * scale;
      const float y0 = baseline - (g.y + img.top) * scale;
      const float x1 = x0 + img.width * scale, y1 = y0 + img.height * scale;
      const auto base = uint32_t(vertices_.size());
      vertices_.push_back({x0, y0, img.u0, img.v0, style.colour, style.halo, scale, style.halo_width});
      vertices_.push_back({x1, y0, img.u1, img.v0, style.colour, style.halo, scale, style.halo_width});
      vertices_.push_back({x1, y1, img.u1, img.v1, style.colour, style.halo, scale, style.halo_width});
      vertices_.push_back({x0, y1, img.u0, img.v1, style.colour, style.halo, scale, style.halo_width});
      for (uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) indices_.push_back(base + i);
    }
    baseline += style.line_height * style.size;
  });
}

void TextRenderer::Flush(int width, int height) {
  if (indices_.empty()) return;
  atlas_.Upload();
  program_.Use();
  glUniform2f(program_.Uniform("u_viewport"), float(width), float(height));
  glUniform1f(program_.Uniform("u_spread"), GlyphAtlas::kSpread);
  glUniform1i(program_.Uniform("u_atlas"), 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, atlas_.texture());
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vbo_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(vertices_.size() * sizeof(Vertex)), vertices_.data(), GL_STREAM_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(indices_.size() * sizeof(uint32_t)), indices_.data(),
               GL_STREAM_DRAW);
  glDrawElements(GL_TRIANGLES, GLsizei(indices_.size()), GL_UNSIGNED_INT, nullptr);
  glBindVertexArray(0);
  vertices_.clear();
  indices_.clear();
}

}  // namespace atlas::render

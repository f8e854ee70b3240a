// Draws text in screen space: shapes (HarfBuzz), lays out lines, builds SDF glyph quads and
// draws them in one call. Used for map labels and briefing furniture. Needs a GL context;
// no ImGui.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "map/colour.h"
#include "render/font_set.h"
#include "render/glyph_atlas.h"
#include "render/shader_program.h"
#include "render/text_shaper.h"

namespace atlas::render {

enum class TextAlign { kLeft, kCenter, kRight };

// All sizes in physical pixels.
struct TextStyle {
  FontStyle font = FontStyle::kRegular;
  float size = 12;             // em height
  float letter_spacing = 0;    // em
  map::Rgba colour;
  map::Rgba halo{0, 0, 0, 0};
  float halo_width = 0;
  float line_height = 1.15f;   // em, between baselines of wrapped lines
};

struct TextSize {
  float width = 0, height = 0;  // physical pixels: widest line; first ascent to last descent
  float first_baseline = 0;     // from the top of the box
};

class TextRenderer {
 public:
  explicit TextRenderer(const FontSet& fonts);

  // Lines are separated by '\n'.
  TextSize Measure(std::string_view text, const TextStyle& style);
  // Queues text whose box's top-left corner is (x, y); lines aligned within the box.
  void Add(std::string_view text, float x, float y, const TextStyle& style, TextAlign align = TextAlign::kLeft);
  // Draws everything queued into the bound framebuffer (viewport in pixels) and clears the queue.
  void Flush(int viewport_width, int viewport_height);

 private:
  struct Vertex {
    float x, y, u, v;
    map::Rgba colour, halo;
    float scale, halo_width;
  };
  const ShapedLine& ShapeCached(std::string_view line, const TextStyle& style);
  TextShaper shaper_;
  GlyphAtlas atlas_;
  ShaderProgram program_;
  GlVertexArray vao_;
  GlBuffer vbo_, ibo_;
  std::vector<Vertex> vertices_;
  std::vector<uint32_t> indices_;
  std::unordered_map<std::string, ShapedLine> shaped_;
};

}  // namespace atlas::render

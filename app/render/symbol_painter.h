// Draws point symbols (town dots, capital squares, peak triangles) in screen pixels as
// instanced signed-distance shapes with an outline. No ImGui.
#pragma once
#include <vector>

#include "map/basemap_style.h"
#include "render/shader_program.h"

namespace atlas::render {

struct Symbol {
  float x = 0, y = 0;  // centre, pixels from the top-left
  float radius = 3;    // pixels
  map::SymbolShape shape = map::SymbolShape::kDot;
  map::Rgba fill;
  map::Rgba outline;
};

class SymbolPainter {
 public:
  SymbolPainter();
  void Add(const Symbol& s) { symbols_.push_back(s); }
  // Draws and clears everything added; outline width in pixels.
  void Flush(int viewport_width, int viewport_height, float outline_width);

 private:
  ShaderProgram program_;
  GlVertexArray vao_;
  GlBuffer corners_, instances_;
  std::vector<Symbol> symbols_;
};

}  // namespace atlas::render

// Instanced point symbols; see symbol_painter.h.
#include "render/symbol_painter.h"

#include <cstddef>

namespace atlas::render {
namespace {
struct Instance {
  float x, y, radius, shape;
  map::Rgba fill, outline;
};
}  // namespace

SymbolPainter::SymbolPainter()
    : program_("symbol.vert", "symbol.frag"), vao_(MakeVertexArray()), corners_(MakeBuffer()), instances_(MakeBuffer()) {
  const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, corners_.get());
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  const auto stride = GLsizei(sizeof(Instance));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, nullptr);
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(Instance, fill)));
  glVertexAttribDivisor(2, 1);
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(Instance, outline)));
  glVertexAttribDivisor(3, 1);
  glBindVertexArray(0);
}

void SymbolPainter::Flush(int width, int height, float outline_width) {
  if (symbols_.empty()) return;
  std::vector<Instance> data;
  data.reserve(symbols_.size());
  for (const Symbol& s : symbols_) {
    const float shape = float(static_cast<int>(s.shape == map::SymbolShape::kNone ? map::SymbolShape::kDot : s.shape));
    data.push_back({s.x, s.y, s.radius, shape, s.fill, s.outline});
  }
  program_.Use();
  glUniform2f(program_.Uniform("u_viewport"), float(width), float(height));
  glUniform1f(program_.Uniform("u_outline_width"), outline_width);
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(Instance)), data.data(), GL_STREAM_DRAW);
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(data.size()));
  glBindVertexArray(0);
  symbols_.clear();
}

}  // namespace atlas::render

// Strip-mesh lines; see line_painter.h.
#include "render/line_painter.h"

#include <cstddef>

namespace atlas::render {

GpuLineMesh::GpuLineMesh(const map::LineMesh& mesh)
    : vao_(MakeVertexArray()), vbo_(MakeBuffer()), ibo_(MakeBuffer()), chunks_(mesh.chunks) {
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vbo_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.vertices.size() * sizeof(map::LineVertex)), mesh.vertices.data(),
               GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(uint32_t)), mesh.indices.data(),
               GL_STATIC_DRAW);
  const auto stride = GLsizei(sizeof(map::LineVertex));
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(map::LineVertex, x)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(map::LineVertex, nx)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(map::LineVertex, along)));
  glEnableVertexAttribArray(3);
  glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(map::LineVertex, side)));
  glBindVertexArray(0);
}

void GpuLineMesh::Draw(LinePainter& painter, const MapTransform& transform, const geo::Bounds& visible,
                       const map::LineStyle& style, float pixel_ratio) const {
  const std::vector<map::IndexRange> ranges = map::VisibleRanges(chunks_, visible);
  if (!ranges.empty()) painter.DrawRanges(vao_.get(), ranges, transform, style, pixel_ratio);
}

GpuLineSet::GpuLineSet(const map::LineGroup& group)
    : group_(group), role_(group.role), layer_id_(group.layer_id), lods_(group.lods.size()) {}

const GpuLineMesh& GpuLineSet::Lod(size_t i) const {
  if (!lods_[i]) lods_[i] = std::make_unique<GpuLineMesh>(group_.lods[i].mesh);
  return *lods_[i];
}

void GpuLineSet::Draw(LinePainter& painter, const MapTransform& transform, const geo::Bounds& visible,
                      double logical_resolution, const map::LineStyle& style, float pixel_ratio) const {
  if (lods_.empty()) return;
  size_t chosen = lods_.size() - 1;
  for (size_t i = 0; i < group_.lods.size(); ++i) {
    if (logical_resolution <= group_.lods[i].max_resolution) {
      chosen = i;
      break;
    }
  }
  Lod(chosen).Draw(painter, transform, visible, style, pixel_ratio);
}

LinePainter::LinePainter() : program_("line.vert", "line.frag") {}

void LinePainter::DrawPass(GLuint vao, const std::vector<map::IndexRange>& ranges, const MapTransform& transform,
                           map::Rgba colour, float width_px, float dash_px, float gap_px) {
  // A line thinner than a pixel is drawn a pixel wide and proportionally fainter.
  const float coverage = width_px < 1 ? width_px : 1;
  const float half = std::max(width_px, 1.f) / 2;
  program_.Use();
  transform.Apply(program_);
  glUniform4f(program_.Uniform("u_colour"), colour.r / 255.f, colour.g / 255.f, colour.b / 255.f, colour.a / 255.f);
  glUniform1f(program_.Uniform("u_half_width"), half);
  glUniform2f(program_.Uniform("u_dash"), dash_px, gap_px);
  glUniform1f(program_.Uniform("u_coverage"), coverage);
  glBindVertexArray(vao);
  glEnable(GL_PRIMITIVE_RESTART);
  glPrimitiveRestartIndex(map::LineMesh::kRestart);
  for (const auto& r : ranges)
    glDrawElements(GL_TRIANGLE_STRIP, GLsizei(r.count), GL_UNSIGNED_INT,
                   reinterpret_cast<void*>(size_t(r.first) * sizeof(uint32_t)));
  glDisable(GL_PRIMITIVE_RESTART);
  glBindVertexArray(0);
}

void LinePainter::DrawRanges(GLuint vao, const std::vector<map::IndexRange>& ranges, const MapTransform& transform,
                             const map::LineStyle& style, float ratio) {
  if (style.casing_width > 0) DrawPass(vao, ranges, transform, style.casing, style.casing_width * ratio, 0, 0);
  // Round dash ends add a half width at each end: shorten the dash and lengthen the gap to match.
  float dash = 0, gap = 0;
  if (style.dash > 0) {
    dash = std::max(0.01f, (style.dash - style.width) * ratio);
    gap = (style.gap + style.width) * ratio;
  }
  DrawPass(vao, ranges, transform, style.colour, style.width * ratio, dash, gap);
}

void LinePainter::DrawPixels(const std::vector<geo::Path>& paths, const map::LineStyle& style, float ratio,
                             int width, int height) {
  // Pixels (y down) become map-like coordinates (y up) so one shader serves both.
  std::vector<geo::Path> flipped = paths;
  for (auto& p : flipped)
    for (auto& pt : p) pt.y = -pt.y;
  const map::LineMesh mesh = map::BuildLineMesh(flipped, 1e9);
  if (mesh.empty()) return;
  GpuLineMesh gpu(mesh);
  DrawRanges(gpu.vao_.get(), {{0, uint32_t(mesh.indices.size())}}, MapTransform::ForPixels(width, height), style,
             ratio);
}

}  // namespace atlas::render

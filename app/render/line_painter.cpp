// Instanced segment lines; see line_painter.h.
#include "render/line_painter.h"

namespace atlas::render {
namespace {

struct Instance {
  float x0, y0, x1, y1, along;
};

std::vector<Instance> ToInstances(const std::vector<map::LineSegment>& segments, double flip_y) {
  std::vector<Instance> out;
  out.reserve(segments.size());
  for (const auto& s : segments)
    out.push_back({float(s.a.x), float(s.a.y * flip_y), float(s.b.x), float(s.b.y * flip_y), float(s.along)});
  return out;
}

}  // namespace

LinePainter::LinePainter()
    : program_("line.vert", "line.frag"), corners_(MakeBuffer()), overlay_vao_(MakeVertexArray()),
      overlay_instances_(MakeBuffer()) {
  const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};  // a triangle strip
  glBindBuffer(GL_ARRAY_BUFFER, corners_.get());
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  SetUpInstanceVao(overlay_vao_.get(), overlay_instances_.get());
}

void LinePainter::SetUpInstanceVao(GLuint vao, GLuint instances) const {
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, corners_.get());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, instances);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(Instance), nullptr);
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 1, GL_FLOAT, GL_FALSE, sizeof(Instance), reinterpret_cast<void*>(4 * sizeof(float)));
  glVertexAttribDivisor(2, 1);
  glBindVertexArray(0);
}

void LinePainter::DrawPass(GLuint vao, GLsizei count, const MapTransform& transform, map::Rgba colour,
                           float width_px, float dash_px, float gap_px) {
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
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, count);
  glBindVertexArray(0);
}

void LinePainter::DrawInstances(GLuint vao, GLsizei count, const MapTransform& transform,
                                const map::LineStyle& style, float ratio) {
  if (count == 0) return;
  if (style.casing_width > 0) DrawPass(vao, count, transform, style.casing, style.casing_width * ratio, 0, 0);
  // Round dash ends add a half width at each end: shorten the dash and lengthen the gap to match.
  float dash = 0, gap = 0;
  if (style.dash > 0) {
    dash = std::max(0.01f, (style.dash - style.width) * ratio);
    gap = (style.gap + style.width) * ratio;
  }
  DrawPass(vao, count, transform, style.colour, style.width * ratio, dash, gap);
}

void LinePainter::DrawPixels(const std::vector<map::LineSegment>& segments, const map::LineStyle& style,
                             float ratio, int width, int height) {
  if (segments.empty()) return;
  const std::vector<Instance> data = ToInstances(segments, -1.0);
  glBindBuffer(GL_ARRAY_BUFFER, overlay_instances_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(Instance)), data.data(), GL_STREAM_DRAW);
  DrawInstances(overlay_vao_.get(), GLsizei(data.size()), MapTransform::ForPixels(width, height), style, ratio);
}

GpuLineSet::GpuLineSet(const map::LineGroup& group, const LinePainter& painter)
    : role_(group.role), layer_id_(group.layer_id) {
  for (const auto& lod : group.lods) {
    Lod gpu{lod.max_resolution, MakeVertexArray(), MakeBuffer(), GLsizei(lod.segments.size())};
    const std::vector<Instance> data = ToInstances(lod.segments, 1.0);
    glBindBuffer(GL_ARRAY_BUFFER, gpu.instances.get());
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(Instance)), data.data(), GL_STATIC_DRAW);
    painter.SetUpInstanceVao(gpu.vao.get(), gpu.instances.get());
    lods_.push_back(std::move(gpu));
  }
}

void GpuLineSet::Draw(LinePainter& painter, const MapTransform& transform, double logical_resolution,
                      const map::LineStyle& style, float pixel_ratio) const {
  if (lods_.empty()) return;
  const Lod* chosen = &lods_.back();
  for (const Lod& lod : lods_) {
    if (logical_resolution <= lod.max_resolution) {
      chosen = &lod;
      break;
    }
  }
  painter.DrawInstances(chosen->vao.get(), chosen->count, transform, style, pixel_ratio);
}

}  // namespace atlas::render

// Area mesh upload and drawing; see fill_renderer.h.
#include "render/gpu_fill_mesh.h"

#include <vector>

namespace atlas::render {

GpuFillMesh::GpuFillMesh(const map::FillMesh& mesh)
    : vao_(MakeVertexArray()), vbo_(MakeBuffer()), ibo_(MakeBuffer()), chunks_(mesh.chunks) {
  std::vector<float> data;
  data.reserve(mesh.vertices.size() * 3);
  for (size_t i = 0; i < mesh.vertices.size(); ++i) {
    data.push_back(float(mesh.vertices[i].x));
    data.push_back(float(mesh.vertices[i].y));
    data.push_back(float(mesh.slots[i]));
  }
  glBindVertexArray(vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, vbo_.get());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_.get());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(uint32_t)), mesh.indices.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 3 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
  glBindVertexArray(0);
  count_ = GLsizei(mesh.indices.size());
}

void GpuFillMesh::Draw(ShaderProgram& program, const MapTransform& transform, const geo::Bounds& visible,
                       const map::BasemapStyle& style, const ReliefBinding& relief) const {
  if (count_ == 0) return;
  const std::vector<map::IndexRange> ranges = map::VisibleRanges(chunks_, visible);
  if (ranges.empty()) return;
  program.Use();
  transform.Apply(program);
  float palette[map::BasemapStyle::kFillSlots * 4];
  for (int i = 0; i < map::BasemapStyle::kFillSlots; ++i) {
    const map::Rgba c = style.fill_palette[size_t(i)];
    palette[i * 4 + 0] = c.r / 255.f;
    palette[i * 4 + 1] = c.g / 255.f;
    palette[i * 4 + 2] = c.b / 255.f;
    palette[i * 4 + 3] = c.a / 255.f;
  }
  glUniform4fv(program.Uniform("u_palette"), map::BasemapStyle::kFillSlots, palette);
  glUniform1i(program.Uniform("u_use_relief"), relief.texture != 0);
  if (relief.texture) {
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, relief.texture);
    glUniform1i(program.Uniform("u_relief"), 0);
    glUniform4fv(program.Uniform("u_relief_box"), 1, relief.box);
    glUniform1f(program.Uniform("u_relief_flat"), relief.flat);
    glUniform1f(program.Uniform("u_relief_strength"), relief.strength);
  }
  glBindVertexArray(vao_.get());
  for (const auto& r : ranges)
    glDrawElements(GL_TRIANGLES, GLsizei(r.count), GL_UNSIGNED_INT, reinterpret_cast<void*>(size_t(r.first) * 4));
  glBindVertexArray(0);
}

}  // namespace atlas::render

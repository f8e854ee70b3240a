// Draws tessellated area meshes (countries, disputed areas) with a colour palette and the
// optional hillshade, skipping chunks out of view. Owns the GPU buffers of one mesh; no ImGui.
#pragma once
#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "render/map_transform.h"

namespace atlas::render {

struct ReliefBinding {
  GLuint texture = 0;      // 0: no relief
  float box[4] = {0, 0, 1, 1};
  float flat = 180;
  float strength = 0;
};

class GpuFillMesh {
 public:
  explicit GpuFillMesh(const map::FillMesh& mesh);
  // Draws the triangles of the chunks that meet `visible` (map metres).
  void Draw(ShaderProgram& program, const MapTransform& transform, const geo::Bounds& visible,
            const map::BasemapStyle& style, const ReliefBinding& relief) const;
  bool empty() const { return count_ == 0; }

 private:
  GlVertexArray vao_;
  GlBuffer vbo_, ibo_;
  GLsizei count_ = 0;
  std::vector<map::MeshChunk> chunks_;
};

}  // namespace atlas::render

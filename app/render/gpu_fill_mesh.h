// Draws tessellated area meshes (countries, disputed areas) with a colour palette and the
// optional hillshade. Owns the GPU buffers of one mesh; no ImGui.
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
  void Draw(ShaderProgram& program, const MapTransform& transform, const map::BasemapStyle& style,
            const ReliefBinding& relief) const;
  bool empty() const { return count_ == 0; }

 private:
  GlVertexArray vao_;
  GlBuffer vbo_, ibo_;
  GLsizei count_ = 0;
};

}  // namespace atlas::render

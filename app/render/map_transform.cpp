// Shared map uniforms; see map_transform.h.
#include "render/map_transform.h"

namespace atlas::render {

MapTransform MapTransform::ForView(const map::MapView& view) {
  return {float(view.center().x), float(view.center().y), float(1.0 / view.resolution()), float(view.width()),
          float(view.height())};
}

MapTransform MapTransform::ForPixels(int width, int height) {
  return {width / 2.f, -height / 2.f, 1.f, float(width), float(height)};
}

void MapTransform::Apply(ShaderProgram& program) const {
  glUniform2f(program.Uniform("u_center"), center_x, center_y);
  glUniform1f(program.Uniform("u_px_per_metre"), px_per_metre);
  glUniform2f(program.Uniform("u_viewport"), viewport_w, viewport_h);
}

}  // namespace atlas::render

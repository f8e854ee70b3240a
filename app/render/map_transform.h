// The uniforms every map shader shares: where the view is centred, its scale and the
// viewport size; built from a MapView, or for overlays drawn in plain pixels. No ImGui.
#pragma once
#include "map/map_view.h"
#include "render/shader_program.h"

namespace atlas::render {

struct MapTransform {
  float center_x = 0, center_y = 0;  // map metres at the viewport's centre
  float px_per_metre = 1;
  float viewport_w = 1, viewport_h = 1;

  static MapTransform ForView(const map::MapView& view);
  // Coordinates given as (x_px, -y_px) with y_px measured down from the top: overlays in pixels.
  static MapTransform ForPixels(int width, int height);
  void Apply(ShaderProgram& program) const;
};

}  // namespace atlas::render

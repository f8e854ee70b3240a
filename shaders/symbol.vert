#version 330 core
// Point symbols (dots, squares, triangles) in screen pixels, origin top-left.
layout(location = 0) in vec2 a_corner;   // -1..+1
layout(location = 1) in vec4 a_place;    // centre x, y (pixels), radius (pixels), shape
layout(location = 2) in vec4 a_fill;
layout(location = 3) in vec4 a_outline;
uniform vec2 u_viewport;
uniform float u_outline_width;
out vec2 v_local;
flat out float v_radius;
flat out float v_shape;
flat out vec4 v_fill;
flat out vec4 v_outline;
void main() {
  float reach = a_place.z + u_outline_width + 1.0;
  vec2 position = a_place.xy + a_corner * reach;
  v_local = a_corner * reach;
  v_radius = a_place.z;
  v_shape = a_place.w;
  v_fill = a_fill;
  v_outline = a_outline;
  vec2 clip = position / u_viewport * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}

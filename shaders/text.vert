#version 330 core
// Glyph quads in physical pixels (origin top-left), sampled from the SDF atlas.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_colour;
layout(location = 3) in vec4 a_halo;
layout(location = 4) in vec2 a_params;  // x: screen pixels per atlas pixel, y: halo width in pixels
uniform vec2 u_viewport;
out vec2 v_uv;
out vec4 v_colour;
out vec4 v_halo;
out vec2 v_params;
void main() {
  v_uv = a_uv;
  v_colour = a_colour;
  v_halo = a_halo;
  v_params = a_params;
  vec2 clip = a_position / u_viewport * 2.0 - 1.0;
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}

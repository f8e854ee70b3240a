#version 330 core
// Line strips: each point is pushed out along its mitred normal by half the line width plus
// a pixel for anti-aliasing, so each pixel of the line is shaded once.
layout(location = 0) in vec2 a_position;  // map metres (pixels for overlays)
layout(location = 1) in vec2 a_normal;    // unit normal times the miter length, signed by side
layout(location = 2) in float a_along;    // distance from the path's start
layout(location = 3) in float a_side;     // +1 / -1
uniform vec2 u_center;
uniform float u_px_per_metre;
uniform vec2 u_viewport;
uniform float u_half_width;               // pixels
out float v_across;                       // pixels from the centre line
out float v_along_px;
void main() {
  float reach = u_half_width + 1.0;
  vec2 px = (a_position - u_center) * u_px_per_metre + a_normal * reach;
  v_across = a_side * reach;
  v_along_px = a_along * u_px_per_metre;
  gl_Position = vec4(px / (u_viewport * 0.5), 0.0, 1.0);
}

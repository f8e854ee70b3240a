#version 330 core
// Tessellated areas in map metres; colour from a palette slot; relief lookup coordinates.
layout(location = 0) in vec2 a_position;
layout(location = 1) in float a_slot;
uniform vec2 u_center;          // map metres at the viewport centre
uniform float u_px_per_metre;
uniform vec2 u_viewport;        // pixels
uniform vec4 u_palette[16];
uniform vec4 u_relief_box;      // relief grid extent in map metres: min x, min y, max x, max y
out vec4 v_colour;
out vec2 v_relief_uv;
void main() {
  vec2 px = (a_position - u_center) * u_px_per_metre;
  gl_Position = vec4(px / (u_viewport * 0.5), 0.0, 1.0);
  v_colour = u_palette[int(a_slot + 0.5)];
  v_relief_uv = vec2((a_position.x - u_relief_box.x) / (u_relief_box.z - u_relief_box.x),
                     (u_relief_box.w - a_position.y) / (u_relief_box.w - u_relief_box.y));
}

#version 330 core
// One instance per line segment: a quad around it, wide enough for the line and a pixel of
// anti-aliasing; the fragment shader measures the distance to the segment (round joins).
layout(location = 0) in vec2 a_corner;   // (-1|+1 along, -1|+1 across)
layout(location = 1) in vec4 a_segment;  // p0.xy, p1.xy in map metres
layout(location = 2) in float a_along;   // metres from the path's start to p0
uniform vec2 u_center;
uniform float u_px_per_metre;
uniform vec2 u_viewport;
uniform float u_half_width;              // pixels
out vec2 v_local;                        // pixels: x along from p0, y across
flat out float v_length;
flat out float v_along_px;
void main() {
  vec2 a = (a_segment.xy - u_center) * u_px_per_metre;
  vec2 b = (a_segment.zw - u_center) * u_px_per_metre;
  vec2 d = b - a;
  float len = length(d);
  vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-dir.y, dir.x);
  float reach = u_half_width + 1.0;
  float along = a_corner.x < 0.0 ? -reach : len + reach;
  vec2 position = a + dir * along + normal * (reach * a_corner.y);
  v_local = vec2(along, reach * a_corner.y);
  v_length = len;
  v_along_px = a_along * u_px_per_metre;
  gl_Position = vec4(position / (u_viewport * 0.5), 0.0, 1.0);
}

#version 330 core
// Anti-aliased line; optional dash pattern with round dash ends.
uniform vec4 u_colour;
uniform float u_half_width;   // pixels
uniform vec2 u_dash;          // dash and gap in pixels; dash 0 means solid
uniform float u_coverage;     // < 1 for lines thinner than a pixel, drawn a pixel wide but fainter
in float v_across;
in float v_along_px;
out vec4 frag_colour;
void main() {
  float dist = abs(v_across);
  if (u_dash.x > 0.0) {
    float period = u_dash.x + u_dash.y;
    float t = mod(v_along_px, period);
    float gap_distance = min(max(t - u_dash.x, 0.0), period - t);
    dist = length(vec2(gap_distance, dist));
  }
  float alpha = clamp(u_half_width - dist + 0.5, 0.0, 1.0) * u_coverage;
  if (alpha <= 0.0) discard;
  frag_colour = vec4(u_colour.rgb, u_colour.a * alpha);
}

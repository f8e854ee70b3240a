#version 330 core
// Signed distance shapes: 1 dot, 2 square, 3 triangle (pointing up), 4 ring, 5 diamond;
// filled, with an outline.
uniform float u_outline_width;
in vec2 v_local;
flat in float v_radius;
flat in float v_shape;
flat in vec4 v_fill;
flat in vec4 v_outline;
out vec4 frag_colour;
float Distance(vec2 p, float r, int shape) {
  if (shape == 2) return max(abs(p.x), abs(p.y)) - r * 0.85;
  if (shape == 4) return abs(length(p) - r * 0.78) - r * 0.22;
  if (shape == 5) return (abs(p.x) + abs(p.y)) * 0.7071 - r * 0.85;
  if (shape == 3) {
    p.y = -p.y - r * 0.25;  // screen y points down; centre the triangle's mass
    const float k = sqrt(3.0);
    p.x = abs(p.x) - r;
    p.y = p.y + r / k;
    if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
    p.x -= clamp(p.x, -2.0 * r, 0.0);
    return -length(p) * sign(p.y);
  }
  return length(p) - r;
}
void main() {
  float d = Distance(v_local, v_radius, int(v_shape + 0.5));
  float fill = clamp(0.5 - d, 0.0, 1.0);
  float outer = clamp(0.5 - (d - u_outline_width), 0.0, 1.0);
  vec4 colour = mix(v_outline, v_fill, fill);
  colour.a *= outer;
  if (colour.a <= 0.0) discard;
  frag_colour = colour;
}

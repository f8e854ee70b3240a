#version 330 core
// Signed distance shapes, numbered as map::SymbolShape: 1 dot, 2 square, 3 triangle (pointing
// up), 4 ring, 5 diamond, 6 hexagon, 7 cross, 8 five-pointed star; filled, with an outline.
uniform float u_outline_width;
in vec2 v_local;
flat in float v_radius;
flat in float v_shape;
flat in vec4 v_fill;
flat in vec4 v_outline;
out vec4 frag_colour;

const float kPi = 3.14159265;

float Box(vec2 q, vec2 half_size) {
  vec2 d = abs(q) - half_size;
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}

// Distance to the segment a-b, negative on the left of a->b (the inside for a convex piece
// listed clockwise on screen).
float SignedToEdge(vec2 q, vec2 a, vec2 b) {
  vec2 ab = b - a;
  float t = clamp(dot(q - a, ab) / dot(ab, ab), 0.0, 1.0);
  float d = length(q - (a + ab * t));
  float side = ab.x * (q.y - a.y) - ab.y * (q.x - a.x);
  return side > 0.0 ? -d : d;
}

float Star(vec2 p, float r) {
  // Fold the plane into one half point of the star: the angle from "up" (screen y is down),
  // reduced to [0, 36°]. The edge runs from the tip (0, r) to the inner corner at 36°.
  float sector = 2.0 * kPi / 5.0;
  float a = atan(p.x, -p.y);
  a = abs(mod(a + sector * 0.5, sector) - sector * 0.5);
  vec2 q = length(p) * vec2(sin(a), cos(a));
  vec2 tip = vec2(0.0, r);
  float inner = r * 0.45;
  vec2 corner = inner * vec2(sin(sector * 0.5), cos(sector * 0.5));
  return SignedToEdge(q, corner, tip);
}

float Distance(vec2 p, float r, int shape) {
  if (shape == 2) return max(abs(p.x), abs(p.y)) - r * 0.85;
  if (shape == 4) return abs(length(p) - r * 0.78) - r * 0.22;
  if (shape == 5) return (abs(p.x) + abs(p.y)) * 0.7071 - r * 0.85;
  if (shape == 6) {
    vec2 q = abs(p);
    return max(q.x * 0.8660254 + q.y * 0.5, q.y) - r * 0.86;
  }
  if (shape == 7) {
    float arm = r * 0.34;
    return min(Box(p, vec2(r * 0.92, arm)), Box(p, vec2(arm, r * 0.92)));
  }
  if (shape == 8) return Star(p, r * 1.12);
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

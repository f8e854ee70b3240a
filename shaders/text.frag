#version 330 core
// Signed distance field text: fill over halo, both anti-aliased to a pixel.
uniform sampler2D u_atlas;
uniform float u_spread;  // atlas pixels of distance encoded by the full 0..255 range / 2
in vec2 v_uv;
in vec4 v_colour;
in vec4 v_halo;
in vec2 v_params;
out vec4 frag_colour;
void main() {
  float encoded = texture(u_atlas, v_uv).r * 255.0;
  float distance = (encoded - 128.0) / 128.0 * u_spread * v_params.x;  // screen pixels, + inside
  float fill = clamp(distance + 0.5, 0.0, 1.0) * v_colour.a;
  float halo = clamp(distance + v_params.y + 0.5, 0.0, 1.0) * v_halo.a;
  float alpha = fill + halo * (1.0 - fill);
  vec3 rgb = alpha > 0.0 ? (v_colour.rgb * fill + v_halo.rgb * halo * (1.0 - fill)) / alpha : vec3(0.0);
  frag_colour = vec4(rgb, alpha);
}

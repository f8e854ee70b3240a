#version 330 core
// Area fill, optionally shaded by the hillshade: darker on shaded slopes, lighter on lit ones,
// fading out at the relief grid's edges so its extent never shows as a seam.
uniform sampler2D u_relief;
uniform bool u_use_relief;
uniform float u_relief_strength;
uniform float u_relief_flat;    // the hillshade value of flat ground
in vec4 v_colour;
in vec2 v_relief_uv;
out vec4 frag_colour;
void main() {
  vec3 c = v_colour.rgb;
  if (u_use_relief) {
    vec2 uv = v_relief_uv;
    float edge = min(min(uv.x, 1.0 - uv.x), min(uv.y, 1.0 - uv.y));
    float weight = u_relief_strength * smoothstep(0.0, 0.10, edge);
    float value = texture(u_relief, clamp(uv, 0.0, 1.0)).r * 255.0;
    float shade = value < 0.5 ? 1.0 : value / u_relief_flat;  // 0 is nodata
    shade = mix(1.0, shade, weight);
    c = shade < 1.0 ? c * shade : c + (1.0 - c) * (shade - 1.0) * 0.9;
  }
  frag_colour = vec4(c, v_colour.a);
}

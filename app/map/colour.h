// An sRGB colour with alpha, and the few conversions styles need. Plain value; no GL.
#pragma once
#include <cstdint>

namespace atlas::map {

struct Rgba {
  uint8_t r = 0, g = 0, b = 0, a = 255;
  bool operator==(const Rgba&) const = default;
};

// 0xRRGGBB, opaque.
constexpr Rgba Hex(uint32_t rgb, uint8_t alpha = 255) {
  return {uint8_t(rgb >> 16), uint8_t(rgb >> 8), uint8_t(rgb), alpha};
}

}  // namespace atlas::map

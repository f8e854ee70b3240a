// An RGBA8 picture in memory, top row first, and writing it as PNG (libpng). No GL, no ImGui.
#pragma once
#include <cstdint>
#include <filesystem>
#include <vector>

namespace atlas::render {

struct Image {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;  // width * height * 4, top row first
  const uint8_t* Pixel(int x, int y) const { return &rgba[(size_t(y) * size_t(width) + size_t(x)) * 4]; }
};

// Writes an opaque RGB PNG atomically (temporary file, then rename). Throws AtlasError naming
// the path when it cannot be written (missing folder, no permission, disk full).
void WritePng(const Image& image, const std::filesystem::path& path);
// Reads a PNG (for golden-image tests and tools). Throws AtlasError naming the path.
Image ReadPng(const std::filesystem::path& path);

}  // namespace atlas::render

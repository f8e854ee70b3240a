// Writing a PNG a band of rows at a time (libpng), so a picture larger than memory allows —
// an 8K export rendered in tiles — never needs to exist whole. Atomic: the file appears
// only when finished. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>

namespace atlas::render {

class PngStream {
 public:
  // Starts an opaque RGB PNG of `width` × `height` at a temporary name beside `path`.
  // Throws AtlasError naming `path` when it cannot be created.
  PngStream(const std::filesystem::path& path, int width, int height);
  ~PngStream();  // without Finish(): the temporary file is removed, `path` untouched
  PngStream(const PngStream&) = delete;
  PngStream& operator=(const PngStream&) = delete;

  // Appends `rows` rows of RGBA8 pixels (alpha dropped), `stride` bytes apart, top row first.
  void WriteRows(const uint8_t* rgba, int rows, size_t stride);
  // Flushes to disk and renames into place. Throws AtlasError (disk full, ...).
  void Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace atlas::render

// Glyph distance-field images kept on disk between runs (FreeType's transform costs ~1 ms a
// glyph). Owns the cache file's format and life; renders nothing. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace atlas::render {

struct GlyphField {
  int32_t left = 0, top = 0;     // bitmap offset from the pen, base pixels (top is up)
  int32_t width = 0, height = 0;  // 0 x 0: the glyph draws nothing
  std::vector<uint8_t> pixels;    // width * height distances, rows top to bottom
};

class GlyphFieldCache {
 public:
  // `fingerprint` names everything the images depend on (font files, sizes, spread, FreeType
  // version); a file written under another fingerprint is ignored, as is a damaged one.
  // An empty `file` keeps the cache in memory only.
  GlyphFieldCache(std::string fingerprint, std::filesystem::path file);
  // Saves the glyphs added since loading, best effort (an unwritable folder only costs speed).
  ~GlyphFieldCache();
  GlyphFieldCache(const GlyphFieldCache&) = delete;
  GlyphFieldCache& operator=(const GlyphFieldCache&) = delete;

  const GlyphField* Find(int face, uint32_t glyph) const;
  const GlyphField& Insert(int face, uint32_t glyph, GlyphField field);
  // Writes the file atomically if anything was added; returns false if it could not be written.
  bool Save();

  size_t size() const { return fields_.size(); }
  size_t loaded() const { return loaded_; }  // how many came from the file

 private:
  static uint64_t Key(int face, uint32_t glyph) { return (uint64_t(uint32_t(face)) << 32) | glyph; }
  std::string fingerprint_;
  std::filesystem::path file_;
  std::unordered_map<uint64_t, GlyphField> fields_;
  size_t loaded_ = 0;
  bool dirty_ = false;
};

}  // namespace atlas::render

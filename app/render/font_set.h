// The fonts the map and briefings are lettered in (bundled Noto: Latin/Cyrillic/Greek,
// Armenian, Arabic, Georgian; regular, bold, italic), opened with FreeType and HarfBuzz,
// with per-code-point fallback. CPU only (no GL calls); no ImGui.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "render/glyph_field_cache.h"

typedef struct FT_LibraryRec_* FT_Library;
typedef struct FT_FaceRec_* FT_Face;
typedef struct hb_font_t hb_font_t;

namespace atlas::render {

enum class FontStyle { kRegular, kBold, kItalic };

struct FontFace {
  FT_Face ft = nullptr;
  hb_font_t* hb = nullptr;
  float ascender = 0, descender = 0;  // in em (descender negative)
};

// The glyph cache file in the user's cache folder; empty (no cache) if there is none.
std::filesystem::path DefaultGlyphCacheFile();

class FontSet {
 public:
  // The size every face is set to; shaped positions come out in these pixels.
  static constexpr int kBasePixels = 40;
  // Spread of the glyphs' signed distance fields, in base pixels.
  static constexpr int kSdfSpread = 8;

  // Opens the fonts in `fonts_dir` (assets/fonts). Throws AtlasError naming a missing or
  // unreadable font file. Glyph distance fields are kept in `glyph_cache_file` between runs
  // (none if empty).
  explicit FontSet(const std::filesystem::path& fonts_dir, const std::filesystem::path& glyph_cache_file = {});
  ~FontSet();
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  // Index of the face that should draw `cp` in `style` (falls back across scripts).
  int FaceIndexFor(FontStyle style, char32_t cp) const;
  const FontFace& face(int index) const { return faces_[size_t(index)]; }
  int face_count() const { return int(faces_.size()); }
  FT_Library library() const { return library_; }
  // The primary (Latin) face of a style, whose metrics set line heights.
  const FontFace& primary(FontStyle style) const;
  // Distance-field images rendered so far from these fonts (a cache: filling it does not
  // change what the set draws).
  GlyphFieldCache& glyph_fields() const { return *glyph_fields_; }

 private:
  void Open(const std::filesystem::path& fonts_dir, const std::filesystem::path& glyph_cache_file);
  void Close();
  FT_Library library_ = nullptr;
  std::vector<FontFace> faces_;
  // Fallback chains per style: indices into faces_, primary first.
  std::vector<int> chains_[3];
  std::unique_ptr<GlyphFieldCache> glyph_fields_;
};

}  // namespace atlas::render

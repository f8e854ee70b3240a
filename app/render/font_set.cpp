// Opening the bundled Noto fonts with FreeType + HarfBuzz; see font_set.h.
#include "render/font_set.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_MODULE_H
#include <hb-ft.h>

#include <cstdio>
#include <system_error>

#include "util/data_paths.h"
#include "util/error.h"
#include "util/file_stamp.h"

namespace atlas::render {
namespace fs = std::filesystem;
namespace {

struct FontFile {
  const char* file;
  FontStyle style;
};

// Primary faces first (one per style), then script fallbacks shared by styles as noted.
constexpr FontFile kFiles[] = {
    {"NotoSans-Regular.ttf", FontStyle::kRegular},
    {"NotoSans-Bold.ttf", FontStyle::kBold},
    {"NotoSans-Italic.ttf", FontStyle::kItalic},
    {"NotoSansArmenian-Regular.ttf", FontStyle::kRegular},
    {"NotoSansArmenian-Bold.ttf", FontStyle::kBold},
    {"NotoSansArabic-Regular.ttf", FontStyle::kRegular},
    {"NotoSansArabic-Bold.ttf", FontStyle::kBold},
    {"NotoSansGeorgian-Regular.ttf", FontStyle::kRegular},
};

}  // namespace

fs::path DefaultGlyphCacheFile() {
  try {
    return UserCacheDir() / "glyph-fields.bin";
  } catch (const AtlasError&) {
    return {};  // no writable cache folder: glyphs are rendered every run
  }
}

FontSet::FontSet(const fs::path& dir, const fs::path& glyph_cache_file) {
  if (FT_Init_FreeType(&library_) != 0) throw AtlasError("FreeType", "cannot initialise");
  try {
    Open(dir, glyph_cache_file);
  } catch (...) {
    Close();  // a missing font must not leak the faces opened before it
    throw;
  }
}

void FontSet::Open(const fs::path& dir, const fs::path& glyph_cache_file) {
  // Signed distance fields at the base size: crisp text and halos at any scale.
  FT_UInt spread = kSdfSpread;
  FT_Property_Set(library_, "sdf", "spread", &spread);
  FT_Property_Set(library_, "bsdf", "spread", &spread);
  FT_Int major = 0, minor = 0, patch = 0;
  FT_Library_Version(library_, &major, &minor, &patch);
  char settings[160];
  std::snprintf(settings, sizeof settings, "freetype %d.%d.%d, bsdf of unhinted coverage, %d px, spread %d", major,
                minor, patch, kBasePixels, kSdfSpread);
  std::string fingerprint = settings;
  for (const FontFile& f : kFiles) {
    const fs::path path = dir / f.file;
    fingerprint += '|';
    fingerprint += FileStamp(path);
    std::error_code ec;
    if (!fs::exists(path, ec)) throw AtlasError(path.string(), "font not found (assets/fonts is incomplete)");
    FontFace face;
    if (FT_New_Face(library_, path.c_str(), 0, &face.ft) != 0)
      throw AtlasError(path.string(), "not a readable font");
    FT_Set_Pixel_Sizes(face.ft, 0, kBasePixels);
    face.hb = hb_ft_font_create_referenced(face.ft);
    hb_ft_font_set_load_flags(face.hb, FT_LOAD_NO_HINTING);  // positions scale linearly to any size
    const float upem = float(face.ft->units_per_EM);
    face.ascender = float(face.ft->ascender) / upem;
    face.descender = float(face.ft->descender) / upem;
    faces_.push_back(face);
  }
  // Regular: Latin, Armenian, Arabic, Georgian. Bold: bold faces, then regular Georgian.
  // Italic: Latin italic, then the upright script faces (Noto has no italic Armenian/Arabic).
  chains_[int(FontStyle::kRegular)] = {0, 3, 5, 7};
  chains_[int(FontStyle::kBold)] = {1, 4, 6, 7};
  chains_[int(FontStyle::kItalic)] = {2, 3, 5, 7};
  glyph_fields_ = std::make_unique<GlyphFieldCache>(std::move(fingerprint), glyph_cache_file);
}

FontSet::~FontSet() { Close(); }

void FontSet::Close() {
  for (FontFace& f : faces_) {
    hb_font_destroy(f.hb);
    FT_Done_Face(f.ft);
  }
  faces_.clear();
  if (library_) FT_Done_FreeType(library_);
  library_ = nullptr;
}

int FontSet::FaceIndexFor(FontStyle style, char32_t cp) const {
  const auto& chain = chains_[int(style)];
  for (int index : chain)
    if (FT_Get_Char_Index(faces_[size_t(index)].ft, cp) != 0) return index;
  return chain.front();  // draws .notdef, visibly wrong rather than silently dropped
}

const FontFace& FontSet::primary(FontStyle style) const { return faces_[size_t(chains_[int(style)].front())]; }

}  // namespace atlas::render

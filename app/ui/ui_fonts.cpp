// Merged multi-script ImGui fonts; see ui_fonts.h.
#include "ui/ui_fonts.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <system_error>

#include "util/error.h"

namespace atlas::ui {
namespace fs = std::filesystem;
namespace {

constexpr ImWchar kLatinCyrillic[] = {0x0020, 0x02AF, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00, 0x1EFF,
                                      0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF,
                                      0x2200, 0x22FF, 0x25A0, 0x25FF, 0};
constexpr ImWchar kArmenian[] = {0x0530, 0x058F, 0xFB13, 0xFB17, 0};
// Arabic letters and the presentation forms FriBidi's shaping produces (contextual forms and
// lam-alef in FE70-FEFF; Persian letters' forms in FB50-FBFF); FC00-FDFF ligatures are not
// produced, and every glyph costs start-up time.
constexpr ImWchar kArabic[] = {0x0600, 0x06FF, 0xFB50, 0xFBFF, 0xFE70, 0xFEFF, 0};
constexpr ImWchar kGeorgian[] = {0x10A0, 0x10FF, 0};

// ImGui sizes a font by its line height; Noto Sans Arabic's line box is taller (2.11 em
// against 1.36 em), so it is loaded larger to match the Latin letters' size.
constexpr float kArabicSizeRatio = 2.11f / 1.36f;

void Add(ImFontAtlas* atlas, const fs::path& file, float size, const ImWchar* ranges, bool merge) {
  std::error_code ec;
  if (!fs::exists(file, ec)) throw AtlasError(file.string(), "font not found (assets/fonts is incomplete)");
  ImFontConfig config;
  config.MergeMode = merge;
  config.OversampleH = 1;
  config.OversampleV = 1;
  if (!atlas->AddFontFromFileTTF(file.c_str(), size, &config, ranges))
    throw AtlasError(file.string(), "not a usable font");
}

}  // namespace

void BuildUiFonts(ImFontAtlas& atlas, const fs::path& dir, float scale) {
  atlas.Clear();
  atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  atlas.Flags |= ImFontAtlasFlags_NoBakedLines;  // lines as geometry: the atlas is sampled texel for texel
  const float size = 15.0f * scale;
  Add(&atlas, dir / "NotoSans-Regular.ttf", size, kLatinCyrillic, false);
  Add(&atlas, dir / "NotoSansArmenian-Regular.ttf", size, kArmenian, true);
  Add(&atlas, dir / "NotoSansArabic-Regular.ttf", size * kArabicSizeRatio, kArabic, true);
  Add(&atlas, dir / "NotoSansGeorgian-Regular.ttf", size, kGeorgian, true);
  if (!atlas.Build()) throw AtlasError(dir.string(), "the GUI fonts could not be built");
}

}  // namespace atlas::ui

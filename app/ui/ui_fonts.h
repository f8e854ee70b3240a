// The GUI's fonts: Noto Sans with Armenian, Arabic and Georgian merged in, rasterised by
// FreeType through ImGui's font builder, sized for the display's content scale.
#pragma once
#include <filesystem>

namespace atlas::ui {

// Throws AtlasError naming a missing font file.
void LoadUiFonts(const std::filesystem::path& fonts_dir, float content_scale);

}  // namespace atlas::ui

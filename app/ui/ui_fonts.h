// The GUI's fonts: Noto Sans with Armenian, Arabic and Georgian merged in, rasterised by
// FreeType through ImGui's font builder, sized for the display's content scale.
#pragma once
#include <filesystem>

struct ImFontAtlas;

namespace atlas::ui {

// (Re)fills `atlas` for `content_scale`; needs no ImGui context, so it may run on a worker.
// Throws AtlasError naming a missing font file.
void BuildUiFonts(ImFontAtlas& atlas, const std::filesystem::path& fonts_dir, float content_scale);

}  // namespace atlas::ui

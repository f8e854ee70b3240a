// The passage text widget: draws a passage laid out by passage_layout.h (wrapped, bidi-ordered,
// shaped, marks highlighted) at the ImGui cursor, caches layouts, reports clicks on marks.
// ImGui only; must not include GL, render/ or the model (text/, store/).
#pragma once
#include <imgui.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ui/passage_layout.h"

namespace atlas::ui {

struct PassageTextStyle {
  ImU32 text_colour = 0;  // 0: the theme's ImGuiCol_Text
  std::array<ImU32, kMarkStyleCount> highlight_colours = {
      IM_COL32(255, 190, 40, 150),   // kMarkSelectedPlace
      IM_COL32(110, 160, 255, 90),   // kMarkOtherMention
      IM_COL32(110, 215, 120, 120),  // kMarkSearchMatch
      IM_COL32(200, 200, 200, 60),   // kMarkQuote
  };
  float highlight_rounding = 3.0f;
  float highlight_padding = 1.5f;  // how far a highlight reaches beyond its run, left and right
  float line_gap = 2.0f;           // pixels between lines, on top of the font size
};

// Draws the passage in the width available at the cursor and advances the cursor past it
// (an empty passage draws nothing and does not move it). Returns the index in `marks` of
// the mark clicked this frame, if any. `id` must be unique in the current ID stack.
std::optional<std::size_t> PassageTextView(const char* id, std::string_view utf8, const std::vector<TextMark>& marks,
                                           const PassageTextStyle& style = {});

// The height PassageTextView would take at the cursor now (without item spacing), from the
// same cache: lets a scrolling list skip passages outside the view with ImGui::Dummy.
float PassageTextHeight(std::string_view utf8, const std::vector<TextMark>& marks, const PassageTextStyle& style = {});

}  // namespace atlas::ui

// The passage text widget; see passage_text_view.h.
//
// Index of this file:
// [SECTION] Layout cache
// [SECTION] Hit testing
// [SECTION] Drawing
// [SECTION] Public functions
#include "ui/passage_text_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <functional>
#include <string>
#include <unordered_map>

namespace atlas::ui {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Layout cache
//-----------------------------------------------------------------------------

// Layouts by (text, marks, width, font): the Sources panel redraws hundreds of passages each
// frame, and laying one out (ICU, FriBidi, measuring) costs far more than drawing it.
class PassageLayoutCache {
 public:
  const std::vector<LayoutLine>& Lines(std::string_view text, const std::vector<TextMark>& marks, float wrap_width) {
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const int frame = ImGui::GetFrameCount();
    const size_t key = KeyOf(text, marks, wrap_width, font, font_size);
    auto found = entries_.find(key);
    if (found != entries_.end() && found->second.Matches(text, marks, wrap_width, font, font_size)) {
      found->second.last_used_frame = frame;
      return found->second.lines;
    }
    if (found == entries_.end() && entries_.size() >= kCapacity) EvictUnusedBefore(frame);
    Entry& entry = entries_[key];  // a hash collision simply replaces the older layout
    entry = Entry{std::string(text), marks, wrap_width, font, font_size, frame, {}};
    entry.lines = LayoutPassage(text, marks, wrap_width, [font, font_size](std::string_view run) {
      return font->CalcTextSizeA(font_size, FLT_MAX, 0.0f, run.data(), run.data() + run.size()).x;
    });
    return entry.lines;
  }

 private:
  static constexpr size_t kCapacity = 2048;

  struct Entry {
    std::string text;
    std::vector<TextMark> marks;
    float wrap_width;
    const ImFont* font;
    float font_size;
    int last_used_frame;
    std::vector<LayoutLine> lines;

    bool Matches(std::string_view t, const std::vector<TextMark>& m, float w, const ImFont* f, float s) const {
      return wrap_width == w && font == f && font_size == s && marks == m && text == t;
    }
  };

  static size_t KeyOf(std::string_view text, const std::vector<TextMark>& marks, float wrap_width, const ImFont* font,
                      float font_size) {
    size_t key = std::hash<std::string_view>()(text);
    const auto mix = [&key](size_t value) { key ^= value + 0x9e3779b97f4a7c15ull + (key << 6) + (key >> 2); };
    for (const TextMark& m : marks) {
      mix(size_t(m.begin));
      mix(size_t(m.end));
      mix(size_t(m.style));
    }
    mix(std::hash<float>()(wrap_width));
    mix(std::hash<const void*>()(font));
    mix(std::hash<float>()(font_size));
    return key;
  }

  // Passages not drawn this frame are the ones scrolled away or closed.
  void EvictUnusedBefore(int frame) {
    std::erase_if(entries_, [frame](const auto& item) { return item.second.last_used_frame < frame; });
  }

  std::unordered_map<size_t, Entry> entries_;
};

PassageLayoutCache& LayoutCache() {
  static PassageLayoutCache cache;
  return cache;
}

float LineHeight(const PassageTextStyle& style) { return ImGui::GetFontSize() + style.line_gap; }

//-----------------------------------------------------------------------------
// [SECTION] Hit testing
//-----------------------------------------------------------------------------

std::optional<std::size_t> MarkAt(const std::vector<LayoutLine>& lines, ImVec2 origin, float line_height,
                                  const PassageTextStyle& style, ImVec2 point) {
  const float row = std::floor((point.y - origin.y) / line_height);
  if (row < 0 || row >= float(lines.size())) return std::nullopt;
  for (const LayoutRun& run : lines[size_t(row)].runs) {
    const float left = origin.x + run.x - style.highlight_padding;
    const float right = origin.x + run.x + run.width + style.highlight_padding;
    if (run.mark >= 0 && point.x >= left && point.x < right) return std::size_t(run.mark);
  }
  return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

void DrawLines(const std::vector<LayoutLine>& lines, ImVec2 origin, float line_height, const PassageTextStyle& style) {
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  ImFont* font = ImGui::GetFont();
  const float font_size = ImGui::GetFontSize();
  const ImU32 text_colour = style.text_colour ? style.text_colour : ImGui::GetColorU32(ImGuiCol_Text);
  // Only the lines inside the clip rectangle: a whole article can be hundreds of lines long.
  const auto row_at = [&](float y) { return size_t(std::max(0.0f, (y - origin.y) / line_height)); };
  const size_t first = row_at(draw_list->GetClipRectMin().y);
  const size_t last = std::min(lines.size(), row_at(draw_list->GetClipRectMax().y) + 1);

  // Highlights before any text, so a padded highlight never covers a neighbouring letter.
  for (size_t i = first; i < last; ++i) {
    const float top = origin.y + line_height * float(i);
    for (const LayoutRun& run : lines[i].runs) {
      if (run.style < 0 || run.style >= kMarkStyleCount) continue;
      draw_list->AddRectFilled(ImVec2(origin.x + run.x - style.highlight_padding, top),
                               ImVec2(origin.x + run.x + run.width + style.highlight_padding, top + line_height),
                               style.highlight_colours[size_t(run.style)], style.highlight_rounding);
    }
  }
  for (size_t i = first; i < last; ++i) {
    const float text_top = origin.y + line_height * float(i) + style.line_gap * 0.5f;
    for (const LayoutRun& run : lines[i].runs)
      draw_list->AddText(font, font_size, ImVec2(origin.x + run.x, text_top), text_colour, run.text.data(),
                         run.text.data() + run.text.size());
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public functions
//-----------------------------------------------------------------------------

std::optional<std::size_t> PassageTextView(const char* id, std::string_view utf8, const std::vector<TextMark>& marks,
                                           const PassageTextStyle& style) {
  const float wrap_width = ImGui::GetContentRegionAvail().x;
  const std::vector<LayoutLine>& lines = LayoutCache().Lines(utf8, marks, wrap_width);
  if (lines.empty()) return std::nullopt;
  const float line_height = LineHeight(style);
  const ImVec2 size(std::max(wrap_width, 1.0f), line_height * float(lines.size()));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  if (!ImGui::IsRectVisible(size)) {
    ImGui::Dummy(size);
    return std::nullopt;
  }
  // Only marks are clickable; without any, a plain item leaves clicks to what lies beneath.
  bool clicked = false;
  if (marks.empty())
    ImGui::Dummy(size);
  else
    clicked = ImGui::InvisibleButton(id, size);
  std::optional<std::size_t> hovered_mark;
  if (ImGui::IsItemHovered()) hovered_mark = MarkAt(lines, origin, line_height, style, ImGui::GetMousePos());
  if (hovered_mark) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  DrawLines(lines, origin, line_height, style);
  return clicked ? hovered_mark : std::nullopt;
}

float PassageTextHeight(std::string_view utf8, const std::vector<TextMark>& marks, const PassageTextStyle& style) {
  const std::vector<LayoutLine>& lines = LayoutCache().Lines(utf8, marks, ImGui::GetContentRegionAvail().x);
  return LineHeight(style) * float(lines.size());
}

}  // namespace atlas::ui

// The Sources panel: every passage behind the selected place (or a search), newest first,
// the mention highlighted, with outlet, date (marked when inferred), title and author;
// Open article, Copy citation, and n/p (or j/k) to step through the passages.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "map/corridor_style.h"
#include "map/event_markers.h"
#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/passage_marks.h"
#include "ui/passage_text_view.h"
#include "ui/selection.h"

namespace atlas::ui {
namespace {

void StepCursor(const std::vector<KeyPress>& presses, SourcesList& sources) {
  const int n = int(sources.passages.size());
  for (const KeyPress& k : presses) {
    if (n == 0 || k.mods != 0) continue;
    const int step = k.key == GLFW_KEY_N || k.key == GLFW_KEY_J ? 1 : k.key == GLFW_KEY_P || k.key == GLFW_KEY_K ? -1 : 0;
    if (step == 0) continue;
    sources.cursor = std::clamp(sources.cursor + step, 0, n - 1);
    sources.scroll_to_cursor = true;
  }
}

void DrawPassageHeader(const store::PassageHit& p) {
  std::string meta = p.outlet.empty() ? std::string("Unknown outlet") : p.outlet;
  meta += "  \u00B7  " + DisplayDate(p);
  if (!p.author.empty()) meta += "  \u00B7  " + p.author;
  ImGui::TextDisabled("%s", meta.c_str());
  if (p.date_inferred && ImGui::IsItemHovered())
    ImGui::SetTooltip("Date inferred: %s", p.date_note.empty() ? "not stated in the article" : p.date_note.c_str());
  if (!p.title.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(p.title.c_str());
    ImGui::PopTextWrapPos();
  }
}

// Draws one passage block: header, text with its marks, actions. `index` is its place in the
// passage list (-1 for a passage quoted by a fact).
void DrawPassage(AppState& state, const store::PassageHit& p, int index, const std::string& quote = {}) {
  ImGui::PushID(int(p.passage_id));
  ImGui::PushID(index);
  const bool current = index == state.sources.cursor;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  DrawPassageHeader(p);
  const std::vector<TextMark> marks = MarksFor(p, state.selected_place, state.sources.search_words, quote);
  if (auto clicked = PassageTextView("##text", p.text, marks)) {
    // A click on another place's mention goes to that place.
    for (const auto& h : p.highlights)
      if (h.begin == marks[*clicked].begin && h.place_id != state.selected_place) {
        SelectPlace(state, h.place_id);
        FlyToPlace(state, h.place_id);
        break;
      }
  }
  if (ImGui::SmallButton("Open article")) OpenArticleAt(state, p.article_id, p.passage_id);
  ImGui::SameLine();
  if (ImGui::SmallButton("Copy citation")) {
    ImGui::SetClipboardText(CitationFor(p).c_str());
    state.notice = "Citation copied";
  }
  if (current) {
    const ImVec2 bottom = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled({top.x - 6, top.y}, {top.x - 3, bottom.y},
                                              ImGui::GetColorU32(ImGuiCol_CheckMark));
    if (state.sources.scroll_to_cursor) {
      ImGui::SetScrollHereY(0.1f);
      state.sources.scroll_to_cursor = false;
    }
  }
  ImGui::Separator();
  ImGui::PopID();
  ImGui::PopID();
}

ImU32 Swatch(map::Rgba c) { return IM_COL32(c.r, c.g, c.b, 255); }

// A curated or extracted fact: a swatch in its map colour, when, what, and its source.
void DrawFact(AppState& state, const CitedFact& fact, int index) {
  ImGui::PushID(index);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float size = ImGui::GetFontSize();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  std::optional<map::Rgba> colour;
  if (!fact.status.empty()) colour = map::CorridorStyleFor(fact.status).line.colour;
  if (const map::EventKindInfo* k = map::FindEventKind(fact.kind)) colour = k->colour;
  if (colour) {
    draw->AddRectFilled({at.x, at.y + size * 0.2f}, {at.x + size * 0.7f, at.y + size * 0.9f}, Swatch(*colour), 2.f);
    ImGui::Dummy({size * 0.9f, size});
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(fact.when.c_str());
  if (fact.in_force) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.45f, 0.8f, 0.5f, 1.f), "in force on the chosen date");
  }
  if (!fact.what.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(fact.what.c_str());
    ImGui::PopTextWrapPos();
  }
  if (fact.passage) {
    ImGui::Indent(size * 0.6f);
    DrawPassage(state, *fact.passage, -1 - index, fact.quote);
    ImGui::Unindent(size * 0.6f);
  } else {
    if (!fact.external.empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("Source: %s", fact.external.c_str());
      ImGui::PopTextWrapPos();
    }
    if (!fact.url.empty()) {
      if (ImGui::SmallButton("Copy link")) {
        ImGui::SetClipboardText(fact.url.c_str());
        state.notice = "Link copied: " + fact.url;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", fact.url.c_str());
    }
    ImGui::Separator();
  }
  ImGui::PopID();
}

}  // namespace

void DrawSourcesPanel(AppState& state, float top, float bottom) {
  if (!state.show_sources) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(480.f * ImGui::GetIO().FontGlobalScale, vp->Size.x * 0.36f);
  ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x - width - 10, vp->Pos.y + top + 10}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({width, vp->Size.y - top - bottom - 20}, ImGuiCond_Always);
  const bool shown = ImGui::Begin("Sources", &state.show_sources, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                                        ImGuiWindowFlags_NoCollapse);
  CoverMap(state);
  if (!shown) {
    ImGui::End();
    return;
  }
  SourcesList& sources = state.sources;
  if (sources.heading.empty()) {
    ImGui::TextWrapped("Click a place on the map, or search for a place or words, to read the passages "
                       "that mention it.");
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(sources.heading.c_str());
  if (!sources.subheading.empty()) ImGui::TextDisabled("%s", sources.subheading.c_str());
  ImGui::PopTextWrapPos();
  const bool only_facts = !sources.facts.empty() && sources.place_id.empty() && sources.search_words.empty();
  if (!only_facts) {
    ImGui::TextDisabled("%zu passage%s%s%s", sources.passages.size(), sources.passages.size() == 1 ? "" : "s",
                        sources.passages.size() >= 500 ? " (newest 500)" : "",
                        state.corpus->filter().active() ? " in the chosen period" : "");
    ImGui::TextDisabled("n / p: next and previous passage");
  }
  ImGui::Separator();
  if (ImGui::BeginChild("##passages")) {
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && !ImGui::GetIO().WantTextInput)
      StepCursor(state.key_presses, sources);
    for (int i = 0; i < int(sources.facts.size()); ++i) DrawFact(state, sources.facts[size_t(i)], i);
    if (!sources.facts.empty() && !sources.passages.empty()) {
      ImGui::Spacing();
      ImGui::TextDisabled("Passages that mention it");
      ImGui::Separator();
    }
    for (int i = 0; i < int(sources.passages.size()); ++i) DrawPassage(state, sources.passages[size_t(i)], i);
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace atlas::ui

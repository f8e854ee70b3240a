// The search box: place names in any script or spelling (fly there, open its sources) and
// full-text search over passages (listed in the Sources panel).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/selection.h"
#include "ui/ui_trace.h"

namespace atlas::ui {
namespace {

void ChoosePlace(AppState& state, const std::string& place_id) {
  SelectPlace(state, place_id);
  FlyToPlace(state, place_id);
  ImGui::CloseCurrentPopup();
}

}  // namespace

void DrawSearchPanel(AppState& state, float top) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(460.f * ImGui::GetIO().FontGlobalScale, vp->Size.x * 0.4f);
  ImGui::SetNextWindowPos({vp->Pos.x + (vp->Size.x - width) / 2, vp->Pos.y + top + 6});
  ImGui::SetNextWindowSize({width, 0});
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
  const bool shown = ImGui::Begin("##search", nullptr, flags);
  CoverMap(state);
  if (!shown) {
    ImGui::End();
    return;
  }
  if (state.search_focus_requested) {
    ImGui::SetKeyboardFocusHere();
    state.search_focus_requested = false;
  }
  ImGui::SetNextItemWidth(-1);
  const bool enter = ImGui::InputTextWithHint("##query", "Search places (any spelling) or passages   Ctrl+F",
                                              &state.search_text, ImGuiInputTextFlags_EnterReturnsTrue);
  if (ImGui::IsItemActivated()) TraceFocus("search");  // typing may begin (test drivers wait for it)
  if (ImGui::IsItemEdited()) UpdateSearch(state);
  const bool active = ImGui::IsItemActive();
  if ((active || enter) && !state.search_text.empty()) ImGui::OpenPopup("##results");
  if (enter) {
    if (!state.place_hits.empty()) ChoosePlace(state, state.place_hits.front().place_id);
    else if (!state.text_hits.empty()) ShowSearchResults(state, state.search_text);
  }

  ImGui::SetNextWindowPos({ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 2});
  ImGui::SetNextWindowSize({width - 2 * ImGui::GetStyle().WindowPadding.x, 0});
  if (ImGui::BeginPopup("##results", ImGuiWindowFlags_NoFocusOnAppearing)) {
    if (!state.corpus->ready()) ImGui::TextDisabled("Loading the gazetteer…");
    if (!state.place_hits.empty()) ImGui::TextDisabled("Places");
    for (const PlaceSearchHit& hit : state.place_hits) {
      std::string line = hit.label;
      if (hit.matched != hit.label) line += "  (" + hit.matched + ")";
      line += hit.mentions ? "   " + std::to_string(hit.mentions) + " mentions" : "   not in the articles";
      if (ImGui::Selectable((line + "##" + hit.place_id).c_str())) ChoosePlace(state, hit.place_id);
    }
    if (!state.text_hits.empty()) {
      ImGui::Separator();
      const std::string all = "Passages containing \u201C" + state.search_text + "\u201D: " +
                              std::to_string(state.text_hits.size()) + (state.text_hits.size() >= 50 ? "+" : "") +
                              " — show in Sources";
      if (ImGui::Selectable(all.c_str())) {
        ShowSearchResults(state, state.search_text);
        ImGui::CloseCurrentPopup();
      }
    } else if (state.place_hits.empty() && state.corpus->ready()) {
      ImGui::TextDisabled("No place or passage matches.");
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
  }
  ImGui::End();
}

}  // namespace atlas::ui

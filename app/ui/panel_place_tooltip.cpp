// The tooltip over a place marker: its name under every convention, a few of its other
// names in other scripts, and how often the articles mention it.
#include <imgui.h>

#include <set>
#include <string>

#include "ui/corpus_session.h"
#include "ui/panels.h"

namespace atlas::ui {

void DrawPlaceTooltip(AppState& state) {
  if (state.hovered_place.empty() || !state.corpus->gazetteer()) return;
  const text::GazetteerEntry* e = state.corpus->gazetteer()->Find(state.hovered_place);
  const map::PlaceMarker* m = state.corpus->FindMarker(state.hovered_place);
  if (!e || !m) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(map::LabelFor(*e, map::NamingConvention::kBoth).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("(%s)", std::string(text::ToString(e->kind)).c_str());
  // Other names, one per language, the way news writes them.
  std::set<std::string> shown;
  std::string others;
  for (const text::PlaceName& n : e->names) {
    if (n.text == e->name || shown.count(n.language) || shown.size() >= 7) continue;
    shown.insert(n.language);
    others += (others.empty() ? "" : " · ") + n.text;
  }
  if (!others.empty()) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextDisabled("%s", others.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::Text("%lld mentions in %lld passages%s", static_cast<long long>(m->mentions),
              static_cast<long long>(m->passages), state.corpus->filter().active() ? " in the chosen period" : "");
  ImGui::TextDisabled("Click to read the passages");
  ImGui::EndTooltip();
}

}  // namespace atlas::ui

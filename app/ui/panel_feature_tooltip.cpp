// The tooltip over a corridor, an actor's presence or events: what it is, its status or dates
// on the timeline's date, and how to read the passages behind it.
#include <imgui.h>

#include <string>

#include "ui/corpus_session.h"
#include "ui/feature_selection.h"
#include "ui/panels.h"
#include "util/readable_dates.h"

namespace atlas::ui {

void DrawFeatureTooltip(AppState& state) {
  const bool cluster = state.hovered_events.size() > 1;
  if (!state.hovered_feature && !cluster) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
  if (cluster) {
    ImGui::Text("%zu events here", state.hovered_events.size());
    size_t shown = 0;
    for (const std::string& id : state.hovered_events) {
      if (++shown > 6) {
        ImGui::TextDisabled("and %zu more", state.hovered_events.size() - 6);
        break;
      }
      ImGui::BulletText("%s", FeatureSummary(state, {map::FeatureRef::Kind::kEvent, id}).c_str());
    }
    ImGui::TextDisabled("Click to read the passages behind them");
  } else {
    ImGui::TextUnformatted(FeatureSummary(state, state.hovered_feature).c_str());
    ImGui::TextDisabled("Click to read the sources");
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

}  // namespace atlas::ui

// The Layers panel: switch map layers on and off, and choose the naming convention.
#include <imgui.h>

#include <string>

#include "ui/corpus_session.h"
#include "ui/panels.h"

namespace atlas::ui {

void DrawLayersPanel(AppState& state) {
  if (!state.show_layers) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({vp->Pos.x + 10, vp->Pos.y + ImGui::GetFrameHeight() + 10}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize({260, 0}, ImGuiCond_FirstUseEver);
  if (ImGui::Begin("Layers", &state.show_layers, ImGuiWindowFlags_AlwaysAutoResize)) {
    for (const auto& layer : map::MapLayers()) {
      bool on = state.layers.IsVisible(layer.id);
      if (ImGui::Checkbox(std::string(layer.title).c_str(), &on)) state.layers.Set(layer.id, on);
    }
    ImGui::Separator();
    ImGui::TextDisabled("Names of contested places");
    for (const auto& c : map::NamingConventions()) {
      if (ImGui::RadioButton(std::string(c.title).c_str(), state.corpus->naming() == c.convention))
        state.corpus->SetNaming(c.convention);
    }
  }
  ImGui::End();
}

}  // namespace atlas::ui

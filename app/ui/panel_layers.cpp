// The Layers panel: switch basemap layers on and off.
#include <imgui.h>

#include <string>

#include "ui/panels.h"

namespace atlas::ui {

void DrawLayersPanel(AppState& state) {
  if (!state.show_layers) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({vp->Pos.x + 10, vp->Pos.y + ImGui::GetFrameHeight() + 10}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize({250, 0}, ImGuiCond_FirstUseEver);
  if (ImGui::Begin("Layers", &state.show_layers, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextDisabled("Basemap");
    for (const auto& layer : map::BasemapLayers()) {
      bool on = state.layers.IsVisible(layer.id);
      if (ImGui::Checkbox(std::string(layer.title).c_str(), &on)) state.layers.Set(layer.id, on);
    }
  }
  ImGui::End();
}

}  // namespace atlas::ui

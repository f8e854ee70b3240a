// Panel rectangles over the map; see map_covers.h.
#include "ui/map_covers.h"

#include <imgui.h>

namespace atlas::ui {

void CoverMap(AppState& state) {
  // A window may be measured, not drawn, in the frame it appears: the map must show there.
  if (ImGui::IsWindowAppearing()) return;
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  const ImVec2 p = ImGui::GetWindowPos(), s = ImGui::GetWindowSize();
  state.map_covers.push_back({p.x * scale.x, p.y * scale.y, (p.x + s.x) * scale.x, (p.y + s.y) * scale.y});
}

float MapCoverInset() {
  const ImGuiStyle& style = ImGui::GetStyle();
  return (style.WindowRounding + style.WindowBorderSize + 1) * ImGui::GetIO().DisplayFramebufferScale.x;
}

}  // namespace atlas::ui

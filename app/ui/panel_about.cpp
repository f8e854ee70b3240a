// The About panel: what the program is and the credits every map it draws carries.
#include <imgui.h>

#include <string>

#include "map/attribution.h"
#include "ui/panels.h"

namespace atlas::ui {

void DrawAboutPanel(AppState& state) {
  if (!state.show_about) return;
  ImGui::SetNextWindowSize({560, 0}, ImGuiCond_Appearing);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y / 2}, ImGuiCond_Appearing, {0.5f, 0.5f});
  if (ImGui::Begin("About Caucasus Atlas", &state.show_about, ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextWrapped("Caucasus Atlas: a map of the South Caucasus for analysts, built from the articles you load.");
    ImGui::Separator();
    ImGui::TextDisabled("Data credits");
    for (const auto& credit : map::DataCredits()) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s (%s)", std::string(credit.what).c_str(), std::string(credit.line).c_str(),
                         std::string(credit.licence).c_str());
    }
    ImGui::Separator();
    ImGui::TextWrapped(
        "Projection: Lambert conformal conic, standard parallels 38.5°N and 42.5°N, central meridian 45°E "
        "(WGS84). The shaded area around Nagorno-Karabakh is Natural Earth's 1994–2020 line of control, "
        "shown as history; Azerbaijan retook the area in 2020 and September 2023.");
  }
  ImGui::End();
}

}  // namespace atlas::ui

// The Export dialog: paper or pixel size, the briefing's text and furniture, the file; Export
// runs on a worker (ExportJob) with a progress bar while the map stays usable. Also the small
// "Save view as" dialog.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "ui/corpus_session.h"
#include "ui/export_job.h"
#include "ui/named_views.h"
#include "ui/panels.h"
#include "util/error.h"

namespace atlas::ui {
namespace {

// An ImGui text field over a std::string (ImGui 1.86 wants a fixed buffer).
bool InputString(const char* label, std::string& value, float width = -170) {
  char buffer[1024];
  std::snprintf(buffer, sizeof buffer, "%s", value.c_str());
  ImGui::SetNextItemWidth(width);
  if (!ImGui::InputText(label, buffer, sizeof buffer)) return false;
  value = buffer;
  return true;
}

void DrawSizeChoice(ExportSettings& s) {
  static const char* kSizes[] = {"A4", "A3", "Letter", "Pixels"};
  int size = int(s.size);
  ImGui::SetNextItemWidth(110);
  if (ImGui::Combo("Size", &size, kSizes, 4)) s.size = ExportSettings::Size(size);
  ImGui::SameLine();
  if (s.size == ExportSettings::Size::kPixels) {
    ImGui::SetNextItemWidth(90);
    ImGui::InputInt("##w", &s.width, 0);
    ImGui::SameLine();
    ImGui::TextUnformatted("\u00d7");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90);
    ImGui::InputInt("px##h", &s.height, 0);
    if (ImGui::Button("Full HD")) s.width = 1920, s.height = 1080;
    ImGui::SameLine();
    if (ImGui::Button("4K")) s.width = 3840, s.height = 2160;
    ImGui::SameLine();
    if (ImGui::Button("8K")) s.width = 7680, s.height = 4320;
  } else {
    ImGui::RadioButton("150 dpi", &s.dpi, 150);
    ImGui::SameLine();
    ImGui::RadioButton("300 dpi", &s.dpi, 300);
    ImGui::SameLine();
    ImGui::Checkbox("Portrait", &s.portrait);
  }
}

}  // namespace

void DrawExportPanel(AppState& state) {
  if (!state.show_export || !state.export_job) return;
  ExportSettings& s = state.export_settings;
  ExportJob& job = *state.export_job;

  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(560, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Export", &state.show_export, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextDisabled("The map as shown: its extent, layers, dates, actors and names.");
  DrawSizeChoice(s);
  ImGui::Separator();
  ImGui::Checkbox("Briefing page (title, legend, scale bar, credits, sources file)", &s.briefing);
  if (s.briefing) {
    InputString("Title", s.brief.title);
    InputString("Subtitle", s.brief.subtitle);
    InputString("Author / organisation", s.brief.author);
    ImGui::Checkbox("Legend", &s.brief.legend);
    ImGui::SameLine();
    ImGui::Checkbox("Scale bar", &s.brief.scale_bar);
    ImGui::SameLine();
    ImGui::Checkbox("North arrow", &s.brief.north_arrow);
    ImGui::SameLine();
    ImGui::Checkbox("Locator", &s.brief.locator);
    ImGui::SameLine();
    ImGui::Checkbox("Credits", &s.brief.credits);
  }
  ImGui::Separator();
  InputString("File", s.out);
  ImGui::BeginDisabled(job.running());
  if (ImGui::Button("Export")) {
    try {
      job.Start(BuildExportRequest(state, s));
    } catch (const AtlasError& e) {
      state.notice = e.what();
    }
  }
  ImGui::EndDisabled();
  if (job.running()) {
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) job.Cancel();
    ImGui::ProgressBar(float(job.fraction()), ImVec2(-1, 0), job.stage().c_str());
  } else if (!state.notice.empty()) {
    ImGui::TextWrapped("%s", state.notice.c_str());
  }
  ImGui::End();
}

void DrawSaveViewPanel(AppState& state) {
  if (!state.show_save_view) return;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Save view", &state.show_save_view, ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::TextDisabled("Extent, layers, dates, actors and names, as a view file.");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool entered = InputString("Name", state.save_view_name);
  const bool save = ImGui::Button("Save") || (entered && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)));
  if (save && !state.save_view_name.empty()) {
    try {
      const auto path = SaveNamedView(CaptureAppView(state, state.save_view_name));
      state.notice = "Saved the view as " + path.string();
      state.show_save_view = false;
    } catch (const AtlasError& e) {
      state.notice = e.what();
    }
  }
  ImGui::End();
}

}  // namespace atlas::ui

// The main menu bar: view commands, panels, help.
#include <imgui.h>

#include <string>

#include "ui/corpus_session.h"
#include "ui/named_views.h"
#include "util/error.h"
#include "ui/panels.h"

namespace atlas::ui {

float DrawMainMenu(AppState& state) {
  float height = 0;
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu("File")) {
      ImGui::MenuItem("Add articles…", "Ctrl+O", &state.show_add_articles);
      ImGui::MenuItem("Export picture…", "Ctrl+E", &state.show_export);
      ImGui::Separator();
      if (ImGui::MenuItem("Quit", "Ctrl+Q")) state.quit_requested = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
      if (ImGui::MenuItem("Fit the region", "Home")) state.view.FitBounds(map::HomeBounds(state.assets->projection), 0.0);
      if (ImGui::MenuItem("Wider region (Moscow, Ankara, Tehran)")) {
        const auto& proj = state.assets->projection;
        geo::Bounds b;
        b.Add(proj.Forward({32.0, 34.5}));
        b.Add(proj.Forward({52.0, 56.5}));
        state.view.FitBounds(b, 0.03);
      }
      ImGui::Separator();
      if (ImGui::BeginMenu("Names of contested places")) {
        for (const auto& c : map::NamingConventions())
          if (ImGui::MenuItem(std::string(c.title).c_str(), nullptr, state.corpus->naming() == c.convention))
            state.corpus->SetNaming(c.convention);
        ImGui::EndMenu();
      }
      ImGui::Separator();
      ImGui::MenuItem("Layers", nullptr, &state.show_layers);
      ImGui::MenuItem("Sources", nullptr, &state.show_sources);
      ImGui::MenuItem("Timeline", nullptr, &state.show_timeline);
      ImGui::MenuItem("Actors", nullptr, &state.show_actors);
      if (ImGui::MenuItem("Search", "Ctrl+F")) state.search_focus_requested = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Views")) {
      if (ImGui::MenuItem("Save view as…", "Ctrl+S")) state.show_save_view = true;
      ImGui::Separator();
      bool bundled = true;
      for (const NamedView& v : ListNamedViews()) {
        if (bundled && !v.bundled) ImGui::Separator();
        bundled = v.bundled;
        if (ImGui::MenuItem(v.name.c_str())) {
          try {
            ApplyAppView(state, map::ReadViewFile(v.path));
            state.notice = "Showing the view \u201c" + v.name + "\u201d";
          } catch (const AtlasError& e) {
            state.notice = e.what();
          }
        }
      }
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
      ImGui::MenuItem("About and data credits", nullptr, &state.show_about);
      ImGui::EndMenu();
    }
    height = ImGui::GetWindowSize().y;
    ImGui::EndMainMenuBar();
  }
  return height;
}

}  // namespace atlas::ui

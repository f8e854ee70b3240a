// Add articles: a small file browser (folders and .txt/.md/.html files) whose choice is
// ingested in the background; files dropped on the window take the same path.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "ui/corpus_session.h"
#include "ui/panels.h"

namespace atlas::ui {
namespace fs = std::filesystem;
namespace {

struct BrowserState {
  fs::path folder;
  std::string typed;
  std::set<fs::path> chosen;
  std::vector<fs::directory_entry> entries;
  std::string error;
  bool loaded = false;
};

bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

void Load(BrowserState& b, const fs::path& folder) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (const auto& e : fs::directory_iterator(folder, fs::directory_options::skip_permission_denied, ec)) {
    if (e.path().filename().string().rfind('.', 0) == 0) continue;  // hidden files
    if (e.is_directory(ec) || IsArticleFile(e.path())) entries.push_back(e);
  }
  if (ec) {
    b.error = folder.string() + ": " + ec.message();
    return;
  }
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& c) {
    std::error_code e1, e2;
    if (a.is_directory(e1) != c.is_directory(e2)) return a.is_directory(e1);
    return a.path().filename() < c.path().filename();
  });
  b.folder = folder;
  b.typed = folder.string();
  b.entries = std::move(entries);
  b.chosen.clear();
  b.error.clear();
  b.loaded = true;
}

}  // namespace

void DrawAddArticlesPanel(AppState& state) {
  static BrowserState b;
  if (!state.show_add_articles) return;
  if (!b.loaded) {
    const char* home = std::getenv("HOME");
    Load(b, home ? fs::path(home) : fs::current_path());
  }
  ImGui::SetNextWindowSize({560, 440}, ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Add articles", &state.show_add_articles)) {
    ImGui::End();
    return;
  }
  ImGui::TextWrapped("Plain text, Markdown or HTML (raw copies of web pages are fine). You can also drop files "
                     "or folders onto the map.");
  if (ImGui::Button("Up") && b.folder.has_parent_path()) Load(b, b.folder.parent_path());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##folder", &b.typed, ImGuiInputTextFlags_EnterReturnsTrue)) Load(b, fs::path(b.typed));
  if (!b.error.empty()) ImGui::TextColored({0.75f, 0.25f, 0.2f, 1}, "%s", b.error.c_str());

  const float footer = ImGui::GetFrameHeightWithSpacing() * 2;
  if (ImGui::BeginChild("##entries", {0, -footer}, true)) {
    for (const auto& e : b.entries) {
      std::error_code ec;
      const bool dir = e.is_directory(ec);
      const std::string name = e.path().filename().string() + (dir ? "/" : "");
      bool chosen = b.chosen.count(e.path()) > 0;
      if (ImGui::Checkbox(("##c" + name).c_str(), &chosen)) {
        if (chosen) b.chosen.insert(e.path());
        else b.chosen.erase(e.path());
      }
      ImGui::SameLine();
      if (ImGui::Selectable(name.c_str(), false, ImGuiSelectableFlags_AllowDoubleClick) && dir &&
          ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left))
        Load(b, e.path());
    }
  }
  ImGui::EndChild();
  ImGui::BeginDisabled(b.chosen.empty());
  if (ImGui::Button(("Add " + std::to_string(b.chosen.size()) + " chosen").c_str())) {
    state.corpus->Ingest(std::vector<fs::path>(b.chosen.begin(), b.chosen.end()));
    b.chosen.clear();
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Add this whole folder")) state.corpus->Ingest({b.folder});
  const IngestProgress p = state.corpus->progress();
  if (p.running) {
    ImGui::SameLine();
    ImGui::ProgressBar(p.total ? float(p.done) / float(p.total) : 0.f, {-1, 0},
                       (std::to_string(p.done) + "/" + std::to_string(p.total)).c_str());
  } else if (!p.summary.empty()) {
    ImGui::SameLine();
    ImGui::TextDisabled("Last: %s", p.summary.c_str());
  }
  ImGui::End();
}

}  // namespace atlas::ui

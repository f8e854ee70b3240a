// The Article panel: the whole article a passage came from, scrolled to that passage, with
// every place mention marked and the source named.
#include <imgui.h>

#include <filesystem>

#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/passage_marks.h"
#include "ui/passage_text_view.h"

namespace atlas::ui {

void DrawArticlePanel(AppState& state) {
  if (!state.article) return;
  OpenArticle& open = *state.article;
  const store::ArticleView& a = open.article;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize({std::min(720.f, vp->Size.x * 0.6f), vp->Size.y * 0.7f}, ImGuiCond_Appearing);
  ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f}, ImGuiCond_Appearing,
                          {0.5f, 0.5f});
  bool visible = true;
  const bool shown = ImGui::Begin("Article", &visible, ImGuiWindowFlags_NoCollapse);
  CoverMap(state);
  if (shown) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(a.title.empty() ? "(untitled)" : a.title.c_str());
    ImGui::PopTextWrapPos();
    std::string meta = (a.outlet.empty() ? std::string("Unknown outlet") : a.outlet) + "  \u00B7  " +
                       (a.date.empty() ? std::string("undated") : (a.date_inferred ? "\u2248 " : "") + a.date);
    if (!a.author.empty()) meta += "  \u00B7  " + a.author;
    ImGui::TextDisabled("%s", meta.c_str());
    ImGui::TextDisabled("%s, lines %d–%d", std::filesystem::path(a.file).filename().c_str(), a.first_line,
                        a.last_line);
    ImGui::Separator();
    if (ImGui::BeginChild("##body")) {
      for (const store::PassageHit& p : a.passages) {
        if (p.kind == "title") continue;  // shown above
        ImGui::PushID(int(p.passage_id));
        const bool focus = p.passage_id == open.focus_passage;
        const ImVec2 top = ImGui::GetCursorScreenPos();
        PassageTextView("##p", p.text, MarksFor(p, state.selected_place, state.sources.search_words));
        if (focus) {
          const ImVec2 bottom = ImGui::GetCursorScreenPos();
          ImGui::GetWindowDrawList()->AddRectFilled({top.x - 6, top.y}, {top.x - 3, bottom.y},
                                                    ImGui::GetColorU32(ImGuiCol_CheckMark));
          if (open.scroll_pending) {
            ImGui::SetScrollHereY(0.2f);
            open.scroll_pending = false;
          }
        }
        ImGui::Spacing();
        ImGui::PopID();
      }
    }
    ImGui::EndChild();
  }
  ImGui::End();
  if (!visible) state.article.reset();
}

}  // namespace atlas::ui

// The timeline: passages per month over the whole corpus; drag across it to filter the map,
// its counts and the Sources panel to a date range.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "ui/actor_selection.h"
#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/selection.h"

namespace atlas::ui {
namespace {

struct Month {
  int year, month;
  int Index() const { return year * 12 + (month - 1); }
  static Month FromIndex(int i) { return {i / 12, i % 12 + 1}; }
  static Month Parse(const std::string& ym) { return {std::stoi(ym.substr(0, 4)), std::stoi(ym.substr(5, 2))}; }
  std::string First() const {
    char b[40];
    std::snprintf(b, sizeof b, "%04d-%02d-01", year, month);
    return b;
  }
  std::string Last() const {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    char b[40];
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", year, month, month == 2 && leap ? 29 : kDays[month - 1]);
    return b;
  }
};

constexpr const char* kMonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int g_drag_from = -1;  // month index where a drag started

}  // namespace

void DrawTimelinePanel(AppState& state, float bottom) {
  if (!state.show_timeline) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float height = 118 * ImGui::GetIO().FontGlobalScale + ImGui::GetFrameHeight();
  ImGui::SetNextWindowPos({vp->Pos.x + 10, vp->Pos.y + vp->Size.y - bottom - height - 8}, ImGuiCond_Always);
  ImGui::SetNextWindowSize({vp->Size.x * 0.55f, height}, ImGuiCond_Always);
  const bool shown = ImGui::Begin("Timeline", &state.show_timeline, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                                           ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
  CoverMap(state);
  if (!shown) {
    ImGui::End();
    return;
  }
  const auto& months = state.corpus->months();
  const store::CorpusFilter& filter = state.corpus->filter();
  if (months.empty()) {
    ImGui::TextDisabled("No dated passages yet.");
    ImGui::End();
    return;
  }
  const int first = Month::Parse(months.front().month).Index();
  const int last = Month::Parse(months.back().month).Index();
  const int span = last - first + 1;
  std::vector<int64_t> counts(size_t(span), 0);
  int64_t peak = 1;
  for (const auto& m : months) {
    counts[size_t(Month::Parse(m.month).Index() - first)] = m.passages;
    peak = std::max(peak, m.passages);
  }

  // Header: the current window and a way out of it.
  if (filter.active()) {
    ImGui::Text("Showing %s to %s: %lld passages", filter.date_from.c_str(), filter.date_to.c_str(),
                static_cast<long long>(state.corpus->passages_in_filter()));
    ImGui::SameLine();
    if (ImGui::SmallButton("All dates")) SetDateWindow(state, "", "");
  } else {
    ImGui::TextDisabled("All dates: %lld passages. Drag across the bars to choose a period.",
                        static_cast<long long>(state.corpus->passages_in_filter()));
  }

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const ImVec2 size{ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeight()};
  ImGui::InvisibleButton("##bars", size);
  const bool hovered = ImGui::IsItemHovered();
  const float bar_w = size.x / float(span);
  auto month_at = [&](float x) { return std::clamp(first + int((x - p0.x) / bar_w), first, last); };

  int sel_from = filter.date_from.empty() ? -1 : Month::Parse(filter.date_from).Index();
  int sel_to = filter.date_to.empty() ? -1 : Month::Parse(filter.date_to).Index();
  if (ImGui::IsItemActivated()) g_drag_from = month_at(ImGui::GetIO().MousePos.x);
  if (ImGui::IsItemActive() && g_drag_from >= 0) {
    const int now = month_at(ImGui::GetIO().MousePos.x);
    sel_from = std::min(g_drag_from, now);
    sel_to = std::max(g_drag_from, now);
  }
  if (ImGui::IsItemDeactivated() && g_drag_from >= 0) {
    const int now = month_at(ImGui::GetIO().MousePos.x);
    SetDateWindow(state, Month::FromIndex(std::min(g_drag_from, now)).First(),
                  Month::FromIndex(std::max(g_drag_from, now)).Last());
    g_drag_from = -1;
  }

  const ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
  const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 chosen = IM_COL32(0, 114, 178, 60);
  if (sel_from >= 0 && sel_to >= 0)
    dl->AddRectFilled({p0.x + float(sel_from - first) * bar_w, p0.y},
                      {p0.x + float(sel_to - first + 1) * bar_w, p0.y + size.y}, chosen);
  for (int i = 0; i < span; ++i) {
    if (counts[size_t(i)] == 0) continue;
    const float h = size.y * float(counts[size_t(i)]) / float(peak);
    const bool in = sel_from < 0 || (first + i >= sel_from && first + i <= sel_to);
    dl->AddRectFilled({p0.x + float(i) * bar_w + 1, p0.y + size.y - h},
                      {p0.x + float(i + 1) * bar_w - 1, p0.y + size.y}, in ? bar : dim);
  }
  // Year ticks along the axis.
  for (int i = 0; i < span; ++i) {
    const Month m = Month::FromIndex(first + i);
    if (m.month != 1 && i != 0) continue;
    const float x = p0.x + float(i) * bar_w;
    dl->AddLine({x, p0.y + size.y}, {x, p0.y + size.y + 4}, dim);
    dl->AddText({x + 2, p0.y + size.y}, dim, std::to_string(m.year).c_str());
  }
  if (hovered) {
    const int at = month_at(ImGui::GetIO().MousePos.x);
    const Month m = Month::FromIndex(at);
    ImGui::SetTooltip("%s %d: %lld passages", kMonthNames[m.month - 1], m.year,
                      static_cast<long long>(counts[size_t(at - first)]));
  }
  ImGui::End();
}

}  // namespace atlas::ui

// The Actors panel: who the articles name, how often over time, and who is named with whom.
// Ticking actors narrows the whole map (places, events, timeline, Sources) to passages and
// events involving any of them; clicking a name or a pair lists their passages.
#include <imgui.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "ui/actor_selection.h"
#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"

namespace atlas::ui {
namespace {

constexpr size_t kMatrixActors = 10;

ImU32 ToImColour(map::Rgba c, uint8_t alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }

int MonthIndex(const std::string& ym) { return std::stoi(ym.substr(0, 4)) * 12 + std::stoi(ym.substr(5, 2)) - 1; }

// Passages per month as a filled sparkline over [first, last] month indices.
void Sparkline(const store::ActorMonthSeries& series, int first, int last, map::Rgba colour, ImVec2 size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  draw->AddRectFilled(p0, {p0.x + size.x, p0.y + size.y}, IM_COL32(127, 127, 127, 28));
  int64_t peak = 1;
  for (const auto& m : series.months) peak = std::max(peak, m.passages);
  const float step = size.x / float(std::max(1, last - first + 1));
  for (const auto& m : series.months) {
    const int i = MonthIndex(m.month) - first;
    if (i < 0 || i > last - first) continue;
    const float h = std::max(1.0f, size.y * float(m.passages) / float(peak));
    draw->AddRectFilled({p0.x + float(i) * step, p0.y + size.y - h}, {p0.x + float(i + 1) * step, p0.y + size.y},
                        ToImColour(colour, 220));
  }
  if (ImGui::IsItemHovered()) {
    const int i = first + int((ImGui::GetIO().MousePos.x - p0.x) / step);
    int64_t n = 0;
    for (const auto& m : series.months)
      if (MonthIndex(m.month) == i) n = m.passages;
    ImGui::SetTooltip("%04d-%02d: %lld passages", i / 12, i % 12 + 1, static_cast<long long>(n));
  }
}

void ActorRows(AppState& state, const ActorSummary& summary) {
  CorpusSession& corpus = *state.corpus;
  int first = INT32_MAX, last = INT32_MIN;
  for (const auto& s : summary.months)
    for (const auto& m : s.months) {
      first = std::min(first, MonthIndex(m.month));
      last = std::max(last, MonthIndex(m.month));
    }
  std::map<std::string, const store::ActorMonthSeries*> months;
  for (const auto& s : summary.months) months[s.actor_id] = &s;
  const float spark_w = ImGui::GetFontSize() * 9, spark_h = ImGui::GetFontSize() * 0.9f;
  if (!ImGui::BeginTable("##actors", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn("Actor", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Passages");
  ImGui::TableSetupColumn("Over time");
  ImGui::TableHeadersRow();
  for (const store::ActorCount& count : summary.counts) {
    const text::Actor* actor = corpus.actors().Find(count.actor_id);
    if (!actor) continue;
    ImGui::PushID(actor->id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool chosen = std::find(corpus.filter().actors.begin(), corpus.filter().actors.end(), actor->id) !=
                  corpus.filter().actors.end();
    const map::Rgba colour = corpus.ActorColour(actor->id);
    ImGui::PushStyleColor(ImGuiCol_CheckMark, ToImColour(colour));
    if (ImGui::Checkbox("##on", &chosen)) ToggleActorFilter(state, actor->id, chosen);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show only passages and events involving %s", actor->name.c_str());
    ImGui::SameLine();
    if (ImGui::Selectable(actor->name.c_str(), state.sources.actor_id == actor->id)) ShowActorPassages(state, actor->id);
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(count.passages));
    ImGui::TableNextColumn();
    if (auto it = months.find(actor->id); it != months.end() && first <= last)
      Sparkline(*it->second, first, last, colour, {spark_w, spark_h});
    ImGui::PopID();
  }
  ImGui::EndTable();
}

// Who is named with whom: a shaded matrix of the most named actors; a click lists the
// passages naming both.
void CoOccurrenceMatrix(AppState& state, const ActorSummary& summary) {
  CorpusSession& corpus = *state.corpus;
  std::vector<std::string> ids;
  for (const auto& c : summary.counts) {
    if (ids.size() >= kMatrixActors) break;
    if (corpus.actors().Find(c.actor_id)) ids.push_back(c.actor_id);
  }
  if (ids.size() < 2) {
    ImGui::TextDisabled("Too few actors named to compare.");
    return;
  }
  std::map<std::pair<std::string, std::string>, int64_t> pairs;
  int64_t peak = 1;
  for (const auto& p : summary.pairs) {
    pairs[{p.first, p.second}] = p.passages;
    peak = std::max(peak, p.passages);
  }
  const float cell = ImGui::GetFontSize() * 1.5f;
  const float label_w = ImGui::GetFontSize() * 7;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  for (size_t r = 0; r < ids.size(); ++r) {
    const text::Actor* a = corpus.actors().Find(ids[r]);
    draw->AddText({origin.x, origin.y + cell * float(r + 1) + cell * 0.15f}, text, a->name.c_str());
    // Column heads: the first three letters, the full name on hover.
    draw->AddText({origin.x + label_w + cell * float(r) + 2, origin.y + cell * 0.15f}, text,
                  a->name.substr(0, 3).c_str());
  }
  for (size_t r = 0; r < ids.size(); ++r)
    for (size_t c = 0; c < ids.size(); ++c) {
      if (r == c) continue;
      const auto key = ids[r] < ids[c] ? std::make_pair(ids[r], ids[c]) : std::make_pair(ids[c], ids[r]);
      const int64_t n = pairs.count(key) ? pairs[key] : 0;
      const ImVec2 top{origin.x + label_w + cell * float(c), origin.y + cell * float(r + 1)};
      const float t = float(n) / float(peak);
      draw->AddRectFilled(top, {top.x + cell - 2, top.y + cell - 2}, IM_COL32(0, 114, 178, int(20 + 215 * t)));
      ImGui::SetCursorScreenPos(top);
      ImGui::PushID(int(r * 100 + c));
      if (ImGui::InvisibleButton("##pair", {cell - 2, cell - 2})) ShowPairPassages(state, ids[r], ids[c]);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s and %s: %lld passages name both", corpus.actors().Find(ids[r])->name.c_str(),
                          corpus.actors().Find(ids[c])->name.c_str(), static_cast<long long>(n));
      ImGui::PopID();
    }
  ImGui::SetCursorScreenPos({origin.x, origin.y + cell * float(ids.size() + 1) + 4});
  ImGui::Dummy({label_w + cell * float(ids.size()), 1});
}

}  // namespace

void DrawActorsPanel(AppState& state) {
  if (!state.show_actors) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({vp->Pos.x + vp->Size.x * 0.3f, vp->Pos.y + vp->Size.y * 0.15f}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize({ImGui::GetFontSize() * 30, ImGui::GetFontSize() * 36}, ImGuiCond_FirstUseEver);
  const bool shown = ImGui::Begin("Actors", &state.show_actors);
  CoverMap(state);
  if (!shown) {
    ImGui::End();
    return;
  }
  CorpusSession& corpus = *state.corpus;
  const std::vector<std::string>& chosen = corpus.filter().actors;
  if (chosen.empty()) {
    ImGui::TextWrapped("Tick actors to show only the passages and events that involve them.");
  } else {
    std::string names;
    for (const std::string& id : chosen)
      if (const text::Actor* a = corpus.actors().Find(id)) names += (names.empty() ? "" : ", ") + a->name;
    ImGui::TextWrapped("Showing passages and events involving %s.", names.c_str());
    if (ImGui::SmallButton("Clear actors")) ClearActorFilter(state);
  }
  const ActorSummary& summary = corpus.actor_summary();
  ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
  if (ImGui::CollapsingHeader("Named in the articles")) ActorRows(state, summary);
  ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
  if (ImGui::CollapsingHeader("Named together")) CoOccurrenceMatrix(state, summary);
  ImGui::End();
}

}  // namespace atlas::ui

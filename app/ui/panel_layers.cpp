// The Layers panel: the map's key and its switches. Layers grouped as the analyst thinks of
// them (what the articles say, curated facts, events by type, the basemap), each with its
// symbol; corridors with their status styles; and the naming convention for contested places.
#include <imgui.h>

#include <set>
#include <string>

#include "map/corridor_style.h"
#include "map/event_markers.h"
#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/symbol_icons.h"

namespace atlas::ui {
namespace {

constexpr map::Rgba kWhite = map::Hex(0xFFFFFF);

// The icon drawn beside a layer's switch, if it has one.
void LayerIcon(AppState& state, const map::LayerInfo& layer) {
  const float r = ImGui::GetFontSize() * 0.36f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (const map::EventKindInfo* kind = [&]() -> const map::EventKindInfo* {
        for (const auto& k : map::EventKinds())
          if (k.layer == layer.id) return &k;
        return nullptr;
      }()) {
    DrawSymbolIcon(draw, IconSlot(r * 3), r, kind->shape, kind->colour, kWhite);
  } else if (layer.id == "places") {
    DrawSymbolIcon(draw, IconSlot(r * 3), r, map::SymbolShape::kDot, state.assets->style->marker_colours[0], kWhite);
  } else if (layer.id == "presence") {
    const ImVec2 c = IconSlot(r * 3);
    DrawSymbolIcon(draw, c, r, map::SymbolShape::kDot, map::Hex(0xDC050C), map::Hex(0x1E1E1E));
    DrawSymbolIcon(draw, c, r * 0.36f, map::SymbolShape::kDot, kWhite, kWhite);
  } else if (layer.id == "corridors") {
    const ImVec2 c = IconSlot(r * 3);
    DrawLineIcon(draw, {c.x - r * 1.4f, c.y}, r * 2.8f, map::CorridorStyleFor("open").line, 0.7f);
  } else {
    IconSlot(r * 3);
  }
  ImGui::SameLine();
}

// The corridor statuses as a small key under the corridors switch.
void CorridorKey() {
  const float scale = 0.8f;
  std::set<std::string_view> shown;
  ImGui::Indent(ImGui::GetFontSize() * 1.6f);
  for (const auto& s : map::CorridorStatusStyles()) {
    if (!shown.insert(s.title).second) continue;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::Dummy({h * 2.4f, h});
    DrawLineIcon(ImGui::GetWindowDrawList(), {at.x, at.y + h / 2}, h * 2.2f, s.line, scale);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", std::string(s.title).c_str());
  }
  ImGui::TextDisabled("Routes through named towns are schematic.");
  ImGui::Unindent(ImGui::GetFontSize() * 1.6f);
}

void EventKey() {
  const float r = ImGui::GetFontSize() * 0.36f;
  ImGui::Indent(ImGui::GetFontSize() * 1.6f);
  DrawSymbolIcon(ImGui::GetWindowDrawList(), IconSlot(r * 3), r, map::SymbolShape::kTriangle,
                 map::EventKinds()[0].colour, map::Hex(0x1A1A1A));
  ImGui::SameLine();
  ImGui::TextDisabled("dark rim: curated and cited");
  DrawSymbolIcon(ImGui::GetWindowDrawList(), IconSlot(r * 3), r, map::SymbolShape::kTriangle,
                 map::Rgba{0xD5, 0x5E, 0x00, 150}, kWhite);
  ImGui::SameLine();
  ImGui::TextDisabled("light rim, paler: extracted (less sure)");
  ImGui::TextDisabled("A bar beneath: the event lasted days;\na number: events gathered here.");
  ImGui::Unindent(ImGui::GetFontSize() * 1.6f);
}

void LayerSwitches(AppState& state, map::LayerGroup group) {
  for (const auto& layer : map::MapLayers()) {
    if (layer.group != group) continue;
    ImGui::PushID(layer.id.data());
    LayerIcon(state, layer);
    bool on = state.layers.IsVisible(layer.id);
    if (ImGui::Checkbox(std::string(layer.title).c_str(), &on)) state.layers.Set(layer.id, on);
    if (layer.id == "corridors" && on) CorridorKey();
    ImGui::PopID();
  }
}

}  // namespace

void DrawLayersPanel(AppState& state) {
  if (!state.show_layers) return;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos({vp->Pos.x + 10, vp->Pos.y + ImGui::GetFrameHeight() + 10}, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize({280, 0}, ImGuiCond_FirstUseEver);
  const bool shown = ImGui::Begin("Layers", &state.show_layers, ImGuiWindowFlags_AlwaysAutoResize);
  CoverMap(state);
  if (shown) {
    ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
    if (ImGui::CollapsingHeader("Articles and curated facts")) {
      LayerSwitches(state, map::LayerGroup::kArticles);
      LayerSwitches(state, map::LayerGroup::kCurated);
    }
    ImGui::SetNextItemOpen(true, ImGuiCond_FirstUseEver);
    if (ImGui::CollapsingHeader("Events")) {
      LayerSwitches(state, map::LayerGroup::kEvents);
      EventKey();
    }
    ImGui::SetNextItemOpen(false, ImGuiCond_FirstUseEver);
    if (ImGui::CollapsingHeader("Basemap")) LayerSwitches(state, map::LayerGroup::kBasemap);
    ImGui::SetNextItemOpen(false, ImGuiCond_FirstUseEver);
    if (ImGui::CollapsingHeader("Names of contested places")) {
      for (const auto& c : map::NamingConventions()) {
        if (ImGui::RadioButton(std::string(c.title).c_str(), state.corpus->naming() == c.convention))
          state.corpus->SetNaming(c.convention);
      }
    }
  }
  ImGui::End();
}

}  // namespace atlas::ui

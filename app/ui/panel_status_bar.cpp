// The status bar: cursor latitude/longitude, a true scale bar, the map scale and notices.
#include <imgui.h>

#include <cmath>
#include <cstdio>

#include "map/scale_bar.h"
#include "ui/corpus_session.h"
#include "ui/map_covers.h"
#include "ui/panels.h"

namespace atlas::ui {
namespace {

std::string FormatLonLat(geo::LonLat ll) {
  char text[64];
  std::snprintf(text, sizeof text, "%.4f° %c, %.4f° %c", std::abs(ll.lat), ll.lat >= 0 ? 'N' : 'S', std::abs(ll.lon),
                ll.lon >= 0 ? 'E' : 'W');
  return text;
}

std::string FormatScale(double denominator) {
  // Round to two significant figures, grouped in thousands: 1:2 500 000.
  const double magnitude = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
  long long rounded = llround(std::round(denominator / magnitude) * magnitude);
  std::string digits = std::to_string(rounded), grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += "\u2009";
    grouped += digits[i];
  }
  return "1:" + grouped;
}

}  // namespace

void DrawStatusBar(AppState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float height = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  ImGui::SetNextWindowPos({vp->Pos.x, vp->Pos.y + vp->Size.y - height});
  ImGui::SetNextWindowSize({vp->Size.x, height});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {8, 3});
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  const bool shown = ImGui::Begin("##status", nullptr, flags);
  CoverMap(state);
  if (shown) {
    const auto& projection = state.assets->projection;
    if (state.cursor_map) {
      ImGui::TextUnformatted(FormatLonLat(projection.Inverse(*state.cursor_map)).c_str());
    } else {
      ImGui::TextDisabled("%s", FormatLonLat(projection.Inverse(state.view.center())).c_str());
    }
    const map::ScaleBar bar = map::ComputeScaleBar(state.view, projection, 120);
    ImGui::SameLine(260);
    // The bar is drawn in window coordinates: physical pixels / framebuffer scale.
    const float fb_scale = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1;
    const float bar_px = float(bar.pixels) / fb_scale;
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + ImGui::GetTextLineHeight() * 0.7f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    dl->AddLine({p.x, y}, {p.x + bar_px, y}, ink, 2.0f);
    dl->AddLine({p.x, y - 4}, {p.x, y + 1}, ink, 1.5f);
    dl->AddLine({p.x + bar_px, y - 4}, {p.x + bar_px, y + 1}, ink, 1.5f);
    ImGui::Dummy({bar_px, ImGui::GetTextLineHeight()});
    ImGui::SameLine();
    ImGui::Text("%s    %s    zoom %.1f", bar.label.c_str(), FormatScale(bar.scale_denominator).c_str(),
                state.view.zoom());
    const IngestProgress ingest = state.corpus->progress();
    if (ingest.running) {
      ImGui::SameLine();
      ImGui::TextDisabled("   reading articles %zu/%zu", ingest.done, ingest.total);
    } else if (!state.corpus->ready()) {
      ImGui::SameLine();
      ImGui::TextDisabled("   loading the gazetteer…");
    }
    if (!ingest.problems.empty()) {
      ImGui::SameLine();
      ImGui::TextColored({0.75f, 0.35f, 0.2f, 1}, "   %zu file(s) not read", ingest.problems.size());
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        for (const auto& p : ingest.problems) ImGui::TextUnformatted(p.c_str());
        ImGui::EndTooltip();
      }
    }
    if (const std::string fatal = state.corpus->fatal_error(); !fatal.empty()) {
      ImGui::SameLine();
      ImGui::TextColored({0.75f, 0.2f, 0.2f, 1}, "   %s", fatal.c_str());
    }
    if (!state.notice.empty()) {
      ImGui::SameLine();
      ImGui::TextColored({0.75f, 0.35f, 0.2f, 1}, "   %s", state.notice.c_str());
    }
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace atlas::ui

// Map interaction; see map_canvas.h.
#include "ui/map_canvas.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

namespace atlas::ui {
namespace {
constexpr double kWheelStep = 0.5;   // powers of two per wheel notch
constexpr double kKeyZoomStep = 1.0;
constexpr double kGlideRate = 16.0;  // 1/s: how fast a glide converges
}  // namespace

void MapCanvas::ZoomBy(AppState&, double factor_log2, geo::DVec2 anchor_px) {
  pending_zoom_log2_ += factor_log2;
  zoom_anchor_ = anchor_px;
}

void MapCanvas::FitRegion(AppState& state) {
  pending_zoom_log2_ = 0;
  pending_pan_ = {0, 0};
  state.view.FitBounds(map::HomeBounds(state.assets->projection), 0.0);
}

void MapCanvas::HandleInput(AppState& state, const ImGuiIO& io, float scale) {
  const geo::DVec2 mouse{io.MousePos.x * scale, io.MousePos.y * scale};
  const bool mouse_valid = ImGui::IsMousePosValid(&io.MousePos);
  const bool over_map = mouse_valid && !io.WantCaptureMouse;
  state.cursor_map.reset();
  if (over_map) state.cursor_map = state.view.ScreenToMap(mouse);

  if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) dragging_ = true;
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) dragging_ = false;
  if (dragging_ && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    state.view.PanByPixels({io.MouseDelta.x * scale, io.MouseDelta.y * scale});
    pending_pan_ = {0, 0};
  }
  if (over_map && io.MouseWheel != 0) ZoomBy(state, io.MouseWheel * kWheelStep, mouse);

  if (io.WantCaptureKeyboard) return;
  // ImGui 1.86 indexes keys by the backend's codes (GLFW here).
  const geo::DVec2 centre{state.view.width() / 2.0, state.view.height() / 2.0};
  if (ImGui::IsKeyPressed(GLFW_KEY_EQUAL) || ImGui::IsKeyPressed(GLFW_KEY_KP_ADD)) ZoomBy(state, kKeyZoomStep, centre);
  if (ImGui::IsKeyPressed(GLFW_KEY_MINUS) || ImGui::IsKeyPressed(GLFW_KEY_KP_SUBTRACT))
    ZoomBy(state, -kKeyZoomStep, centre);
  const double step = std::min(state.view.width(), state.view.height()) / 4.0;
  if (ImGui::IsKeyPressed(GLFW_KEY_LEFT)) pending_pan_.x += step;
  if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT)) pending_pan_.x -= step;
  if (ImGui::IsKeyPressed(GLFW_KEY_UP)) pending_pan_.y += step;
  if (ImGui::IsKeyPressed(GLFW_KEY_DOWN)) pending_pan_.y -= step;
  if (ImGui::IsKeyPressed(GLFW_KEY_HOME, false)) FitRegion(state);
}

bool MapCanvas::Animate(AppState& state, double dt) {
  const double k = 1.0 - std::exp(-kGlideRate * std::min(dt, 0.1));
  bool moving = false;
  if (std::abs(pending_zoom_log2_) > 1e-3) {
    const double step = pending_zoom_log2_ * k;
    state.view.ZoomAbout(zoom_anchor_, std::exp2(step));
    pending_zoom_log2_ -= step;
    moving = true;
  } else {
    pending_zoom_log2_ = 0;
  }
  if (std::abs(pending_pan_.x) + std::abs(pending_pan_.y) > 0.5) {
    const geo::DVec2 step = pending_pan_ * k;
    state.view.PanByPixels(step);
    pending_pan_ = pending_pan_ - step;
    moving = true;
  } else {
    pending_pan_ = {0, 0};
  }
  return moving;
}

}  // namespace atlas::ui

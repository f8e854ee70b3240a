// Map interaction; see map_canvas.h.
#include "ui/map_canvas.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

#include "map/place_picking.h"
#include "ui/corpus_session.h"
#include "ui/selection.h"

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

void MapCanvas::GlideTo(AppState& state, geo::DVec2 target, double resolution) {
  glide_target_ = target;
  zoom_anchor_ = {state.view.width() / 2.0, state.view.height() / 2.0};
  pending_zoom_log2_ = std::log2(state.view.logical_resolution() / resolution);
  pending_pan_ = {0, 0};
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

  // Hover: the marker under the pointer (for the tooltip and the highlight).
  state.hovered_place.clear();
  std::optional<size_t> hovered;
  if (over_map && state.corpus && state.layers.IsVisible("places")) {
    hovered = map::PickMarker(state.corpus->markers(), state.view, mouse);
    if (hovered) state.hovered_place = state.corpus->markers()[*hovered].place_id;
  }
  if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    dragging_ = true;
    press_at_ = mouse;
  }
  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    // A click, not a drag: select what is under the pointer.
    if (geo::Length(mouse - press_at_) < 4 * scale && hovered) SelectPlace(state, state.hovered_place);
  }
  if (!ImGui::IsMouseDown(ImGuiMouseButton_Left)) dragging_ = false;
  if (dragging_ && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0)) {
    state.view.PanByPixels({io.MouseDelta.x * scale, io.MouseDelta.y * scale});
    pending_pan_ = {0, 0};
    glide_target_.reset();
  }
  if (state.fly_to) {
    GlideTo(state, *state.fly_to, state.fly_to_resolution.value_or(state.view.logical_resolution()));
    state.fly_to.reset();
    state.fly_to_resolution.reset();
  }
  if (over_map && io.MouseWheel != 0) ZoomBy(state, io.MouseWheel * kWheelStep, mouse);

  if (io.WantCaptureKeyboard) return;
  const geo::DVec2 centre{state.view.width() / 2.0, state.view.height() / 2.0};
  const double step = std::min(state.view.width(), state.view.height()) / 4.0;
  for (const KeyPress& k : state.key_presses) {
    if (k.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) continue;
    switch (k.key) {
      case GLFW_KEY_EQUAL:
      case GLFW_KEY_KP_ADD: ZoomBy(state, kKeyZoomStep, centre); break;
      case GLFW_KEY_MINUS:
      case GLFW_KEY_KP_SUBTRACT: ZoomBy(state, -kKeyZoomStep, centre); break;
      case GLFW_KEY_LEFT: pending_pan_.x += step; break;
      case GLFW_KEY_RIGHT: pending_pan_.x -= step; break;
      case GLFW_KEY_UP: pending_pan_.y += step; break;
      case GLFW_KEY_DOWN: pending_pan_.y -= step; break;
      case GLFW_KEY_HOME: FitRegion(state); break;
      default: break;
    }
  }
}

bool MapCanvas::Animate(AppState& state, double dt) {
  const double k = 1.0 - std::exp(-kGlideRate * std::min(dt, 0.1));
  bool moving = false;
  if (glide_target_) {
    const geo::DVec2 delta = *glide_target_ - state.view.center();
    if (geo::Length(delta) < state.view.resolution() * 0.5) {
      state.view.SetCenter(*glide_target_);
      glide_target_.reset();
    } else {
      state.view.SetCenter(state.view.center() + delta * k);
      moving = true;
    }
  }
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

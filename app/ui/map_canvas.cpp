// Map interaction; see map_canvas.h.
#include "ui/map_canvas.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>

#include "map/feature_picking.h"
#include "map/place_picking.h"
#include "ui/corpus_session.h"
#include "ui/feature_selection.h"
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

void MapCanvas::Hover(AppState& state, geo::DVec2 mouse) {
  const CorpusSession& corpus = *state.corpus;
  const std::vector<map::EventMarker>& events = corpus.events();
  const std::vector<map::EventCluster> clusters =
      map::ClusterEvents(events, map::VisibleEvents(events, state.layers), state.view, map::kEventClusterCell);
  // An event symbol and a place symbol can overlap: the one whose centre is nearer the
  // pointer wins (events on a tie, as they are drawn on top).
  std::optional<size_t> cluster = map::PickEventCluster(clusters, state.view, mouse);
  std::optional<size_t> marker;
  if (state.layers.IsVisible("places")) marker = map::PickMarker(corpus.markers(), state.view, mouse);
  if (cluster && marker &&
      geo::Length(state.view.MapToScreen(corpus.markers()[*marker].position) - mouse) <
          geo::Length(map::EventSymbolScreen(clusters[*cluster], state.view) - mouse))
    cluster.reset();
  if (cluster) {
    for (size_t i : clusters[*cluster].members) state.hovered_events.push_back(events[i].id);
    if (state.hovered_events.size() == 1) state.hovered_feature = {map::FeatureRef::Kind::kEvent, state.hovered_events[0]};
    return;
  }
  if (marker) {
    state.hovered_place = corpus.markers()[*marker].place_id;
    return;
  }
  state.hovered_feature = map::PickCuratedFeature(
      corpus.Overlay(state.selected_place, state.hovered_place), state.view, mouse, state.layers);
}

void MapCanvas::HandleInput(AppState& state, const ImGuiIO& io, float scale) {
  const geo::DVec2 mouse{io.MousePos.x * scale, io.MousePos.y * scale};
  const bool mouse_valid = ImGui::IsMousePosValid(&io.MousePos);
  const bool over_map = mouse_valid && !io.WantCaptureMouse;
  state.cursor_map.reset();
  if (over_map) state.cursor_map = state.view.ScreenToMap(mouse);

  // Hover: what is under the pointer (for the tooltip and the highlight): events and places
  // first (see Hover), then presence symbols and corridor lines.
  state.hovered_place.clear();
  state.hovered_feature = {};
  state.hovered_events.clear();
  if (over_map && state.corpus) Hover(state, mouse);
  const bool something_hovered =
      !state.hovered_place.empty() || state.hovered_feature || !state.hovered_events.empty();
  if (over_map && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    dragging_ = true;
    press_at_ = mouse;
  }
  if (dragging_ && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    // A click, not a drag: select what is under the pointer.
    if (geo::Length(mouse - press_at_) < 4 * scale && something_hovered) {
      if (!state.hovered_events.empty())
        SelectEvents(state, state.hovered_events);
      else if (!state.hovered_place.empty())
        SelectPlace(state, state.hovered_place);
      else
        SelectFeature(state, state.hovered_feature);
    }
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

// Turns mouse and keyboard input over the map into view changes: drag to pan, wheel to zoom
// about the cursor, +/- and arrows, Home to fit the region; zooms and pans glide smoothly.
#pragma once
#include <optional>

#include "ui/app_state.h"

struct ImGuiIO;

namespace atlas::ui {

class MapCanvas {
 public:
  // `framebuffer_scale`: framebuffer pixels per window coordinate (HiDPI).
  void HandleInput(AppState& state, const ImGuiIO& io, float framebuffer_scale);
  // Advances animations by `dt` seconds; returns true while something still moves.
  bool Animate(AppState& state, double dt);
  void FitRegion(AppState& state);
  // Glides the centre to `target` and the resolution towards `resolution` (logical m/px).
  void GlideTo(AppState& state, geo::DVec2 target, double resolution);
  void ZoomBy(AppState& state, double factor_log2, geo::DVec2 anchor_px);  // glides

 private:
  // Fills the state's hovered place, feature or event cluster for the pointer at `mouse`.
  void Hover(AppState& state, geo::DVec2 mouse);
  double pending_zoom_log2_ = 0;  // zoom still to apply, in powers of two
  geo::DVec2 zoom_anchor_{0, 0};
  geo::DVec2 pending_pan_{0, 0};  // pixels still to pan
  std::optional<geo::DVec2> glide_target_;
  bool dragging_ = false;
  geo::DVec2 press_at_{0, 0};   // where the left button went down, to tell a click from a drag
};

}  // namespace atlas::ui

// What part of the projected map is on screen: centre, resolution, viewport and pixel ratio,
// with the screen <-> map transforms, zoom about a point and the bounds that keep the user
// from getting lost. Pure arithmetic; no GL, no ImGui.
#pragma once
#include "geo/geometry.h"

namespace atlas::map {

using geo::Bounds;
using geo::DVec2;

// Web-map zoom levels as analysts know them: metres per logical pixel at zoom z.
double ResolutionForZoom(double zoom);
double ZoomForResolution(double metres_per_logical_pixel);

class MapView {
 public:
  // Viewport in physical pixels; pixel_ratio = physical pixels per logical pixel (HiDPI, export DPI).
  void SetViewport(int width_px, int height_px, double pixel_ratio = 1.0);
  int width() const { return width_; }
  int height() const { return height_; }
  double pixel_ratio() const { return pixel_ratio_; }

  DVec2 center() const { return center_; }
  void SetCenter(DVec2 c);
  // Metres per physical pixel, and per logical pixel (what styles and label density use).
  double resolution() const { return resolution_; }
  double logical_resolution() const { return resolution_ * pixel_ratio_; }
  void SetLogicalResolution(double metres_per_logical_pixel);
  double zoom() const { return ZoomForResolution(logical_resolution()); }

  // Screen space: physical pixels, origin top-left, y down.
  DVec2 ScreenToMap(DVec2 screen) const;
  DVec2 MapToScreen(DVec2 map) const;
  Bounds VisibleBounds() const;

  void PanByPixels(DVec2 delta);                    // content follows the pointer
  void ZoomAbout(DVec2 screen_anchor, double factor);  // factor > 1 zooms in; the anchor stays put
  void FitBounds(const Bounds& b, double margin_fraction = 0.04);

  // Keeps the centre inside `limits` and the resolution in range (metres per logical pixel).
  void SetLimits(const Bounds& limits, double min_logical_res, double max_logical_res);
  const Bounds& limits() const { return limits_; }

 private:
  void Clamp();
  int width_ = 1, height_ = 1;
  double pixel_ratio_ = 1.0;
  DVec2 center_{0, 0};
  double resolution_ = 1000;
  Bounds limits_;
  double min_logical_res_ = 0, max_logical_res_ = 1e12;
};

}  // namespace atlas::map

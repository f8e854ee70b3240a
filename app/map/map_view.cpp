// View arithmetic; see map_view.h.
#include "map/map_view.h"

#include <algorithm>
#include <cmath>

namespace atlas::map {
namespace {
constexpr double kEquatorMetresPerPixelAtZoom0 = 40075016.686 / 256.0;
}

double ResolutionForZoom(double zoom) { return kEquatorMetresPerPixelAtZoom0 / std::pow(2.0, zoom); }
double ZoomForResolution(double r) { return std::log2(kEquatorMetresPerPixelAtZoom0 / r); }

void MapView::SetViewport(int width_px, int height_px, double pixel_ratio) {
  const double logical = logical_resolution();
  width_ = std::max(1, width_px);
  height_ = std::max(1, height_px);
  pixel_ratio_ = pixel_ratio > 0 ? pixel_ratio : 1.0;
  resolution_ = logical / pixel_ratio_;  // the same map content per logical pixel
  Clamp();
}

void MapView::SetCenter(DVec2 c) {
  center_ = c;
  Clamp();
}

void MapView::SetLogicalResolution(double r) {
  resolution_ = r / pixel_ratio_;
  Clamp();
}

DVec2 MapView::ScreenToMap(DVec2 s) const {
  return {center_.x + (s.x - width_ / 2.0) * resolution_, center_.y - (s.y - height_ / 2.0) * resolution_};
}

DVec2 MapView::MapToScreen(DVec2 m) const {
  return {(m.x - center_.x) / resolution_ + width_ / 2.0, (center_.y - m.y) / resolution_ + height_ / 2.0};
}

Bounds MapView::VisibleBounds() const {
  Bounds b;
  b.Add(ScreenToMap({0, 0}));
  b.Add(ScreenToMap({double(width_), double(height_)}));
  return b;
}

void MapView::PanByPixels(DVec2 d) {
  center_.x -= d.x * resolution_;
  center_.y += d.y * resolution_;
  Clamp();
}

void MapView::ZoomAbout(DVec2 anchor, double factor) {
  if (factor <= 0) return;
  const DVec2 before = ScreenToMap(anchor);
  resolution_ /= factor;
  Clamp();
  const DVec2 after = ScreenToMap(anchor);
  center_ = center_ + (before - after);
  Clamp();
}

void MapView::FitBounds(const Bounds& b, double margin) {
  if (b.empty()) return;
  center_ = b.center();
  const double rx = b.width() / (width_ * (1 - 2 * margin));
  const double ry = b.height() / (height_ * (1 - 2 * margin));
  resolution_ = std::max({rx, ry, 1e-6});
  Clamp();
}

void MapView::SetLimits(const Bounds& limits, double min_logical_res, double max_logical_res) {
  limits_ = limits;
  min_logical_res_ = min_logical_res;
  max_logical_res_ = max_logical_res;
  Clamp();
}

void MapView::Clamp() {
  const double logical = std::clamp(resolution_ * pixel_ratio_, min_logical_res_, max_logical_res_);
  resolution_ = logical / pixel_ratio_;
  if (!limits_.empty()) {
    center_.x = std::clamp(center_.x, limits_.min_x, limits_.max_x);
    center_.y = std::clamp(center_.y, limits_.min_y, limits_.max_y);
  }
}

}  // namespace atlas::map

// The basemap image cache; see basemap_image_cache.h.
#include "render/basemap_image_cache.h"

#include "render/uncovered_area.h"

#include <cmath>

namespace atlas::render {

bool BasemapImageCache::Holds(const map::MapView& view, const map::LayerVisibility& layers,
                              const map::MapOverlay& overlay) const {
  if (!valid_ || layers != cached_layers_) return false;
  if (overlay.version != cached_overlay_version_ || overlay.as_of != cached_as_of_) return false;
  if (view.resolution() != cached_view_.resolution() || view.pixel_ratio() != cached_view_.pixel_ratio()) return false;
  if (view.width() + 2 * kMargin != width_ || view.height() + 2 * kMargin != height_) return false;
  const geo::DVec2 shift = (view.center() - cached_view_.center()) * (1.0 / view.resolution());
  return std::abs(shift.x) <= kMargin && std::abs(shift.y) <= kMargin;
}

void BasemapImageCache::Rebuild(MapRenderer& renderer, const map::MapView& view, const map::LayerVisibility& layers,
                                const map::MapOverlay& overlay) {
  const int w = view.width() + 2 * kMargin, h = view.height() + 2 * kMargin;
  if (!fbo_ || w != width_ || h != height_) {
    fbo_ = MakeFramebuffer();
    texture_ = MakeTexture();
    glBindTexture(GL_TEXTURE_2D, texture_.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture_.get(), 0);
    width_ = w;
    height_ = h;
  }
  cached_view_ = view;
  cached_view_.SetViewport(w, h, view.pixel_ratio());
  cached_view_.SetCenter(view.center());
  cached_layers_ = layers;
  cached_overlay_version_ = overlay.version;
  cached_as_of_ = overlay.as_of;
  glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
  renderer.Draw(cached_view_, layers, overlay.ForPass(map::OverlayPass::kPlain));
  valid_ = true;
  ++rebuilds_;
}

void BasemapImageCache::Draw(MapRenderer& renderer, const map::MapView& view, const map::LayerVisibility& layers,
                             const map::MapOverlay& overlay, GLuint target, const std::vector<map::ScreenBox>& covers,
                             float cover_inset) {
  const bool gliding = view.resolution() != last_resolution_;
  last_resolution_ = view.resolution();
  if (!Holds(view, layers, overlay)) {
    if (gliding) {
      // The zoom moves every frame: an image would be stale at once. Draw directly.
      valid_ = false;
      glBindFramebuffer(GL_FRAMEBUFFER, target);
      renderer.Draw(view, layers, overlay);
      return;
    }
    Rebuild(renderer, view, layers, overlay);
  }
  // Copy the part of the image under the view, to whole pixels (the overlay is drawn at the
  // exact position; the basemap is at most half a pixel off while panning).
  const geo::DVec2 shift = (view.center() - cached_view_.center()) * (1.0 / view.resolution());
  const int x0 = kMargin + int(std::lround(shift.x));
  const int y0 = kMargin + int(std::lround(shift.y));  // GL rows count up, as map y does
  // Only where the map shows: a software rasteriser pays for every pixel copied.
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_.get());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
  for (const PixelRect& r : UncoveredRects(view.width(), view.height(), covers, cover_inset)) {
    const int gl_y0 = view.height() - r.y1, gl_y1 = view.height() - r.y0;
    glBlitFramebuffer(x0 + r.x0, y0 + gl_y0, x0 + r.x1, y0 + gl_y1, r.x0, gl_y0, r.x1, gl_y1, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, target);
  renderer.DrawOverlay(view, layers, overlay.ForPass(map::OverlayPass::kEmphasisOnly));
}

}  // namespace atlas::render

// Keeps the map (basemap, then markers and labels as if nothing were hovered or selected) in an
// offscreen image a margin larger than the view: while the zoom stays the same, a frame copies
// it at the panned offset and draws only what is hovered or selected over it, which a software
// rasteriser does in a fraction of the time. Needs a current GL context; no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "render/gl_resources.h"
#include "render/map_renderer.h"

namespace atlas::render {

class BasemapImageCache {
 public:
  static constexpr int kMargin = 384;  // pixels of map kept beyond each edge of the view

  // Draws `view` into framebuffer `target` (0: the window). The cached image is rebuilt when
  // the resolution, size, pixel ratio, layers or overlay (its version and date) change, or a
  // pan leaves the margin; while the resolution moves every frame (a zoom glide) the map is
  // drawn directly instead.
  // The map is not copied where `covers` (top-left origin, shrunk by `cover_inset`) hide it:
  // whatever is drawn there next must be opaque.
  void Draw(MapRenderer& renderer, const map::MapView& view, const map::LayerVisibility& layers,
            const map::MapOverlay& overlay, GLuint target, const std::vector<map::ScreenBox>& covers = {},
            float cover_inset = 0);
  int rebuilds() const { return rebuilds_; }

 private:
  bool Holds(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay) const;
  void Rebuild(MapRenderer& renderer, const map::MapView& view, const map::LayerVisibility& layers,
               const map::MapOverlay& overlay);

  GlFramebuffer fbo_;
  GlTexture texture_;
  int width_ = 0, height_ = 0;        // of the image
  map::MapView cached_view_;          // the view the image was drawn for
  map::LayerVisibility cached_layers_;
  uint64_t cached_overlay_version_ = 0;
  std::string cached_as_of_;
  bool valid_ = false;
  double last_resolution_ = 0;        // of the previous frame: a glide when it keeps changing
  int rebuilds_ = 0;
};

}  // namespace atlas::render

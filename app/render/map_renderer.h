// Draws the basemap scene for a view into the bound framebuffer, the same way on screen and
// in exports: water, world, land with relief, disputed areas, lines, symbols and labels.
// Owns the scene's GPU resources; needs a current GL context. No ImGui.
#pragma once
#include <memory>
#include <vector>

#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "map/label_placer.h"
#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "render/feature_painter.h"
#include "render/font_set.h"
#include "render/gpu_fill_mesh.h"
#include "render/line_painter.h"
#include "render/symbol_painter.h"
#include "render/text_renderer.h"

namespace atlas::render {

class MapRenderer {
 public:
  MapRenderer(const map::BasemapScene& scene, const map::BasemapStyle& style, const FontSet& fonts);
  ~MapRenderer();

  // Sets the GL viewport to the view's size and draws everything visible: the basemap, then
  // the overlay's corpus markers, then all labels placed together.
  void Draw(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay = {});
  // The two halves of Draw, for callers that keep the basemap in an image (BasemapImageCache):
  // DrawBasemap clears and draws fills, relief and lines; DrawOverlay draws markers and labels
  // over whatever is in the framebuffer.
  void DrawBasemap(const map::MapView& view, const map::LayerVisibility& layers);
  void DrawOverlay(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay);

  // Where the map's lower-left corner goes in the bound framebuffer (GL pixels, y up): (0, 0)
  // for a map filling it; elsewhere for a map framed on a briefing page or one tile of it.
  void SetViewportOrigin(int x, int y);

  const std::vector<map::PlacedLabel>& placed_labels() const { return placed_; }
  const map::BasemapScene& scene() const { return scene_; }
  const map::BasemapStyle& style() const { return style_; }
  TextRenderer& text() { return text_; }
  LinePainter& lines() { return lines_; }
  SymbolPainter& symbols() { return symbols_; }
  // Converts a label class's style to physical pixels at `pixel_ratio`.
  TextStyle LabelTextStyle(map::LabelClass cls, float pixel_ratio) const;

 private:
  void DrawMarkers(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay);
  void DrawPlaceMarkers(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay);
  void DrawLabels(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay);
  void RebuildLabelCandidates(const map::MapOverlay& overlay);
  void UseMapViewport(const map::MapView& view) const;
  const map::BasemapScene& scene_;
  const map::BasemapStyle& style_;
  ShaderProgram fill_program_;
  GpuFillMesh world_, land_, land_generalised_, disputed_;
  LinePainter lines_;
  std::vector<GpuLineSet> line_sets_;
  SymbolPainter symbols_;
  TextRenderer text_;
  FeaturePainter features_{lines_, symbols_, text_, style_};
  GlTexture relief_;
  map::LabelPlacer placer_;
  std::vector<map::PlacedLabel> placed_;
  // Basemap candidates (town names per naming convention) followed by the corpus markers'.
  std::vector<map::LabelCandidate> candidates_;
  uint64_t candidates_version_ = ~uint64_t(0);
  std::vector<map::ScreenBox> marker_boxes_;
  int origin_x_ = 0, origin_y_ = 0;
};

}  // namespace atlas::render

// Draws line segments as anti-aliased quads (one instance per segment): map lines held in
// GPU buffers per level of detail, and overlay lines given in pixels. No ImGui.
#pragma once
#include <vector>

#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "render/map_transform.h"

namespace atlas::render {

class LinePainter;

// The segments of one line group at every level of detail, uploaded once.
class GpuLineSet {
 public:
  GpuLineSet(const map::LineGroup& group, const LinePainter& painter);
  // Draws the generalisation that suits the view's resolution, casing first.
  void Draw(LinePainter& painter, const MapTransform& transform, double logical_resolution, const map::LineStyle& style,
            float pixel_ratio) const;
  map::LineRole role() const { return role_; }
  const std::string& layer_id() const { return layer_id_; }

 private:
  struct Lod {
    double max_resolution;
    GlVertexArray vao;
    GlBuffer instances;
    GLsizei count;
  };
  map::LineRole role_;
  std::string layer_id_;
  std::vector<Lod> lods_;
};

class LinePainter {
 public:
  LinePainter();
  // Binds instance attributes of `instances` (vec4 segment + float along) into `vao`.
  void SetUpInstanceVao(GLuint vao, GLuint instances) const;
  void DrawInstances(GLuint vao, GLsizei count, const MapTransform& transform, const map::LineStyle& style,
                     float pixel_ratio);
  // Segments in pixels (origin top-left, y down), for scale bars and frames.
  void DrawPixels(const std::vector<map::LineSegment>& segments, const map::LineStyle& style, float pixel_ratio,
                  int viewport_width, int viewport_height);

 private:
  void DrawPass(GLuint vao, GLsizei count, const MapTransform& transform, map::Rgba colour, float width_px,
                float dash_px, float gap_px);
  ShaderProgram program_;
  GlBuffer corners_;
  GlVertexArray overlay_vao_;
  GlBuffer overlay_instances_;
};

}  // namespace atlas::render

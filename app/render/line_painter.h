// Draws anti-aliased lines from strip meshes (map::LineMesh): map lines uploaded once per
// level of detail and culled by chunk, and overlay lines given in pixels. No ImGui.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "map/basemap_scene.h"
#include "map/basemap_style.h"
#include "map/line_mesh.h"
#include "render/map_transform.h"

namespace atlas::render {

class LinePainter;

// One strip mesh in GPU buffers, with its culling chunks.
class GpuLineMesh {
 public:
  explicit GpuLineMesh(const map::LineMesh& mesh);
  // Draws the chunks that meet `visible` (map units).
  void Draw(LinePainter& painter, const MapTransform& transform, const geo::Bounds& visible,
            const map::LineStyle& style, float pixel_ratio) const;

 private:
  friend class LinePainter;
  GlVertexArray vao_;
  GlBuffer vbo_, ibo_;
  std::vector<map::MeshChunk> chunks_;
};

// Every level of detail of one line group, each uploaded the first time it is drawn (most
// sessions never need most levels; uploading them all would delay the first frame).
class GpuLineSet {
 public:
  explicit GpuLineSet(const map::LineGroup& group);  // the group must outlive the set
  void Draw(LinePainter& painter, const MapTransform& transform, const geo::Bounds& visible,
            double logical_resolution, const map::LineStyle& style, float pixel_ratio) const;
  map::LineRole role() const { return role_; }
  const std::string& layer_id() const { return layer_id_; }

 private:
  const GpuLineMesh& Lod(size_t i) const;
  const map::LineGroup& group_;
  map::LineRole role_;
  std::string layer_id_;
  mutable std::vector<std::unique_ptr<GpuLineMesh>> lods_;  // uploaded on first use
};

class LinePainter {
 public:
  LinePainter();
  // Draws index ranges of a bound strip mesh: casing first, then the line.
  void DrawRanges(GLuint vao, const std::vector<map::IndexRange>& ranges, const MapTransform& transform,
                  const map::LineStyle& style, float pixel_ratio);
  // Paths in pixels (origin top-left, y down), for scale bars, frames and arrows.
  void DrawPixels(const std::vector<geo::Path>& paths, const map::LineStyle& style, float pixel_ratio,
                  int viewport_width, int viewport_height);

 private:
  void DrawPass(GLuint vao, const std::vector<map::IndexRange>& ranges, const MapTransform& transform,
                map::Rgba colour, float width_px, float dash_px, float gap_px);
  ShaderProgram program_;
};

}  // namespace atlas::render

// The basemap turned into what a renderer draws: fill meshes with colour slots, line
// strips per role at several levels of detail, and label candidates. Built once from a
// geo::Basemap on the CPU; no GL, no ImGui.
#pragma once
#include <string>
#include <vector>

#include "geo/basemap.h"
#include "map/basemap_style.h"
#include "map/line_mesh.h"

namespace atlas::map {

using geo::DVec2;

// One generalisation of a line group, used while the view's logical resolution is at most
// max_resolution metres per pixel.
struct LineLod {
  double max_resolution = 0;
  LineMesh mesh;
};

struct LineGroup {
  LineRole role;
  std::string layer_id;        // the switchable layer it belongs to ("borders", "rivers", ...)
  std::vector<LineLod> lods;   // ascending max_resolution; the last is used beyond all
  const LineLod& ForResolution(double logical_resolution) const;
};

struct FillMesh {
  std::vector<DVec2> vertices;
  std::vector<uint8_t> slots;       // palette slot per vertex (BasemapStyle::fill_palette)
  std::vector<uint32_t> indices;    // triangles
  std::vector<MeshChunk> chunks;    // for culling: triangles of one polygon or tile each
};

struct LabelCandidate {
  std::string text;
  DVec2 anchor;        // projected metres
  LabelClass cls;
  float priority = 0;  // style priority plus importance within the class
  std::string key;     // candidates sharing a key are alternatives: only one is placed
  std::string layer_id = "labels";
  int64_t geonames_id = 0;  // towns: lets the gazetteer supply the name per naming convention
  float symbol_radius = 0;  // > 0: the label sits beside a marker of this radius (logical px)
};

struct BasemapScene {
  FillMesh world, land, disputed;
  // The land generalised for small scales (simplified, small lakes dropped), used beyond
  // kGeneralisedLandResolution metres per logical pixel.
  FillMesh land_generalised;
  static constexpr double kGeneralisedLandResolution = 450;
  std::vector<LineGroup> lines;  // in drawing order, bottom first
  std::vector<LabelCandidate> labels;
  geo::ReliefRaster relief;
  geo::Bounds region_bounds, world_bounds;
};

BasemapScene BuildBasemapScene(const geo::Basemap& basemap, const BasemapStyle& style);

}  // namespace atlas::map

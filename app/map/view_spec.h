// A saved map view: the versioned, human-readable JSON file that reproduces what the analyst
// saw (extent, size, layers). Reading validates every field with one-line errors naming the
// file. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "geo/map_projection.h"
#include "map/layer_ids.h"
#include "map/map_view.h"

namespace atlas::map {

struct LonLatBox {
  double west = 0, south = 0, east = 0, north = 0;
};

struct ViewSpec {
  static constexpr int kVersion = 1;
  std::string name;
  // Either a centre and a zoom level, or a box to fit. A box wins when both are given.
  std::optional<geo::LonLat> center;
  std::optional<double> zoom;
  std::optional<LonLatBox> bbox;
  int width = 1600, height = 1000;  // pixels of the exported picture
  double pixel_ratio = 1.0;         // physical pixels per logical pixel (line widths, text)
  LayerVisibility layers;
};

// Throws AtlasError("<path>", problem) for unreadable files, invalid JSON (with line and
// column), wrong types, missing or unknown fields, out-of-range values.
ViewSpec ReadViewFile(const std::filesystem::path& path);
ViewSpec ParseViewJson(const std::string& json, const std::string& source_name);
std::string ViewToJson(const ViewSpec& spec);

// Sets the viewport (spec size and pixel ratio) and the extent of `view`.
void ApplyViewSpec(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view);
// The spec that reproduces `view` (centre and zoom; size and pixel ratio from the view).
ViewSpec CaptureViewSpec(const MapView& view, const geo::MapProjection& projection, const LayerVisibility& layers,
                         std::string name = {});

}  // namespace atlas::map

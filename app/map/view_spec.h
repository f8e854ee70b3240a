// A saved map view: the versioned, human-readable JSON file that reproduces what the analyst
// saw (extent, size, layers). Reading validates every field with one-line errors naming the
// file. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geo/map_projection.h"
#include "map/layer_ids.h"
#include "map/map_view.h"
#include "map/naming_convention.h"

namespace atlas::map {

struct LonLatBox {
  double west = 0, south = 0, east = 0, north = 0;
};

// A sheet of paper at a print resolution: the picture's size in pixels follows, and so does
// the pixel ratio (dpi / 96), so lines and text keep their printed size at every dpi.
struct PaperSpec {
  std::string size = "A4";  // "A4" | "A3" | "Letter"
  bool landscape = true;
  int dpi = 300;            // 72..600
  bool operator==(const PaperSpec&) const = default;
};
// Width and height in pixels of `paper`; nothing for an unknown size name.
std::optional<std::pair<int, int>> PaperPixels(const PaperSpec& paper);

// The briefing furniture around the map, and what it says.
struct BriefSpec {
  std::string title, subtitle, author;  // author: a person or an organisation line
  bool legend = true, scale_bar = true, north_arrow = true, locator = true, credits = true;
  bool operator==(const BriefSpec&) const = default;
};

struct ViewSpec {
  static constexpr int kVersion = 2;  // version 1 files (extent, size, layers) are still read
  std::string name;
  // Either a centre and a zoom level, or a box to fit. A box wins when both are given.
  std::optional<geo::LonLat> center;
  std::optional<double> zoom;
  std::optional<LonLatBox> bbox;
  int width = 1600, height = 1000;  // pixels of the exported picture
  double pixel_ratio = 1.0;         // physical pixels per logical pixel (line widths, text)
  std::optional<PaperSpec> paper;   // when set, width, height and pixel_ratio follow from it
  LayerVisibility layers;
  // What the corpus layers show: a date window (inclusive ISO days, empty: open), the actors
  // the map is narrowed to (ids; empty: all), the naming convention for contested places.
  std::string date_from, date_to;
  std::vector<std::string> actors;
  std::optional<NamingConvention> naming;
  // Present: the export is a briefing page (title block, legend, scale bar, credits) with
  // its citations; absent: the bare map.
  std::optional<BriefSpec> brief;
  int version = kVersion;  // as read: version 1 files know nothing of the corpus layers
};

// Throws AtlasError("<path>", problem) for unreadable files, invalid JSON (with line and
// column), wrong types, missing or unknown fields, out-of-range values.
ViewSpec ReadViewFile(const std::filesystem::path& path);
ViewSpec ParseViewJson(const std::string& json, const std::string& source_name);
std::string ViewToJson(const ViewSpec& spec);

// Sets the viewport (spec size and pixel ratio) and the extent of `view`.
void ApplyViewSpec(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view);
// Sets only the extent (the box fitted, or the centre and zoom) in a view already sized.
void ApplyViewExtent(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view);
// A longitude/latitude box in projected metres, its curved edges sampled densely.
geo::Bounds ProjectedBounds(const LonLatBox& box, const geo::MapProjection& projection);
// The spec that reproduces `view` (centre and zoom; size and pixel ratio from the view).
ViewSpec CaptureViewSpec(const MapView& view, const geo::MapProjection& projection, const LayerVisibility& layers,
                         std::string name = {});

}  // namespace atlas::map

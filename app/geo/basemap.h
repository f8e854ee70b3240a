// The basemap as loaded from geodata/: every layer in projected metres, plus the relief
// raster. Plain data owned by value; no GDAL handles, no GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "geo/map_projection.h"

namespace atlas::geo {

struct AreaFeature {
  std::string name;
  std::string code;    // ISO alpha-3 for countries; status ("de_facto", "historical") for disputed areas
  std::string note;
  std::vector<PolygonShape> polygons;
  Bounds bounds;
};

struct LineFeature {
  std::string name;
  std::string code;  // borders: the two countries' ISO alpha-3 codes, "ARM-AZE"
  int rank = 0;      // smaller is more important (Natural Earth scalerank)
  std::vector<Path> paths;
};

struct PointFeature {
  std::string name;
  std::string kind;        // layer-specific: "sea", "lake", "PPLA", "Admin-0 capital", "world", "region" ...
  std::string country;     // ISO code or name, as the source gives it
  DVec2 position;          // projected
  LonLat lonlat;
  double population = 0;
  int rank = 0;            // smaller is more important
  int64_t source_id = 0;   // GeoNames id for towns
};

// An 8-bit hillshade on a regular grid in the map projection.
struct ReliefRaster {
  int width = 0, height = 0;
  std::vector<uint8_t> shade;  // row-major, first row is the northern edge
  Bounds bounds;               // projected extent of the grid's outer edges
  uint8_t flat = 180;          // the value a flat surface gets (sun altitude dependent)
  bool empty() const { return width == 0 || height == 0; }
};

struct Basemap {
  std::vector<AreaFeature> land;             // regional countries (detailed)
  std::vector<AreaFeature> world_countries;  // outside the regional box
  std::vector<AreaFeature> disputed;         // de facto / historical areas
  std::vector<AreaFeature> admin1;           // first-order divisions (for picking and labels)
  std::vector<LineFeature> borders, coastline, admin1_lines, rivers, world_outlines;
  std::vector<PointFeature> places, world_places, water_labels, country_labels, admin1_labels, peaks;
  ReliefRaster relief;
  Bounds region_bounds;  // projected bounds of the regional (detailed) data
  Bounds world_bounds;   // projected bounds of everything
};

}  // namespace atlas::geo

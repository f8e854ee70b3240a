// View file reading, writing and applying; see view_spec.h.
#include "map/view_spec.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas::map {
namespace {

using nlohmann::json;

// Converts a byte offset of a parse error into "line L, column C" for a human.
std::string Position(const std::string& text, size_t byte) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}
  [[noreturn]] void Fail(const std::string& problem) const { throw AtlasError(source_, problem); }

  const json& Object(const json& parent, const char* key, const char* where) const {
    const json& v = parent.at(key);
    if (!v.is_object()) Fail(std::string(where) + "'" + key + "' must be an object");
    return v;
  }
  double Number(const json& parent, const char* key, double lo, double hi, const std::string& where = "") const {
    if (!parent.contains(key)) Fail("missing field '" + where + key + "'");
    const json& v = parent.at(key);
    if (!v.is_number()) Fail("'" + where + key + "' must be a number");
    double d = v.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
      Fail("'" + where + key + "' is " + v.dump() + ", outside " + json(lo).dump() + ".." + json(hi).dump());
    return d;
  }
  void OnlyKeys(const json& obj, std::initializer_list<const char*> allowed, const std::string& where) const {
    for (const auto& [key, value] : obj.items()) {
      bool known = false;
      for (const char* a : allowed) known |= key == a;
      if (!known) Fail("unknown field '" + where + key + "'");
    }
  }

 private:
  std::string source_;
};

}  // namespace

ViewSpec ParseViewJson(const std::string& text, const std::string& source) {
  Reader r(source);
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    r.Fail("not valid JSON at " + Position(text, e.byte > 0 ? e.byte - 1 : 0));
  }
  if (!doc.is_object()) r.Fail("a view file must be a JSON object");
  r.OnlyKeys(doc, {"caucasus_atlas_view", "name", "center", "zoom", "bbox", "size", "pixel_ratio", "layers"}, "");
  if (!doc.contains("caucasus_atlas_view")) r.Fail("missing field 'caucasus_atlas_view' (the format version, 1)");
  if (!doc["caucasus_atlas_view"].is_number_integer() || doc["caucasus_atlas_view"].get<int>() != ViewSpec::kVersion)
    r.Fail("unsupported view format version " + doc["caucasus_atlas_view"].dump() + " (this program reads 1)");

  ViewSpec spec;
  if (doc.contains("name")) {
    if (!doc["name"].is_string()) r.Fail("'name' must be a string");
    spec.name = doc["name"].get<std::string>();
  }
  if (doc.contains("bbox")) {
    const json& b = r.Object(doc, "bbox", "");
    r.OnlyKeys(b, {"west", "south", "east", "north"}, "bbox.");
    LonLatBox box{r.Number(b, "west", -180, 180, "bbox."), r.Number(b, "south", -85, 85, "bbox."),
                  r.Number(b, "east", -180, 180, "bbox."), r.Number(b, "north", -85, 85, "bbox.")};
    if (box.east <= box.west || box.north <= box.south) r.Fail("'bbox' is empty (east <= west or north <= south)");
    spec.bbox = box;
  }
  if (doc.contains("center")) {
    const json& c = r.Object(doc, "center", "");
    r.OnlyKeys(c, {"lon", "lat"}, "center.");
    spec.center = geo::LonLat{r.Number(c, "lon", -180, 180, "center."), r.Number(c, "lat", -85, 85, "center.")};
  }
  if (doc.contains("zoom")) spec.zoom = r.Number(doc, "zoom", 0, 22);
  if (!spec.bbox && !(spec.center && spec.zoom)) r.Fail("needs 'center' and 'zoom', or 'bbox'");
  if (doc.contains("size")) {
    const json& s = r.Object(doc, "size", "");
    r.OnlyKeys(s, {"width", "height"}, "size.");
    spec.width = int(r.Number(s, "width", 16, 16384, "size."));
    spec.height = int(r.Number(s, "height", 16, 16384, "size."));
  }
  if (doc.contains("pixel_ratio")) spec.pixel_ratio = r.Number(doc, "pixel_ratio", 0.25, 16);
  if (doc.contains("layers")) {
    const json& layers = r.Object(doc, "layers", "");
    for (const auto& [id, on] : layers.items()) {
      if (!FindLayer(id)) {
        std::string known;
        for (const auto& l : MapLayers()) known += (known.empty() ? "" : ", ") + std::string(l.id);
        r.Fail("unknown layer '" + id + "' (known: " + known + ")");
      }
      if (!on.is_boolean()) r.Fail("layer '" + id + "' must be true or false");
      spec.layers.Set(id, on.get<bool>());
    }
  }
  return spec;
}

ViewSpec ReadViewFile(const std::filesystem::path& path) {
  return ParseViewJson(ReadWholeFile(path, 1 << 20), path.string());
}

std::string ViewToJson(const ViewSpec& spec) {
  json doc = json::object();
  doc["caucasus_atlas_view"] = ViewSpec::kVersion;
  if (!spec.name.empty()) doc["name"] = spec.name;
  if (spec.center) doc["center"] = {{"lon", spec.center->lon}, {"lat", spec.center->lat}};
  if (spec.zoom) doc["zoom"] = *spec.zoom;
  if (spec.bbox)
    doc["bbox"] = {{"west", spec.bbox->west}, {"south", spec.bbox->south}, {"east", spec.bbox->east},
                   {"north", spec.bbox->north}};
  doc["size"] = {{"width", spec.width}, {"height", spec.height}};
  doc["pixel_ratio"] = spec.pixel_ratio;
  json layers = json::object();
  for (const auto& [id, on] : spec.layers.all()) layers[id] = on;
  doc["layers"] = layers;
  return doc.dump(2) + "\n";
}

void ApplyViewSpec(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view) {
  view.SetViewport(spec.width, spec.height, spec.pixel_ratio);
  if (spec.bbox) {
    // Project the box's edges densely: in a conic projection a parallel is a curve.
    geo::Bounds b;
    const int steps = 16;
    for (int i = 0; i <= steps; ++i) {
      const double t = double(i) / steps;
      const double lon = spec.bbox->west + t * (spec.bbox->east - spec.bbox->west);
      const double lat = spec.bbox->south + t * (spec.bbox->north - spec.bbox->south);
      b.Add(projection.Forward({lon, spec.bbox->south}));
      b.Add(projection.Forward({lon, spec.bbox->north}));
      b.Add(projection.Forward({spec.bbox->west, lat}));
      b.Add(projection.Forward({spec.bbox->east, lat}));
    }
    view.FitBounds(b, 0.0);
  } else {
    view.SetCenter(projection.Forward(*spec.center));
    view.SetLogicalResolution(ResolutionForZoom(*spec.zoom));
  }
}

ViewSpec CaptureViewSpec(const MapView& view, const geo::MapProjection& projection, const LayerVisibility& layers,
                         std::string name) {
  ViewSpec spec;
  spec.name = std::move(name);
  spec.center = projection.Inverse(view.center());
  spec.zoom = view.zoom();
  spec.width = view.width();
  spec.height = view.height();
  spec.pixel_ratio = view.pixel_ratio();
  spec.layers = layers;
  return spec;
}

}  // namespace atlas::map

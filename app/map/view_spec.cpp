// View file reading, writing and applying; see view_spec.h.
#include "map/view_spec.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>

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
  std::string Text(const json& parent, const char* key, const std::string& where) const {
    if (!parent.contains(key)) Fail("missing field '" + where + key + "'");
    const json& v = parent.at(key);
    if (!v.is_string()) Fail("'" + where + key + "' must be a string");
    return v.get<std::string>();
  }
  bool Bool(const json& parent, const char* key, const std::string& where) const {
    const json& v = parent.at(key);
    if (!v.is_boolean()) Fail("'" + where + key + "' must be true or false");
    return v.get<bool>();
  }
  // "YYYY-MM-DD", a real day.
  std::string IsoDay(const json& parent, const char* key, const std::string& where) const {
    const std::string s = Text(parent, key, where);
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
        !std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d))).ok())
      Fail("'" + where + key + "' must be a date written YYYY-MM-DD, not \"" + s + "\"");
    return s;
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
  } catch (const json::exception& e) {  // a number too large for a double (1e999), ...
    r.Fail(std::string("unreadable JSON: ") + e.what());
  }
  if (!doc.is_object()) r.Fail("a view file must be a JSON object");
  if (!doc.contains("caucasus_atlas_view"))
    r.Fail("missing field 'caucasus_atlas_view' (the format version, " + std::to_string(ViewSpec::kVersion) + ")");
  const json& version = doc["caucasus_atlas_view"];
  if (!version.is_number_integer() || version.get<int>() < 1 || version.get<int>() > ViewSpec::kVersion)
    r.Fail("unsupported view format version " + version.dump() + " (this program reads 1 and 2)");
  if (version.get<int>() == 1)
    r.OnlyKeys(doc, {"caucasus_atlas_view", "name", "center", "zoom", "bbox", "size", "pixel_ratio", "layers"}, "");
  else
    r.OnlyKeys(doc, {"caucasus_atlas_view", "name", "center", "zoom", "bbox", "size", "pixel_ratio", "paper", "layers",
                     "filter", "naming", "brief"},
               "");

  ViewSpec spec;
  spec.version = version.get<int>();
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
  if (doc.contains("paper")) {
    if (doc.contains("size") || doc.contains("pixel_ratio")) r.Fail("give 'paper' or 'size' and 'pixel_ratio', not both");
    const json& p = r.Object(doc, "paper", "");
    r.OnlyKeys(p, {"size", "orientation", "dpi"}, "paper.");
    PaperSpec paper;
    paper.size = r.Text(p, "size", "paper.");
    if (p.contains("orientation")) {
      const std::string o = r.Text(p, "orientation", "paper.");
      if (o != "landscape" && o != "portrait") r.Fail("'paper.orientation' must be \"landscape\" or \"portrait\"");
      paper.landscape = o == "landscape";
    }
    if (p.contains("dpi")) paper.dpi = int(r.Number(p, "dpi", 72, 600, "paper."));
    const auto pixels = PaperPixels(paper);
    if (!pixels) r.Fail("unknown paper size '" + paper.size + "' (known: A4, A3, Letter)");
    spec.width = pixels->first;
    spec.height = pixels->second;
    spec.pixel_ratio = paper.dpi / 96.0;
    spec.paper = paper;
  }
  if (doc.contains("filter")) {
    const json& f = r.Object(doc, "filter", "");
    r.OnlyKeys(f, {"from", "to", "actors"}, "filter.");
    if (f.contains("from")) spec.date_from = r.IsoDay(f, "from", "filter.");
    if (f.contains("to")) spec.date_to = r.IsoDay(f, "to", "filter.");
    if (!spec.date_from.empty() && !spec.date_to.empty() && spec.date_to < spec.date_from)
      r.Fail("'filter.to' is before 'filter.from'");
    if (f.contains("actors")) {
      if (!f["actors"].is_array()) r.Fail("'filter.actors' must be a list of actor ids");
      for (const json& a : f["actors"]) {
        if (!a.is_string() || a.get<std::string>().empty()) r.Fail("'filter.actors' must be a list of actor ids");
        spec.actors.push_back(a.get<std::string>());
      }
    }
  }
  if (doc.contains("naming")) {
    const std::string id = r.Text(doc, "naming", "");
    spec.naming = ParseNamingConvention(id);
    if (!spec.naming) {
      std::string known;
      for (const auto& c : NamingConventions()) known += (known.empty() ? "" : ", ") + std::string(c.word);
      r.Fail("unknown naming convention '" + id + "' (known: " + known + ")");
    }
  }
  if (doc.contains("brief")) {
    const json& b = r.Object(doc, "brief", "");
    r.OnlyKeys(b, {"title", "subtitle", "author", "legend", "scale_bar", "north_arrow", "locator", "credits"}, "brief.");
    BriefSpec brief;
    if (b.contains("title")) brief.title = r.Text(b, "title", "brief.");
    if (b.contains("subtitle")) brief.subtitle = r.Text(b, "subtitle", "brief.");
    if (b.contains("author")) brief.author = r.Text(b, "author", "brief.");
    for (auto [key, field] : {std::pair{"legend", &brief.legend}, std::pair{"scale_bar", &brief.scale_bar},
                              std::pair{"north_arrow", &brief.north_arrow}, std::pair{"locator", &brief.locator},
                              std::pair{"credits", &brief.credits}})
      if (b.contains(key)) *field = r.Bool(b, key, "brief.");
    spec.brief = brief;
  }
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
  if (spec.paper) {
    doc["paper"] = {{"size", spec.paper->size},
                    {"orientation", spec.paper->landscape ? "landscape" : "portrait"},
                    {"dpi", spec.paper->dpi}};
  } else {
    doc["size"] = {{"width", spec.width}, {"height", spec.height}};
    doc["pixel_ratio"] = spec.pixel_ratio;
  }
  json layers = json::object();
  for (const auto& [id, on] : spec.layers.all()) layers[id] = on;
  doc["layers"] = layers;
  if (!spec.date_from.empty() || !spec.date_to.empty() || !spec.actors.empty()) {
    json filter = json::object();
    if (!spec.date_from.empty()) filter["from"] = spec.date_from;
    if (!spec.date_to.empty()) filter["to"] = spec.date_to;
    if (!spec.actors.empty()) filter["actors"] = spec.actors;
    doc["filter"] = filter;
  }
  if (spec.naming) doc["naming"] = std::string(NamingConventionId(*spec.naming));
  if (spec.brief) {
    const BriefSpec& b = *spec.brief;
    doc["brief"] = {{"title", b.title},         {"subtitle", b.subtitle},       {"author", b.author},
                    {"legend", b.legend},       {"scale_bar", b.scale_bar},     {"north_arrow", b.north_arrow},
                    {"locator", b.locator},     {"credits", b.credits}};
  }
  return doc.dump(2) + "\n";
}

std::optional<std::pair<int, int>> PaperPixels(const PaperSpec& paper) {
  double short_mm = 0, long_mm = 0;
  if (paper.size == "A4") short_mm = 210, long_mm = 297;
  else if (paper.size == "A3") short_mm = 297, long_mm = 420;
  else if (paper.size == "Letter") short_mm = 215.9, long_mm = 279.4;
  else return std::nullopt;
  const int a = int(std::lround(short_mm / 25.4 * paper.dpi)), b = int(std::lround(long_mm / 25.4 * paper.dpi));
  return paper.landscape ? std::pair{b, a} : std::pair{a, b};
}

geo::Bounds ProjectedBounds(const LonLatBox& box, const geo::MapProjection& projection) {
  // In a conic projection a parallel is a curve: sample the edges densely.
  geo::Bounds b;
  const int steps = 16;
  for (int i = 0; i <= steps; ++i) {
    const double t = double(i) / steps;
    const double lon = box.west + t * (box.east - box.west);
    const double lat = box.south + t * (box.north - box.south);
    b.Add(projection.Forward({lon, box.south}));
    b.Add(projection.Forward({lon, box.north}));
    b.Add(projection.Forward({box.west, lat}));
    b.Add(projection.Forward({box.east, lat}));
  }
  return b;
}

void ApplyViewExtent(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view) {
  if (spec.bbox) {
    view.FitBounds(ProjectedBounds(*spec.bbox, projection), 0.0);
  } else {
    view.SetCenter(projection.Forward(*spec.center));
    view.SetLogicalResolution(ResolutionForZoom(*spec.zoom));
  }
}

void ApplyViewSpec(const ViewSpec& spec, const geo::MapProjection& projection, MapView& view) {
  view.SetViewport(spec.width, spec.height, spec.pixel_ratio);
  ApplyViewExtent(spec, projection, view);
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

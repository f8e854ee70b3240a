// Selected lines of a layer; see line_layer_query.h.
#include "geo/line_layer_query.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

#include "geo/gdal_session.h"
#include "util/error.h"

namespace atlas::geo {
namespace {

void AppendProjected(const OGRGeometry& g, OGRCoordinateTransformation& ct, std::vector<Path>& out) {
  const auto type = wkbFlatten(g.getGeometryType());
  if (type == wkbLineString) {
    const OGRLineString& line = *g.toLineString();
    Path p;
    for (int i = 0; i < line.getNumPoints(); ++i) {
      double x = line.getX(i), y = line.getY(i);
      if (ct.Transform(1, &x, &y)) p.push_back({x, y});
    }
    if (p.size() >= 2) out.push_back(std::move(p));
  } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
    for (const OGRGeometry* part : *g.toGeometryCollection()) AppendProjected(*part, ct, out);
  }
}

}  // namespace

std::vector<Path> ReadSelectedLines(const std::filesystem::path& file, const LineSelection& sel,
                                    const MapProjection& projection) {
  GdalErrorCapture capture;
  static const char* const kDrivers[] = {"GPKG", nullptr};
  std::unique_ptr<GDALDataset> ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kDrivers));
  if (!ds) throw AtlasError(file.string(), "cannot open as a GeoPackage");
  OGRLayer* layer = ds->GetLayerByName(sel.layer.c_str());
  if (!layer) throw AtlasError(file.string(), "has no layer '" + sel.layer + "'");
  OGRSpatialReference source(*layer->GetSpatialRef());
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> ct(OGRCreateCoordinateTransformation(&source, &projection.srs()));
  if (!ct) throw AtlasError(file.string(), "layer '" + sel.layer + "': cannot reproject");
  auto quoted = [](const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("''") : std::string(1, c);
    return q + "'";
  };
  const std::string filter =
      !sel.name.empty() ? "name = " + quoted(sel.name)
                        : "(left_a3 = " + quoted(sel.country_a) + " AND right_a3 = " + quoted(sel.country_b) +
                              ") OR (left_a3 = " + quoted(sel.country_b) + " AND right_a3 = " + quoted(sel.country_a) + ")";
  if (layer->SetAttributeFilter(filter.c_str()) != OGRERR_NONE)
    throw AtlasError(file.string(), "layer '" + sel.layer + "' cannot be filtered by " + filter);
  std::vector<Path> paths;
  for (auto& f : *layer)
    if (const OGRGeometry* g = f->GetGeometryRef()) AppendProjected(*g, *ct, paths);
  return paths;
}

}  // namespace atlas::geo

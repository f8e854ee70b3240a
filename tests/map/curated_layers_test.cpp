// The curated layers load from the real files: routes are built (the Zangezur corridor runs
// along the real Aras), statuses and presence resolve by date, every event is placed.
#include <gtest/gtest.h>

#include <filesystem>

#include "geo/line_layer_query.h"
#include "map/curated_layers.h"
#include "util/data_paths.h"
#include "util/error.h"

#include <fstream>

namespace atlas::map {
namespace {
namespace fs = std::filesystem;

const CuratedLayers& Layers() {
  static geo::MapProjection proj;
  static text::Gazetteer gazetteer = text::LoadGazetteer(text::GazetteerSources::Bundled());
  static CuratedLayers layers = LoadCuratedLayers(AssetsDir() / "curated", gazetteer, proj,
                                                  GeodataDir() / "caucasus_atlas.gpkg");
  return layers;
}

const Corridor& Find(const std::string& id) {
  for (const auto& c : Layers().corridors)
    if (c.id == id) return c;
  throw std::runtime_error("no corridor " + id);
}

TEST(CuratedLayers, LachinCorridorStatusFollowsItsHistory) {
  const Corridor& lachin = Find("lachin_corridor");
  ASSERT_FALSE(lachin.route.empty());
  EXPECT_GE(lachin.route[0].size(), 4u);
  ASSERT_TRUE(lachin.StatusOn("2021-06-01"));
  EXPECT_EQ(lachin.StatusOn("2021-06-01")->status, "open");
  EXPECT_EQ(lachin.StatusOn("2023-01-15")->status, "blockaded");
  EXPECT_EQ(lachin.StatusOn("2024-03-01")->status, "defunct");
  EXPECT_EQ(lachin.StatusOn("2019-01-01"), nullptr) << "no status before the corridor existed";
}

TEST(CuratedLayers, ZangezurCorridorRunsAlongTheAras) {
  const Corridor& z = Find("zangezur_corridor");
  ASSERT_FALSE(z.route.empty());
  // Following the river gives many points (a straight leg would give two).
  EXPECT_GT(z.route[0].size(), 20u);
  geo::MapProjection proj;
  const auto aras = geo::ReadSelectedLines(GeodataDir() / "caucasus_atlas.gpkg", {"rivers", "Aras", "", ""}, proj);
  ASSERT_FALSE(aras.empty());
  // Every river-following point lies on the river (a few metres at most).
  size_t on_river = 0;
  for (const geo::DVec2& p : z.route[0])
    for (const geo::Path& a : aras)
      for (const geo::DVec2& q : a)
        if (geo::Length(p - q) < 1.0) {
          ++on_river;
          goto next;
        }
  next:;
  EXPECT_GT(on_river, 0u);
  EXPECT_EQ(z.StatusOn("2025-09-01")->status, "agreed");
}

TEST(CuratedLayers, PresenceAndEventsAreDatedAndPlaced) {
  const auto& layers = Layers();
  EXPECT_GE(layers.presence.size(), 10u);
  for (const auto& p : layers.presence) {
    EXPECT_FALSE(p.points.empty()) << p.id;
    EXPECT_FALSE(p.sources.empty()) << p.id;
  }
  bool peacekeepers = false;
  for (const auto& p : layers.presence)
    if (p.id == "ru_peacekeepers_karabakh") {
      peacekeepers = true;
      EXPECT_TRUE(p.ActiveOn("2022-05-01"));
      EXPECT_FALSE(p.ActiveOn("2025-01-01"));
    }
  EXPECT_TRUE(peacekeepers);
  EXPECT_GE(layers.events.size(), 40u);
  for (const auto& e : layers.events) EXPECT_TRUE(e.position) << e.id;
}

TEST(CuratedLayers, AnUnknownPlaceIsNamed) {
  const fs::path dir = fs::temp_directory_path() / ("atlas-curated-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const char* f : {"presence.json", "events.json"}) fs::copy_file(AssetsDir() / "curated" / f, dir / f);
  std::ofstream(dir / "corridors.json") << R"({"version": 1, "corridors": [{"id": "x", "name": "X", "kind": "road",
      "route": [{"via": ["goris", "atlantis"]}], "status": []}]})";
  geo::MapProjection proj;
  text::Gazetteer gazetteer = text::LoadGazetteer(text::GazetteerSources::Bundled());
  try {
    LoadCuratedLayers(dir, gazetteer, proj, GeodataDir() / "caucasus_atlas.gpkg");
    FAIL();
  } catch (const AtlasError& e) {
    EXPECT_NE(std::string(e.what()).find("corridors.json: entry 'x': unknown place id 'atlantis'"), std::string::npos)
        << e.what();
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace atlas::map

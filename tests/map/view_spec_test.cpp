// View files: what is written reads back identically; every malformed field is named.
#include <gtest/gtest.h>

#include "map/view_spec.h"
#include "util/error.h"

namespace atlas::map {
namespace {

std::string ErrorOf(const std::string& json) {
  try {
    ParseViewJson(json, "v.json");
  } catch (const AtlasError& e) {
    return e.what();
  }
  return "";
}

TEST(ViewSpec, RoundTripsThroughJson) {
  ViewSpec spec;
  spec.name = "Lachin corridor";
  spec.center = geo::LonLat{46.5, 39.6};
  spec.zoom = 10.5;
  spec.width = 1200;
  spec.height = 800;
  spec.pixel_ratio = 2;
  spec.layers.Set("relief", false);
  ViewSpec back = ParseViewJson(ViewToJson(spec), "mem");
  EXPECT_EQ(back.name, spec.name);
  EXPECT_DOUBLE_EQ(back.center->lon, 46.5);
  EXPECT_DOUBLE_EQ(*back.zoom, 10.5);
  EXPECT_EQ(back.width, 1200);
  EXPECT_DOUBLE_EQ(back.pixel_ratio, 2);
  EXPECT_EQ(back.layers, spec.layers);
  EXPECT_FALSE(back.layers.IsVisible("relief"));
}

TEST(ViewSpec, NamesEachProblem) {
  EXPECT_NE(ErrorOf("[1,2]").find("must be a JSON object"), std::string::npos);
  // Found by fuzz_view: a number too large for a double was an uncaught exception (a crash).
  EXPECT_NE(ErrorOf(R"({"caucasus_atlas_view": 1, "zoom": 8e8444})").find("v.json: unreadable JSON"), std::string::npos);
  EXPECT_NE(ErrorOf(R"({"bbox": {}})").find("missing field 'caucasus_atlas_view'"), std::string::npos);
  EXPECT_NE(ErrorOf(R"({"caucasus_atlas_view": 1, "centre": {"lon": 1, "lat": 2}})").find("unknown field 'centre'"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"caucasus_atlas_view": 1, "center": {"lon": 200, "lat": 2}, "zoom": 3})")
                .find("'center.lon' is 200"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"caucasus_atlas_view": 1, "bbox": {"west": 46, "south": 39, "east": 45, "north": 40}})")
                .find("'bbox' is empty"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"caucasus_atlas_view": 1, "bbox": {"west": 44, "south": 39, "east": 45, "north": 40},
                        "size": {"width": 0, "height": 10}})")
                .find("'size.width'"),
            std::string::npos);
  EXPECT_NE(ErrorOf("{\n\"caucasus_atlas_view\": 1,\n  oops\n}").find("line 3"), std::string::npos);
  EXPECT_EQ(ErrorOf(R"({"caucasus_atlas_view": 1, "bbox": {"west": 44, "south": 39, "east": 45, "north": 40}})"), "");
}

TEST(ViewSpec, BriefingViewsRoundTrip) {
  ViewSpec spec;
  spec.name = "Lachin corridor, 2020-2023";
  spec.bbox = LonLatBox{45.9, 39.3, 47.0, 40.0};
  spec.paper = PaperSpec{"A3", false, 150};
  spec.date_from = "2020-11-10";
  spec.date_to = "2023-09-30";
  spec.actors = {"russia", "turkey"};
  spec.naming = NamingConvention::kBoth;
  spec.brief = BriefSpec{"The Lachin corridor", "From peacekeeping to exodus", "Analysis desk", true, true, false,
                         true, true};
  const ViewSpec back = ParseViewJson(ViewToJson(spec), "mem");
  ASSERT_TRUE(back.paper);
  EXPECT_EQ(*back.paper, *spec.paper);
  EXPECT_EQ(back.width, 1754) << "A3 portrait at 150 dpi: 297 mm wide";
  EXPECT_EQ(back.height, 2480);
  EXPECT_DOUBLE_EQ(back.pixel_ratio, 150.0 / 96.0);
  EXPECT_EQ(back.date_from, spec.date_from);
  EXPECT_EQ(back.date_to, spec.date_to);
  EXPECT_EQ(back.actors, spec.actors);
  EXPECT_EQ(back.naming, spec.naming);
  ASSERT_TRUE(back.brief);
  EXPECT_EQ(*back.brief, *spec.brief);
  // A version 1 file still reads, and has no briefing furniture.
  const ViewSpec v1 = ParseViewJson(
      R"({"caucasus_atlas_view": 1, "bbox": {"west": 44, "south": 39, "east": 45, "north": 40}})", "v1.json");
  EXPECT_FALSE(v1.brief);
  EXPECT_FALSE(v1.paper);
}

TEST(ViewSpec, PaperSizesInPixels) {
  EXPECT_EQ(PaperPixels({"A4", true, 300}), (std::pair{3508, 2480}));
  EXPECT_EQ(PaperPixels({"A4", false, 300}), (std::pair{2480, 3508}));
  EXPECT_EQ(PaperPixels({"Letter", true, 150}), (std::pair{1650, 1275}));
  EXPECT_FALSE(PaperPixels({"B5", true, 300}));
}

TEST(ViewSpec, NamesEachBriefingProblem) {
  const std::string box = R"("bbox": {"west": 44, "south": 39, "east": 45, "north": 40})";
  auto v2 = [&](const std::string& rest) { return ErrorOf("{\"caucasus_atlas_view\": 2, " + box + ", " + rest + "}"); };
  EXPECT_NE(v2(R"("paper": {"size": "B5"})").find("unknown paper size 'B5'"), std::string::npos);
  EXPECT_NE(v2(R"("paper": {"size": "A4", "dpi": 2400})").find("'paper.dpi'"), std::string::npos);
  EXPECT_NE(v2(R"("paper": {"size": "A4"}, "size": {"width": 100, "height": 100})").find("not both"),
            std::string::npos);
  EXPECT_NE(v2(R"("filter": {"from": "2023-02-30"})").find("'filter.from' must be a date"), std::string::npos);
  EXPECT_NE(v2(R"("filter": {"from": "2023-02-01", "to": "2022-01-01"})").find("before"), std::string::npos);
  EXPECT_NE(v2(R"("filter": {"actors": "russia"})").find("list of actor ids"), std::string::npos);
  EXPECT_NE(v2(R"("naming": "klingon")").find("unknown naming convention 'klingon'"), std::string::npos);
  EXPECT_NE(v2(R"("brief": {"title": 7})").find("'brief.title' must be a string"), std::string::npos);
  EXPECT_NE(v2(R"("brief": {"legend": "yes"})").find("'brief.legend' must be true or false"), std::string::npos);
  EXPECT_NE(v2(R"("brief": {"colour": "red"})").find("unknown field 'brief.colour'"), std::string::npos);
  EXPECT_EQ(v2(R"("brief": {"title": "T"}, "filter": {"from": "2020-01-01"})"), "");
  EXPECT_NE(ErrorOf("{\"caucasus_atlas_view\": 1, " + box + R"(, "brief": {}})").find("unknown field 'brief'"),
            std::string::npos)
      << "briefing fields need version 2";
  EXPECT_NE(ErrorOf("{\"caucasus_atlas_view\": 3, " + box + "}").find("unsupported view format version 3"),
            std::string::npos);
}

}  // namespace
}  // namespace atlas::map

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

}  // namespace
}  // namespace atlas::map

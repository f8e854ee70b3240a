// `caucasus-atlas export`: a good view renders a PNG of the asked size; every kind of bad
// input gets one line naming the file or flag and the problem, and a non-zero exit.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_runner.h"
#include "render/image.h"

namespace atlas::testing {
namespace {
namespace fs = std::filesystem;

const std::string kViews = std::string(ATLAS_SOURCE_DIR) + "/assets/views/";

// Asserts a failed run with exactly one stderr line that contains every fragment.
void ExpectOneLineError(const CliResult& r, std::initializer_list<std::string> fragments) {
  EXPECT_NE(r.exit_code, 0);
  EXPECT_LT(r.exit_code, 128) << "crashed: " << r.err;
  auto lines = r.ErrLines();
  ASSERT_EQ(lines.size(), 1u) << r.err;
  for (const auto& f : fragments) EXPECT_NE(lines[0].find(f), std::string::npos) << lines[0] << " lacks " << f;
}

TEST(ExportCommand, WritesAPngOfTheRequestedSize) {
  TempDir dir;
  auto r = RunAtlas({"export", "--view", kViews + "south_caucasus.json", "--out", (dir / "brief.png").string(),
                     "--width", "320", "--height", "200"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  render::Image img = render::ReadPng(dir / "brief.png");
  EXPECT_EQ(img.width, 320);
  EXPECT_EQ(img.height, 200);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(ExportCommand, HelpDescribesTheOptions) {
  auto r = RunAtlas({"export", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--view VIEW.json"), std::string::npos);
  EXPECT_NE(r.out.find("--out OUT.png"), std::string::npos);
}

TEST(ExportCommand, ViewFileThatIsNotJson) {
  TempDir dir;
  WriteText(dir / "broken.json", "{\n  \"caucasus_atlas_view\": 1,\n  \"bbox\": {west: 1}\n}\n");
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "broken.json").string(), "--out", (dir / "o.png").string()}),
                     {"broken.json", "not valid JSON at line 3"});
  EXPECT_FALSE(fs::exists(dir / "o.png"));
}

TEST(ExportCommand, ViewFileWithMissingOrWrongFields) {
  TempDir dir;
  WriteText(dir / "nowhere.json", R"({"caucasus_atlas_view": 1, "name": "no extent"})");
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "nowhere.json").string(), "--out", (dir / "o.png").string()}),
                     {"nowhere.json", "needs 'center' and 'zoom', or 'bbox'"});
  WriteText(dir / "words.json", R"({"caucasus_atlas_view": 1, "center": {"lon": 45, "lat": 40}, "zoom": "seven"})");
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "words.json").string(), "--out", (dir / "o.png").string()}),
                     {"words.json", "'zoom' must be a number"});
  WriteText(dir / "layer.json", R"({"caucasus_atlas_view": 1, "bbox": {"west": 44, "south": 39, "east": 46,
                                    "north": 41}, "layers": {"roads": true}})");
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "layer.json").string(), "--out", (dir / "o.png").string()}),
                     {"layer.json", "unknown layer 'roads'"});
  WriteText(dir / "version.json", R"({"caucasus_atlas_view": 7, "bbox": {"west": 44, "south": 39, "east": 46, "north": 41}})");
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "version.json").string(), "--out", (dir / "o.png").string()}),
                     {"version.json", "unsupported view format version 7"});
}

TEST(ExportCommand, MissingViewFile) {
  TempDir dir;
  ExpectOneLineError(RunAtlas({"export", "--view", (dir / "absent.json").string(), "--out", (dir / "o.png").string()}),
                     {"absent.json", "cannot open"});
}

TEST(ExportCommand, UnwritableOutput) {
  TempDir dir;
  ExpectOneLineError(RunAtlas({"export", "--view", kViews + "south_caucasus.json", "--out",
                               (dir / "no/such/folder/o.png").string()}),
                     {"o.png", "does not exist"});
  // /proc refuses new files even to root.
  ExpectOneLineError(RunAtlas({"export", "--view", kViews + "south_caucasus.json", "--out", "/proc/atlas-o.png",
                               "--width", "64", "--height", "64"}),
                     {"/proc/atlas-o.png", "cannot write"});
}

TEST(ExportCommand, BadFlagsAndValues) {
  ExpectOneLineError(RunAtlas({"export", "--colour", "red"}), {"unknown option '--colour'"});
  ExpectOneLineError(RunAtlas({"export", "--view", kViews + "south_caucasus.json", "--out", "x.png", "--width", "wide"}),
                     {"--width", "not a whole number"});
  ExpectOneLineError(RunAtlas({"export", "--view", kViews + "south_caucasus.json", "--out", "x.png", "--width", "99999"}),
                     {"--width", "outside"});
  ExpectOneLineError(RunAtlas({"export", "--out", "x.png"}), {"missing --view"});
  ExpectOneLineError(RunAtlas({"frobnicate"}), {"unknown command 'frobnicate'"});
}

TEST(ExportCommand, CorruptOrMissingGeodataIsNamed) {
  TempDir data;
  fs::create_directories(data / "geodata");
  fs::create_directory_symlink(fs::path(ATLAS_SOURCE_DIR) / "assets", data / "assets");
  WriteText(data / "geodata/caucasus_atlas.gpkg", "SQLite format 3\0 but not really");
  ExpectOneLineError(RunAtlas({"export", "--data", data.path().string(), "--view", kViews + "south_caucasus.json",
                               "--out", (data / "o.png").string()}),
                     {"caucasus_atlas.gpkg", "cannot open as a GeoPackage"});
  fs::remove(data / "geodata/caucasus_atlas.gpkg");
  ExpectOneLineError(RunAtlas({"export", "--data", data.path().string(), "--view", kViews + "south_caucasus.json",
                               "--out", (data / "o.png").string()}),
                     {"caucasus_atlas.gpkg", "not found"});
  ExpectOneLineError(RunAtlas({"export", "--data", (data / "nothing").string(), "--view",
                               kViews + "south_caucasus.json", "--out", (data / "o.png").string()}),
                     {"nothing", "not a Caucasus Atlas data folder"});
}

TEST(GuiCommand, NoDisplayIsOneClearLine) {
  ExpectOneLineError(RunAtlas({"--size", "640x480"}, {{"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}}),
                     {"GLFW", "cannot open a window", "xvfb-run"});
}

TEST(Main, HelpListsEveryCommand) {
  auto r = RunAtlas({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* c : {"gui", "export"}) EXPECT_NE(r.out.find(c), std::string::npos) << c;
}

}  // namespace
}  // namespace atlas::testing

// Settings: what is saved comes back; a corrupt file is set aside with a message and the
// defaults are used, never a crash; an unwritable location is one clear error.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "ui/app_settings.h"
#include "util/error.h"

namespace atlas::ui {
namespace {
namespace fs = std::filesystem;

class Settings : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atlas-settings-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(Settings, RoundTrip) {
  AppSettings s;
  s.center_lon = 46.5;
  s.center_lat = 39.6;
  s.zoom = 10.25;
  s.layers.Set("relief", false);
  s.naming = map::NamingConvention::kBoth;
  s.filter.date_from = "2020-09-01";
  s.filter.date_to = "2020-11-30";
  s.show_timeline = false;
  SaveSettings(dir_ / "settings.json", s);
  std::string notice;
  AppSettings back = LoadSettings(dir_ / "settings.json", &notice);
  EXPECT_TRUE(notice.empty());
  EXPECT_DOUBLE_EQ(*back.zoom, 10.25);
  EXPECT_FALSE(back.layers.IsVisible("relief"));
  EXPECT_TRUE(back.layers.IsVisible("rivers"));
  EXPECT_EQ(back.naming, map::NamingConvention::kBoth);
  EXPECT_EQ(back.filter, s.filter);
  EXPECT_FALSE(back.show_timeline);
}

TEST_F(Settings, ACorruptFileIsSetAsideNotFatal) {
  std::ofstream(dir_ / "settings.json") << "{\"version\": 1, \"view\": {\"lon\": \"east\"";
  std::string notice;
  AppSettings s = LoadSettings(dir_ / "settings.json", &notice);
  EXPECT_FALSE(s.zoom);
  EXPECT_NE(notice.find("set aside"), std::string::npos) << notice;
  EXPECT_FALSE(fs::exists(dir_ / "settings.json"));
  bool aside = false;
  for (const auto& e : fs::directory_iterator(dir_)) aside |= e.path().filename().string().rfind("settings.json.corrupt-", 0) == 0;
  EXPECT_TRUE(aside);
}

TEST_F(Settings, MissingFileMeansDefaultsSilently) {
  std::string notice;
  AppSettings s = LoadSettings(dir_ / "none.json", &notice);
  EXPECT_TRUE(notice.empty());
  EXPECT_TRUE(s.show_sources);
}

TEST_F(Settings, UnwritableLocationIsOneClearError) {
  try {
    SaveSettings("/proc/atlas-settings.json", AppSettings{});
    FAIL();
  } catch (const AtlasError& e) {
    EXPECT_NE(std::string(e.what()).find("/proc/atlas-settings.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace atlas::ui

// Named views and the Export dialog's request, without a window: what the map shows is saved
// as a view file, listed after the bundled ones, and applied back; the export request covers
// the window's extent at the dialog's size.
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <sstream>

#include <filesystem>
#include <fstream>

#include "map/basemap_assets.h"
#include "ui/export_settings.h"
#include "ui/named_views.h"
#include "util/error.h"

namespace atlas::ui {
namespace {
namespace fs = std::filesystem;

class NamedViews : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atlas-views-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    state_.assets = &assets_;
    state_.view.SetViewport(1200, 800, 1.0);
    state_.view.SetCenter(assets_.projection.Forward({46.55, 39.64}));
    state_.view.SetLogicalResolution(map::ResolutionForZoom(9));
    state_.layers.Set("relief", false);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  map::BasemapAssets assets_;
  AppState state_;
};

TEST_F(NamedViews, SlugsAreSafeFileNames) {
  EXPECT_EQ(ViewFileSlug("Lachin, 2020\u20132023"), "lachin_2020_2023");
  EXPECT_EQ(ViewFileSlug("../../etc/passwd"), "etc_passwd");
  EXPECT_EQ(ViewFileSlug("\u0531\u0580\u0581\u0561\u056d"), "view");
}

TEST_F(NamedViews, SavedViewIsListedAndShowsTheSameMap) {
  const fs::path path = SaveNamedView(CaptureAppView(state_, "Lachin close"), dir_);
  EXPECT_EQ(path, dir_ / "lachin_close.json");
  std::vector<std::string> problems;
  const std::vector<NamedView> views = ListNamedViews(dir_, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_FALSE(views.empty());
  EXPECT_TRUE(views.front().bundled) << "bundled views come first";
  const auto mine = std::find_if(views.begin(), views.end(), [](const NamedView& v) { return !v.bundled; });
  ASSERT_NE(mine, views.end());
  EXPECT_EQ(mine->name, "Lachin close");

  AppState other;
  other.assets = &assets_;
  other.view.SetViewport(1200, 800, 1.0);
  ApplyAppView(other, map::ReadViewFile(mine->path));
  EXPECT_NEAR(other.view.center().x, state_.view.center().x, 1.0);
  EXPECT_NEAR(other.view.center().y, state_.view.center().y, 1.0);
  EXPECT_NEAR(other.view.zoom(), state_.view.zoom(), 1e-6);
  EXPECT_FALSE(other.layers.IsVisible("relief"));
}

TEST_F(NamedViews, DiskFullWhileSavingKeepsTheSavedView) {
  const fs::path path = SaveNamedView(CaptureAppView(state_, "Lachin close"), dir_);
  auto read = [&] {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string saved = read();
  state_.layers.Set("rivers", false);
  // In a child whose files cannot grow past 64 bytes (writes fail as on a full disk).
  const pid_t pid = ::fork();
  if (pid == 0) {
    const rlimit limit{64, 64};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    ::signal(SIGXFSZ, SIG_IGN);
    try {
      SaveNamedView(CaptureAppView(state_, "Lachin close"), dir_);
    } catch (const AtlasError& e) {
      ::_exit(std::string(e.what()).find("lachin_close.json") != std::string::npos ? 0 : 2);
    }
    ::_exit(1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: no error; 2: the error did not name the file";
  EXPECT_EQ(read(), saved) << "the view saved before is untouched";
}

TEST_F(NamedViews, BrokenViewFileIsReportedNotListed) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "broken.json") << "{ not json";
  std::vector<std::string> problems;
  const std::vector<NamedView> views = ListNamedViews(dir_, &problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("broken.json"), std::string::npos);
  EXPECT_TRUE(std::none_of(views.begin(), views.end(), [](const NamedView& v) { return !v.bundled; }));
}

TEST_F(NamedViews, ExportRequestCoversTheWindowAtTheDialogsSize) {
  ExportSettings settings = DefaultExportSettings("2026-11-22");
  EXPECT_NE(settings.out.find("caucasus-atlas-2026-11-22.png"), std::string::npos);
  settings.brief.title = "Lachin";
  const render::ExportRequest a4 = BuildExportRequest(state_, settings);
  EXPECT_EQ(a4.spec.width, 3508);
  EXPECT_EQ(a4.spec.height, 2480);
  ASSERT_TRUE(a4.spec.bbox);
  const geo::LonLat centre = assets_.projection.Inverse(state_.view.center());
  EXPECT_LT(a4.spec.bbox->west, centre.lon);
  EXPECT_GT(a4.spec.bbox->east, centre.lon);
  EXPECT_LT(a4.spec.bbox->south, centre.lat);
  EXPECT_GT(a4.spec.bbox->north, centre.lat);
  ASSERT_TRUE(a4.spec.brief);
  EXPECT_EQ(a4.spec.brief->title, "Lachin");

  settings.size = ExportSettings::Size::kPixels;
  settings.width = 9000;
  EXPECT_THROW(BuildExportRequest(state_, settings), AtlasError) << "beyond 8K";
  settings.width = 7680;
  settings.height = 4320;
  settings.briefing = false;
  const render::ExportRequest eight_k = BuildExportRequest(state_, settings);
  EXPECT_EQ(eight_k.spec.width, 7680);
  EXPECT_FALSE(eight_k.spec.brief);
  settings.out.clear();
  EXPECT_THROW(BuildExportRequest(state_, settings), AtlasError);
}

}  // namespace
}  // namespace atlas::ui

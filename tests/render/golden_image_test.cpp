// Golden-image tests: every tests/render/<case>/view.json is rendered and compared with its
// expected.png. A pixel differs when a channel is off by more than kChannelThreshold; a case
// fails when more than kAllowedFraction of pixels differ. On failure actual.png and diff.png
// are written to the build tree. Run with --update to rewrite expected.png (then look at
// every image before committing). Cases listed in known_differences.txt are reported as
// skipped with their reason, never silently.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "render_fixture.h"

namespace atlas::render::testing {
namespace {
namespace fs = std::filesystem;

constexpr int kChannelThreshold = 24;
constexpr double kAllowedFraction = 0.002;
bool g_update = false;

std::map<std::string, std::string> KnownDifferences() {
  std::map<std::string, std::string> known;
  std::ifstream in(fs::path(ATLAS_RENDER_CASES) / "known_differences.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto colon = line.find(':');
    if (colon != std::string::npos) known[line.substr(0, colon)] = line.substr(colon + 1);
  }
  return known;
}

class GoldenImage : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenImage, MatchesExpected) {
  const std::string name = GetParam();
  const fs::path dir = fs::path(ATLAS_RENDER_CASES) / name;
  const auto known = KnownDifferences();
  if (auto it = known.find(name); it != known.end() && !g_update) GTEST_SKIP() << "known difference:" << it->second;

  const map::ViewSpec spec = map::ReadViewFile(dir / "view.json");
  const Image actual = RenderFixture::Get().Render(spec);
  if (g_update) {
    WritePng(actual, dir / "expected.png");
    std::printf("updated %s: look at it before committing\n", (dir / "expected.png").c_str());
    return;
  }
  ASSERT_TRUE(fs::exists(dir / "expected.png")) << "no expected.png for " << name << "; run render_tests --update";
  const Image expected = ReadPng(dir / "expected.png");
  const ImageComparison cmp = CompareImages(expected, actual, kChannelThreshold);
  if (cmp.differing_fraction > kAllowedFraction) {
    const fs::path out = fs::path(ATLAS_RENDER_OUTPUT) / name;
    fs::create_directories(out);
    WritePng(actual, out / "actual.png");
    if (!cmp.diff.rgba.empty()) WritePng(cmp.diff, out / "diff.png");
    FAIL() << name << ": " << cmp.differing_fraction * 100 << "% of pixels differ (max channel difference "
           << cmp.max_difference << "); see " << (out / "actual.png") << " and " << (out / "diff.png");
  }
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(ATLAS_RENDER_CASES))
    if (entry.is_directory() && fs::exists(entry.path() / "view.json")) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenImage, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return info.param; });

// The harness itself must be able to fail: a picture with a shifted view is caught.
TEST(GoldenImageHarness, DetectsAChangedPicture) {
  const fs::path dir = fs::path(ATLAS_RENDER_CASES) / "south_caucasus";
  map::ViewSpec spec = map::ReadViewFile(dir / "view.json");
  spec.bbox->west += 0.3;
  spec.bbox->east += 0.3;
  const Image expected = ReadPng(dir / "expected.png");
  const ImageComparison cmp = CompareImages(expected, RenderFixture::Get().Render(spec), kChannelThreshold);
  EXPECT_GT(cmp.differing_fraction, kAllowedFraction);
}

}  // namespace
}  // namespace atlas::render::testing

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i)
    if (std::string(argv[i]) == "--update") atlas::render::testing::g_update = true;
  return RUN_ALL_TESTS();
}

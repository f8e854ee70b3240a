// The scene cache: what is saved loads back identical; a damaged, truncated or stale file is
// ignored rather than trusted.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "map/scene_cache.h"

namespace atlas::map {
namespace {
namespace fs = std::filesystem;

BasemapScene SmallScene() {
  BasemapScene s;
  s.land.vertices = {{0, 0}, {10, 0}, {0, 10}};
  s.land.slots = {3, 3, 3};
  s.land.indices = {0, 1, 2};
  s.land.chunks = {{{}, 0, 3}};
  geo::Path path{{0, 0}, {5, 5}, {10, 0}};
  s.lines.push_back({LineRole::kBorder, "borders", {{100, BuildLineMesh(std::vector<geo::Path>{path}, 1000)}}});
  s.labels.push_back({"Şuşa", {1, 2}, LabelClass::kTown, 3.5f, "place:Şuşa"});
  return s;
}

class SceneCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("atlas-scene-cache-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(SceneCache, RoundTrips) {
  SaveCachedScene(dir_, "k1", SmallScene());
  auto back = LoadCachedScene(dir_, "k1");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->land.indices, SmallScene().land.indices);
  ASSERT_EQ(back->lines.size(), 1u);
  EXPECT_EQ(back->lines[0].layer_id, "borders");
  EXPECT_EQ(back->lines[0].lods[0].mesh.indices, SmallScene().lines[0].lods[0].mesh.indices);
  ASSERT_EQ(back->labels.size(), 1u);
  EXPECT_EQ(back->labels[0].text, "Şuşa");
  EXPECT_EQ(back->labels[0].cls, LabelClass::kTown);
}

TEST_F(SceneCache, OtherKeyOrDamageIsIgnored) {
  SaveCachedScene(dir_, "k1", SmallScene());
  EXPECT_FALSE(LoadCachedScene(dir_, "k2"));
  const fs::path file = dir_ / "basemap-scene-k1.bin";
  fs::resize_file(file, fs::file_size(file) - 7);
  EXPECT_FALSE(LoadCachedScene(dir_, "k1")) << "truncated";
  SaveCachedScene(dir_, "k1", SmallScene());
  {
    // The first array length: after the magic (8), the key (8 + 2) and two bounds.
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8 + 8 + 2 + 2 * sizeof(geo::Bounds));
    const char junk[] = "\xff\xff\xff\xff\xff\xff\xff\x7f";
    f.write(junk, 8);  // a huge length where an array length belongs
  }
  EXPECT_FALSE(LoadCachedScene(dir_, "k1")) << "damaged";
}

TEST_F(SceneCache, DamageAnywhereNeverCrashes) {
  SaveCachedScene(dir_, "k1", SmallScene());
  const fs::path file = dir_ / "basemap-scene-k1.bin";
  const auto size = fs::file_size(file);
  for (uintmax_t at = 0; at < size; at += 3) {
    SaveCachedScene(dir_, "k1", SmallScene());
    {
      std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(std::streamoff(at));
      f.put(char(0xFF));
    }
    auto scene = LoadCachedScene(dir_, "k1");  // anything but a crash; indices stay in range
    if (scene) {
      for (uint32_t i : scene->land.indices) EXPECT_LT(i, scene->land.vertices.size());
    }
  }
}

TEST_F(SceneCache, SavingReplacesOlderCaches) {
  SaveCachedScene(dir_, "old", SmallScene());
  SaveCachedScene(dir_, "new", SmallScene());
  EXPECT_FALSE(fs::exists(dir_ / "basemap-scene-old.bin"));
  EXPECT_TRUE(fs::exists(dir_ / "basemap-scene-new.bin"));
}

TEST(SceneCacheKey, ChangesWhenTheGeodataChanges) {
  const fs::path f = fs::temp_directory_path() / ("atlas-key-" + std::to_string(::getpid()));
  std::ofstream(f) << "one";
  const std::string a = SceneCacheKey(f, f);
  std::ofstream(f) << "three";
  EXPECT_NE(SceneCacheKey(f, f), a);
  fs::remove(f);
}

}  // namespace
}  // namespace atlas::map

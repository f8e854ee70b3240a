// The glyph distance-field cache: what is saved comes back byte for byte, a file written for
// other fonts or damaged is ignored, an unwritable folder costs nothing but speed, and labels
// drawn from cached glyphs are pixel-identical to freshly rendered ones.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "render/glyph_field_cache.h"
#include "render_fixture.h"
#include "util/data_paths.h"

namespace atlas::render::testing {
namespace {
namespace fs = std::filesystem;

fs::path FreshDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("atlas_glyph_cache_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

GlyphField Field(int w, int h, uint8_t seed) {
  GlyphField f;
  f.left = -2;
  f.top = h - 3;
  f.width = w;
  f.height = h;
  for (int i = 0; i < w * h; ++i) f.pixels.push_back(uint8_t(seed + i * 7));
  return f;
}

TEST(GlyphFieldCache, SavedFieldsComeBackIdentical) {
  const fs::path file = FreshDir("roundtrip") / "glyphs.bin";
  {
    GlyphFieldCache cache("fonts v1", file);
    EXPECT_EQ(cache.loaded(), 0u);
    cache.Insert(0, 36, Field(12, 20, 3));
    cache.Insert(3, 1200, Field(30, 41, 90));
    cache.Insert(1, 3, GlyphField{});  // a space: nothing to draw, still remembered
  }  // saved on destruction
  GlyphFieldCache again("fonts v1", file);
  ASSERT_EQ(again.loaded(), 3u);
  const GlyphField* a = again.Find(0, 36);
  const GlyphField* b = again.Find(3, 1200);
  const GlyphField* space = again.Find(1, 3);
  ASSERT_TRUE(a && b && space);
  EXPECT_EQ(a->pixels, Field(12, 20, 3).pixels);
  EXPECT_EQ(b->left, -2);
  EXPECT_EQ(b->top, 38);
  EXPECT_EQ(b->pixels, Field(30, 41, 90).pixels);
  EXPECT_EQ(space->width, 0);
  EXPECT_EQ(again.Find(0, 37), nullptr);
}

TEST(GlyphFieldCache, FileForOtherFontsIsIgnored) {
  const fs::path file = FreshDir("fingerprint") / "glyphs.bin";
  {
    GlyphFieldCache cache("fonts v1", file);
    cache.Insert(0, 36, Field(12, 20, 3));
  }
  GlyphFieldCache other("fonts v2", file);
  EXPECT_EQ(other.loaded(), 0u);
  EXPECT_EQ(other.Find(0, 36), nullptr);
}

TEST(GlyphFieldCache, DamagedFileIsIgnoredThenRewritten) {
  const fs::path file = FreshDir("damaged") / "glyphs.bin";
  {
    GlyphFieldCache cache("fonts v1", file);
    cache.Insert(0, 36, Field(12, 20, 3));
    cache.Insert(0, 37, Field(10, 10, 5));
  }
  const auto size = fs::file_size(file);
  for (uintmax_t cut : {size - 1, size / 2, uintmax_t(5)}) {
    fs::resize_file(file, cut);
    GlyphFieldCache damaged("fonts v1", file);
    EXPECT_EQ(damaged.loaded(), 0u) << "cut at " << cut;
  }
  {
    std::ofstream(file, std::ios::binary) << std::string(4096, '\xff');
    GlyphFieldCache garbage("fonts v1", file);
    EXPECT_EQ(garbage.loaded(), 0u);
    garbage.Insert(2, 9, Field(4, 4, 1));
    EXPECT_TRUE(garbage.Save());
  }
  GlyphFieldCache rewritten("fonts v1", file);
  EXPECT_EQ(rewritten.loaded(), 1u);
}

TEST(GlyphFieldCache, UnwritableFolderOnlyCostsSpeed) {
  GlyphFieldCache cache("fonts v1", "/proc/atlas-no-such-folder/glyphs.bin");
  cache.Insert(0, 36, Field(12, 20, 3));
  EXPECT_FALSE(cache.Save());
  EXPECT_NE(cache.Find(0, 36), nullptr);  // still served from memory
}

TEST(GlyphFieldCache, LabelsFromCachedGlyphsArePixelIdentical) {
  RenderFixture& fixture = RenderFixture::Get();
  const fs::path file = FreshDir("pixels") / "glyphs.bin";
  map::ViewSpec spec;
  spec.bbox = map::LonLatBox{43.0, 38.6, 47.8, 41.6};  // Armenia, Karabakh, Nakhchivan: dense labels
  spec.width = 640;
  spec.height = 400;
  auto draw = [&](FontSet& fonts) {
    MapRenderer renderer(fixture.assets->scene, *fixture.assets->style, fonts);
    return RenderViewImage(renderer, *fixture.assets, spec, 1, {});
  };
  Image fresh;
  size_t rendered = 0;
  {
    FontSet fonts(AssetsDir() / "fonts", file);
    fresh = draw(fonts);
    rendered = fonts.glyph_fields().size();
    EXPECT_EQ(fonts.glyph_fields().loaded(), 0u);
  }
  ASSERT_GT(rendered, 30u) << "the view should letter a few dozen distinct glyphs";
  FontSet cached_fonts(AssetsDir() / "fonts", file);
  EXPECT_EQ(cached_fonts.glyph_fields().loaded(), rendered);
  const Image cached = draw(cached_fonts);
  EXPECT_EQ(cached_fonts.glyph_fields().size(), rendered) << "no glyph should have been rendered again";
  ASSERT_EQ(cached.rgba.size(), fresh.rgba.size());
  EXPECT_TRUE(cached.rgba == fresh.rgba) << "labels drawn from the cache differ from fresh ones";
}

}  // namespace
}  // namespace atlas::render::testing

// The gazetteer cache: the full geodata gazetteer comes back field for field, a file for
// other sources or damaged anywhere is refused (and rebuilt from the sources), a changed
// source file invalidates it, and an unwritable folder costs only speed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "linker_fixture.h"
#include "text/gazetteer_cache.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas::text {
namespace {
namespace fs = std::filesystem;
using testing::TestData;

fs::path FreshDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("atlas_gazetteer_cache_" + name + "_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// The curated fixture only: quick to build, and its files can be copied and touched.
GazetteerSources CopiedFixture(const fs::path& dir) {
  fs::copy_file(TestData("gazetteer/places.json"), dir / "places.json");
  fs::copy_file(TestData("gazetteer/not_places.json"), dir / "not_places.json");
  GazetteerSources s;
  s.curated_places = (dir / "places.json").string();
  s.not_places = (dir / "not_places.json").string();
  return s;
}

TEST(GazetteerCache, EveryFieldOfEveryEntryComesBack) {
  const Gazetteer& original = testing::FixtureGazetteerWithGeodata();
  ASSERT_GT(original.entries().size(), 100u) << "GeoNames and Natural Earth entries are in it";
  const std::string bytes = SerializeGazetteer(original, "key 1");
  Gazetteer back;
  ASSERT_TRUE(DeserializeGazetteer(bytes, "key 1", &back));
  ASSERT_EQ(back.entries().size(), original.entries().size());
  EXPECT_EQ(back.not_places(), original.not_places());
  EXPECT_EQ(back.Fingerprint(), original.Fingerprint());
  for (size_t i = 0; i < original.entries().size(); ++i) {
    const GazetteerEntry &a = original.entries()[i], &b = back.entries()[i];
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.kind, a.kind) << a.id;
    EXPECT_EQ(b.name, a.name) << a.id;
    EXPECT_EQ(b.lat, a.lat) << a.id;
    EXPECT_EQ(b.lon, a.lon) << a.id;
    EXPECT_EQ(b.country, a.country) << a.id;
    EXPECT_EQ(b.importance, a.importance) << a.id;
    EXPECT_EQ(b.geonames_id, a.geonames_id) << a.id;
    EXPECT_EQ(b.population, a.population) << a.id;
    EXPECT_EQ(b.labels, a.labels) << a.id;
    ASSERT_EQ(b.names.size(), a.names.size()) << a.id;
    for (size_t n = 0; n < a.names.size(); ++n) {
      EXPECT_EQ(b.names[n].text, a.names[n].text) << a.id;
      EXPECT_EQ(b.names[n].language, a.names[n].language) << a.id;
    }
    EXPECT_EQ(b.context.person_first_name, a.context.person_first_name) << a.id;
    EXPECT_EQ(b.context.case_sensitive, a.context.case_sensitive) << a.id;
    EXPECT_EQ(b.context.avoid_near, a.context.avoid_near) << a.id;
    EXPECT_EQ(b.context.prefer_kind_when, a.context.prefer_kind_when) << a.id;
    EXPECT_EQ(b.alternatives, a.alternatives) << a.id;
    EXPECT_EQ(b.seat_of_government, a.seat_of_government) << a.id;
    EXPECT_EQ(b.source, a.source) << a.id;
  }
  // The lookups are rebuilt too.
  ASSERT_NE(back.Find("lachin"), nullptr);
  EXPECT_EQ(back.Find("lachin")->alternatives, (std::vector<std::string>{"lachin_district", "lachin_corridor"}));
  const GazetteerEntry* town = nullptr;
  for (const GazetteerEntry& e : original.entries())
    if (e.geonames_id > 0) town = &e;
  ASSERT_NE(town, nullptr);
  ASSERT_NE(back.FindByGeoNamesId(town->geonames_id), nullptr);
  EXPECT_EQ(back.FindByGeoNamesId(town->geonames_id)->id, town->id);
}

TEST(GazetteerCache, OtherKeysAndDamagedBytesAreRefused) {
  Gazetteer g;
  GazetteerEntry e;
  e.id = "shusha";
  e.name = "Shusha";
  e.names = {{"Shusha", "en"}, {"Şuşa", "az"}, {"Շուշի", "hy"}};
  e.context.prefer_kind_when = {{PlaceKind::kRegion, {"district"}}};
  g.Add(e);
  g.AddNotPlace("Russia Today");
  const std::string bytes = SerializeGazetteer(g, "key 1");
  Gazetteer out;
  EXPECT_FALSE(DeserializeGazetteer(bytes, "key 2", &out));
  for (size_t cut = 0; cut < bytes.size(); ++cut)
    EXPECT_FALSE(DeserializeGazetteer(bytes.substr(0, cut), "key 1", &out)) << "truncated at " << cut;
  EXPECT_FALSE(DeserializeGazetteer(bytes + "x", "key 1", &out)) << "trailing bytes";
  // Every single byte flipped: refused or read as some gazetteer, never a crash or a huge allocation.
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = char(damaged[i] ^ 0xFF);
    Gazetteer any;
    (void)DeserializeGazetteer(damaged, "key 1", &any);
  }
  ASSERT_TRUE(DeserializeGazetteer(bytes, "key 1", &out));
  ASSERT_EQ(out.entries().size(), 1u);
  EXPECT_EQ(out.entries()[0].names[2].text, "Շուշի");
  EXPECT_EQ(out.not_places(), std::vector<std::string>{"Russia Today"});
}

TEST(GazetteerCache, SecondLoadReadsTheFileAndAChangedSourceRebuildsIt) {
  const fs::path dir = FreshDir("load");
  const GazetteerSources sources = CopiedFixture(dir);
  const fs::path cache = dir / "cache" / "gazetteer.bin";
  const Gazetteer built = LoadGazetteerCached(sources, cache);
  ASSERT_TRUE(fs::exists(cache)) << "the first load writes the cache, creating its folder";
  ASSERT_NE(built.Find("lachin"), nullptr);

  // A cache with the right key is believed: plant one whose Lachin is renamed.
  Gazetteer planted = built;
  for (GazetteerEntry& e : planted.mutable_entries())
    if (e.id == "lachin") e.name = "Planted";
  WriteFileAtomically(cache, SerializeGazetteer(planted, GazetteerCacheKey(sources)));
  EXPECT_EQ(LoadGazetteerCached(sources, cache).Find("lachin")->name, "Planted");

  // Editing a source changes its stamp: the cache is rebuilt from the sources and rewritten.
  {
    std::ofstream touch(sources.not_places, std::ios::app);
    touch << "\n";
  }
  EXPECT_EQ(LoadGazetteerCached(sources, cache).Find("lachin")->name, built.Find("lachin")->name);
  Gazetteer rewritten;
  ASSERT_TRUE(DeserializeGazetteer(ReadWholeFile(cache), GazetteerCacheKey(sources), &rewritten));
  EXPECT_EQ(rewritten.Find("lachin")->name, built.Find("lachin")->name);

  // A damaged cache is rebuilt, not trusted.
  WriteFileAtomically(cache, "ATLGAZ01 garbage");
  EXPECT_EQ(LoadGazetteerCached(sources, cache).entries().size(), built.entries().size());
}

TEST(GazetteerCache, UnwritableFolderStillLoads) {
  const fs::path dir = FreshDir("unwritable");
  const GazetteerSources sources = CopiedFixture(dir);
  // A regular file where the cache folder should be: nothing can be created under it.
  std::ofstream(dir / "blocked") << "x";
  const Gazetteer g = LoadGazetteerCached(sources, dir / "blocked" / "gazetteer.bin");
  EXPECT_NE(g.Find("lachin"), nullptr);
}

TEST(GazetteerCache, BadSourcesStillFailWithTheirName) {
  const fs::path dir = FreshDir("bad");
  GazetteerSources sources;
  sources.curated_places = (dir / "absent.json").string();
  try {
    LoadGazetteerCached(sources, dir / "gazetteer.bin");
    FAIL() << "a missing source is an error, cache or not";
  } catch (const AtlasError& e) {
    EXPECT_NE(std::string(e.what()).find("absent.json"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir / "gazetteer.bin"));
}

}  // namespace
}  // namespace atlas::text

// Briefing exports end to end, through ExportView as the CLI and the GUI call it, on the
// bundled corpus: golden pages (tests/render/briefings/<case>/), identical pixels for the same
// view, a legend that follows the layer switches, and a citations file that lists exactly
// the passages behind the places a known view shows. ATLAS_UPDATE_GOLDENS=1 rewrites the
// expected pages (look at each before committing).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "map/view_spec.h"
#include "render/image.h"
#include "render/map_export.h"
#include "render_fixture.h"
#include "store/corpus_store.h"
#include "text/mention_linker.h"

namespace atlas::render::testing {
namespace {
namespace fs = std::filesystem;

constexpr int kChannelThreshold = 24;
constexpr double kAllowedFraction = 0.003;

class BriefingExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("atlas-briefing-" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::create_directories(*dir_);
  }
  static void TearDownTestSuite() {
    if (!std::getenv("ATLAS_KEEP_OUTPUT")) fs::remove_all(*dir_);
    delete dir_;
  }
  // Exports `spec` to OUT.png in the suite's folder; the first export stores the bundled corpus.
  static MapExportReport Export(const map::ViewSpec& spec, const std::string& out) {
    ExportRequest request;
    request.spec = spec;
    request.out = *dir_ / out;
    request.database = *dir_ / "corpus.sqlite";
    return ExportView(request);
  }
  static fs::path Path(const std::string& name) { return *dir_ / name; }
  static map::ViewSpec Case(const std::string& name) {
    return map::ReadViewFile(fs::path(ATLAS_SOURCE_DIR) / "tests/render/briefings" / name / "view.json");
  }
  static fs::path* dir_;
};
fs::path* BriefingExport::dir_ = nullptr;

void ExpectMatchesGolden(const std::string& name, const fs::path& actual_png) {
  const fs::path expected_png = fs::path(ATLAS_SOURCE_DIR) / "tests/render/briefings" / name / "expected.png";
  const Image actual = ReadPng(actual_png);
  if (std::getenv("ATLAS_UPDATE_GOLDENS")) {
    fs::copy_file(actual_png, expected_png, fs::copy_options::overwrite_existing);
    std::printf("updated %s: look at it before committing\n", expected_png.c_str());
    return;
  }
  ASSERT_TRUE(fs::exists(expected_png)) << "no golden for " << name << "; run with ATLAS_UPDATE_GOLDENS=1";
  const ImageComparison cmp = CompareImages(ReadPng(expected_png), actual, kChannelThreshold);
  if (cmp.differing_fraction > kAllowedFraction) {
    const fs::path out = fs::path(ATLAS_RENDER_OUTPUT) / ("briefing_" + name);
    fs::create_directories(out);
    fs::copy_file(actual_png, out / "actual.png", fs::copy_options::overwrite_existing);
    if (!cmp.diff.rgba.empty()) WritePng(cmp.diff, out / "diff.png");
    FAIL() << name << ": " << cmp.differing_fraction * 100 << "% of pixels differ; see " << out;
  }
}

TEST_F(BriefingExport, LachinCorridorPageMatchesItsGolden) {
  const MapExportReport report = Export(Case("lachin_corridor_2020_2023"), "lachin.png");
  EXPECT_EQ(report.width, 1400);
  EXPECT_GT(report.passages, 0);
  ExpectMatchesGolden("lachin_corridor_2020_2023", Path("lachin.png"));
}

TEST_F(BriefingExport, RussiaTurkeyPageMatchesItsGolden) {
  Export(Case("russia_turkey_military"), "ru_tr.png");
  ExpectMatchesGolden("russia_turkey_military", Path("ru_tr.png"));
}

TEST_F(BriefingExport, SameViewTwiceGivesIdenticalPixels) {
  // Same file name in two folders: the page names its citation file.
  const map::ViewSpec spec = Case("lachin_corridor_2020_2023");
  fs::create_directories(Path("once"));
  fs::create_directories(Path("twice"));
  Export(spec, "once/view.png");
  Export(spec, "twice/view.png");
  const Image a = ReadPng(Path("once/view.png")), b = ReadPng(Path("twice/view.png"));
  ASSERT_EQ(a.width, b.width);
  EXPECT_TRUE(a.rgba == b.rgba) << "two exports of one view differ";
  auto read = [](const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  EXPECT_EQ(read(Path("once/view.sources.md")), read(Path("twice/view.sources.md")));
  EXPECT_EQ(read(Path("once/view.sources.html")), read(Path("twice/view.sources.html")));
}

TEST_F(BriefingExport, LegendFollowsTheLayerSwitches) {
  map::ViewSpec spec = Case("lachin_corridor_2020_2023");
  auto has = [](const MapExportReport& r, const std::string& label) {
    return std::find(r.legend.begin(), r.legend.end(), label) != r.legend.end();
  };
  const MapExportReport all = Export(spec, "legend_all.png");
  ASSERT_TRUE(has(all, "Military events"));
  ASSERT_TRUE(has(all, "Under construction")) << "the Aras route of the Zangezur corridor";
  spec.layers.Set("events_military", false);
  const MapExportReport no_military = Export(spec, "legend_no_military.png");
  EXPECT_FALSE(has(no_military, "Military events"));
  EXPECT_EQ(no_military.legend.size() + 1, all.legend.size()) << "only that row goes";
  EXPECT_FALSE(ReadPng(Path("legend_all.png")).rgba == ReadPng(Path("legend_no_military.png")).rgba);
  spec.layers.Set("corridors", false);
  const MapExportReport no_corridors = Export(spec, "legend_no_corridors.png");
  EXPECT_FALSE(has(no_corridors, "Under construction"));
  EXPECT_FALSE(has(no_corridors, "Open"));
  EXPECT_TRUE(has(no_corridors, "International border"));
}

// A known view: around Shusha and Stepanakert, places only, autumn 2020. The citations must
// list exactly the passages of that window that mention a place lying in the view.
TEST_F(BriefingExport, CitationsListThePassagesBehindTheVisiblePlaces) {
  map::ViewSpec spec;
  spec.bbox = map::LonLatBox{46.55, 39.65, 46.95, 39.95};
  spec.width = 900;
  spec.height = 700;
  for (const char* off : {"corridors", "presence", "events_military", "events_diplomatic", "events_infrastructure",
                          "events_humanitarian", "events_political", "events_economic"})
    spec.layers.Set(off, false);
  spec.date_from = "2020-09-27";
  spec.date_to = "2020-12-31";
  spec.brief = map::BriefSpec{};
  spec.brief->title = "Shusha and Stepanakert, autumn 2020";
  Export(spec, "shusha.png");

  // What the map shows, from the store and the gazetteer: places with a mention in the window
  // whose point lies inside the view's box (kept clear of its edges so rounding cannot matter).
  store::CorpusStore store(Path("corpus.sqlite"), store::SqliteDb::Mode::kReadOnly);
  const text::Gazetteer& gazetteer = text::BundledLinker().gazetteer();
  store::Statement q(store.db(),
                     "SELECT DISTINCT m.place_id, d.path, p.first_line FROM mentions m JOIN passages p ON p.id = m.passage_id "
                     "JOIN articles a ON a.id = p.article_id JOIN documents d ON d.id = a.document_id "
                     "WHERE p.date_end >= '2020-09-27' AND p.date_start <= '2020-12-31'");
  std::set<std::string> expected, places;
  while (q.Step()) {
    const text::GazetteerEntry* e = gazetteer.Find(q.Text(0));
    ASSERT_NE(e, nullptr);
    const bool inside = e->lon > 46.55 && e->lon < 46.95 && e->lat > 39.65 && e->lat < 39.95;
    if (!inside) continue;
    EXPECT_TRUE(e->lon > 46.56 && e->lon < 46.94 && e->lat > 39.66 && e->lat < 39.94) << e->id << " is on the edge";
    places.insert(e->id);
    expected.insert(fs::path(q.Text(1)).filename().string() + ", line " + std::to_string(q.Int(2)));
  }
  ASSERT_TRUE(places.count("shusha")) << "the known view must show Shusha";
  ASSERT_TRUE(places.count("stepanakert"));

  std::ifstream md(Path("shusha.sources.md"));
  std::set<std::string> cited;
  const std::regex citation(R"(^\*\*\[\d+\]\*\* .*\((.+), (line \d+)\)$)");
  std::string line;
  while (std::getline(md, line)) {
    std::smatch m;
    if (std::regex_match(line, m, citation))
      cited.insert(std::regex_replace(m[1].str(), std::regex(R"(\\_)"), "_") + ", " + m[2].str());
  }
  EXPECT_EQ(cited, expected);
}

}  // namespace
}  // namespace atlas::render::testing

// The core loop as an analyst does it, in the real GUI under Xvfb with real input events:
// the bundled corpus loads on first start; a click on Lachin lists exactly the passages that
// mention Lachin; typing "Şuşa" in the search box finds Shusha and lists its passages.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "store/corpus_store.h"

namespace atlas {
namespace {
namespace fs = std::filesystem;
using nlohmann::json;

std::vector<json> ReadTrace(const fs::path& path) {
  std::vector<json> lines;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(json::parse(line));
  return lines;
}

std::set<int64_t> PassagesMentioning(const fs::path& db, const std::string& place) {
  store::CorpusStore store(db, store::SqliteDb::Mode::kReadOnly);
  store::Statement q(store.db(), "SELECT DISTINCT passage_id FROM mentions WHERE place_id = ?1");
  q.Bind(1, place);
  std::set<int64_t> ids;
  while (q.Step()) ids.insert(q.Int(0));
  return ids;
}

std::set<int64_t> Listed(const json& event) {
  std::set<int64_t> ids;
  for (const auto& id : event.at("passages")) ids.insert(id.get<int64_t>());
  return ids;
}

TEST(GuiEndToEnd, ClickLachinThenSearchShusha) {
  const fs::path home = fs::temp_directory_path() / ("atlas-e2e-" + std::to_string(::getpid()));
  fs::remove_all(home);
  fs::create_directories(home);
  const fs::path trace = home / "trace.jsonl", view = home / "lachin.json";
  // Lachin town at the window's centre, at district scale. "Şuşa" is typed key by key on a
  // Turkish keyboard (drive_gui.sh sets it), Shift giving the capital, as an analyst types it.
  std::ofstream(view) << R"({"caucasus_atlas_view": 1, "center": {"lon": 46.5469, "lat": 39.6394}, "zoom": 10})";
  const std::string env = "XDG_CONFIG_HOME=" + (home / "config").string() + " XDG_DATA_HOME=" + (home / "data").string() +
                          " XDG_CACHE_HOME=" + (home / "cache").string() + " ATLAS_UI_TRACE=" + trace.string() + " ";
  const std::string command = env + "xvfb-run -a -s '-screen 0 1600x1000x24' " ATLAS_DRIVER " " ATLAS_EXE " " +
                              trace.string() + " " + view.string() +
                              " 'mousemove 800 500' 'click 1' 'key ctrl+f' 'key --delay 150 shift+scedilla u scedilla a' 'keydown Return' 'keyup Return'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;

  const std::vector<json> events = ReadTrace(trace);
  const fs::path db = home / "data/caucasus-atlas/corpus.sqlite";
  ASSERT_TRUE(fs::exists(db)) << "the bundled corpus was not stored on first start";

  // 1. The click: the Sources panel listed exactly the passages that mention Lachin.
  const json* lachin = nullptr;
  for (const auto& e : events)
    if (e["event"] == "sources" && e["place"] == "lachin") lachin = &e;
  ASSERT_NE(lachin, nullptr) << "clicking Lachin did not open its sources";
  const std::set<int64_t> expected = PassagesMentioning(db, "lachin");
  EXPECT_FALSE(expected.empty());
  EXPECT_EQ(Listed(*lachin), expected);

  // 2. The search: "Şuşa" (Azerbaijani spelling) finds Shusha, and Enter lists its passages.
  const json* search = nullptr;
  for (const auto& e : events)
    if (e["event"] == "search" && e["query"] == "Şuşa") search = &e;
  std::string queries;  // what the box did see, to tell a lost key from a wrong result
  for (const auto& e : events)
    if (e["event"] == "search") queries += " '" + e["query"].get<std::string>() + "'";
  ASSERT_NE(search, nullptr) << "the search box never saw 'Şuşa'; it saw:" << queries;
  ASSERT_FALSE(search->at("places").empty());
  EXPECT_EQ(search->at("places")[0]["place"], "shusha");
  const json& last = *std::find_if(events.rbegin(), events.rend(), [](const json& e) { return e["event"] == "sources"; });
  EXPECT_EQ(last["place"], "shusha");
  EXPECT_EQ(Listed(last), PassagesMentioning(db, "shusha"));
  fs::remove_all(home);
}

}  // namespace
}  // namespace atlas

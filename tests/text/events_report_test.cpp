// The `events` report: DESIGN.md's JSON Lines, exactly (field names, order and forms), the
// quote verbatim from the stated line, and bad files reported one line each while the others go on.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "text/events_report.h"

namespace atlas::text {
namespace {

std::string TestData(const std::string& rel) { return std::string(ATLAS_TEST_DATA) + "/text/data/" + rel; }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(EventsReport, WritesDesignJsonLines) {
  const std::string file = TestData("events/en_article.txt");
  std::ostringstream out, err;
  EXPECT_EQ(WriteEventsJsonl(EventsOptions{{file}}, out, err), 0);
  EXPECT_EQ(err.str(), "");
  std::ifstream in(file);
  const std::vector<std::string> raw = Lines(std::string(std::istreambuf_iterator<char>(in), {}));
  const std::vector<std::string> lines = Lines(out.str());
  ASSERT_GE(lines.size(), 3u);
  for (const std::string& line : lines) {
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    EXPECT_EQ(keys, (std::vector<std::string>{"file", "line", "date_start", "date_end", "year_inferred", "type", "places",
                                              "actors", "quote", "confidence"}));
    EXPECT_EQ(j["file"], file);
    const std::string start = j["date_start"];
    EXPECT_TRUE(start.size() == 10 || start.size() == 7 || start.size() == 4) << start;
    EXPECT_TRUE(j["date_end"].is_null() || j["date_end"].is_string());
    EXPECT_TRUE(j["year_inferred"].is_boolean());
    for (const auto& p : j["places"]) {
      EXPECT_TRUE(p["place"].is_string() && p["name"].is_string() && p["lat"].is_number() && p["lon"].is_number()) << p;
    }
    for (const auto& a : j["actors"]) EXPECT_TRUE(a.is_string());
    const int n = j["line"];
    ASSERT_GE(n, 1);
    ASSERT_LE(n, static_cast<int>(raw.size()));
    EXPECT_NE(raw[static_cast<size_t>(n - 1)].find(j["quote"].get<std::string>()), std::string::npos) << line;
    EXPECT_GE(j["confidence"].get<double>(), 0.0);
    EXPECT_LE(j["confidence"].get<double>(), 1.0);
  }
  // Actors by their display names; a range with its end.
  EXPECT_NE(out.str().find(R"("actors":["Azerbaijan","Armenia","United Arab Emirates"])"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find(R"("date_start":"2025-06-30","date_end":"2025-07-06")"), std::string::npos) << out.str();
}

TEST(EventsReport, BadFilesGetOneLineEachAndTheOthersGoOn) {
  const std::string missing = TestData("events/no_such_file.txt"), binary = TestData("reader/pixel.png");
  const std::string good = TestData("events/ru_article.txt");
  std::ostringstream out, err;
  EXPECT_EQ(WriteEventsJsonl(EventsOptions{{missing, good, binary}}, out, err), 1);
  const std::vector<std::string> errors = Lines(err.str());
  ASSERT_EQ(errors.size(), 2u) << err.str();
  EXPECT_EQ(errors[0].rfind(missing + ": ", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind(binary + ": ", 0), 0u) << errors[1];
  EXPECT_GE(Lines(out.str()).size(), 2u) << "the good file's events are still written";
}

TEST(EventsReport, NoFileMeansTheBundledCorpus) {
  const std::vector<std::string> files = BundledCorpusFiles();
  ASSERT_GE(files.size(), 5u);
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
  for (const std::string& f : files) EXPECT_EQ(f.substr(f.size() - 4), ".txt");
}

}  // namespace
}  // namespace atlas::text

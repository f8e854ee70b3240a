// LiteralScanner: every occurrence of every literal, and the on-disk cache of the compiled
// matcher (reused when the patterns are the same, rebuilt when the file is damaged).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "text/literal_scanner.h"

namespace atlas::text {
namespace {

namespace fs = std::filesystem;

std::vector<std::pair<uint32_t, size_t>> Hits(const LiteralScanner& s, std::string_view text) {
  std::vector<LiteralScanner::Hit> hits;
  s.Scan(text, &hits);
  std::vector<std::pair<uint32_t, size_t>> out;
  for (const auto& h : hits) out.emplace_back(h.pattern, h.end);
  return out;
}

TEST(LiteralScanner, ReportsEveryOccurrenceOfOverlappingLiterals) {
  LiteralScanner s({"lachin", "lachin corridor", "chin"}, {});
  auto hits = Hits(s, "the lachin corridor; lachin");
  EXPECT_EQ(hits, (std::vector<std::pair<uint32_t, size_t>>{{0, 10}, {2, 10}, {1, 19}, {0, 27}, {2, 27}}));
}

TEST(LiteralScanner, CachesTheCompiledMatcherAndSurvivesADamagedCache) {
  fs::path dir = fs::temp_directory_path() / ("literal_scanner_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> patterns{"baku", "yerevan", "\xD8\xA8\xD8\xA7\xD9\x83\xD9\x88"};
  {
    LiteralScanner first(patterns, dir);
    EXPECT_FALSE(first.loaded_from_cache());
  }
  LiteralScanner second(patterns, dir);
  EXPECT_TRUE(second.loaded_from_cache());
  EXPECT_EQ(Hits(second, "baku, yerevan"), (std::vector<std::pair<uint32_t, size_t>>{{0, 4}, {1, 13}}));
  for (const auto& e : fs::directory_iterator(dir)) std::ofstream(e.path(), std::ios::trunc) << "garbage";
  LiteralScanner third(patterns, dir);
  EXPECT_FALSE(third.loaded_from_cache());
  EXPECT_EQ(Hits(third, "yerevan"), (std::vector<std::pair<uint32_t, size_t>>{{1, 7}}));
  LiteralScanner other({"tbilisi"}, dir);  // another gazetteer: its own file, the stale one goes
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace atlas::text

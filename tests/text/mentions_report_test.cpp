// WriteMentionsJsonl: the exact JSON Lines of DESIGN.md — lines and code-point columns over
// the raw file (CRLF, BOM, ill-formed UTF-8), chunked reading, and one-line file errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "linker_fixture.h"
#include "text/mentions_report.h"

namespace atlas::text {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class MentionsReport : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("mentions_report_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

  // Runs the report; returns the parsed lines, stderr in *err and the exit status in *status.
  std::vector<json> Run(std::vector<std::string> files, std::string* err = nullptr, int* status = nullptr,
                        size_t chunk_bytes = size_t(1) << 20) {
    MentionsOptions options;
    options.files = std::move(files);
    options.linker = &testing::FixtureLinker();
    options.chunk_bytes = chunk_bytes;
    std::ostringstream out, errs;
    int rc = WriteMentionsJsonl(options, out, errs);
    if (err) *err = errs.str();
    if (status) *status = rc;
    std::vector<json> lines;
    std::istringstream in(out.str());
    for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
    return lines;
  }

  fs::path dir_;
};

TEST_F(MentionsReport, PrintsTheDesignFieldsWithOneBasedLineAndCodePointColumn) {
  std::string path = Write("a.txt", "Talks in Şuşa.\nThen Moscow said the Lachin corridor is open.\n");
  auto lines = Run({path});
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["file"], path);
  EXPECT_EQ(lines[0]["line"], 1);
  EXPECT_EQ(lines[0]["col"], 10);
  EXPECT_EQ(lines[0]["surface"], "Şuşa");
  EXPECT_EQ(lines[0]["place"], "shusha");
  EXPECT_EQ(lines[0]["kind"], "place");
  EXPECT_DOUBLE_EQ(lines[0]["lat"].get<double>(), 39.7583);
  EXPECT_DOUBLE_EQ(lines[0]["lon"].get<double>(), 46.7494);
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[1]["col"], 6);
  EXPECT_EQ(lines[1]["metonym"], true);
  EXPECT_EQ(lines[2]["surface"], "Lachin corridor");
  EXPECT_EQ(lines[2]["kind"], "corridor");
  EXPECT_FALSE(lines[2].contains("metonym"));
}

TEST_F(MentionsReport, CountsLinesAndColumnsLikePythonOverCrlfBomAndBadBytes) {
  // BOM is a code point of line 1; \r\n and a lone \r each end one line; each maximal
  // ill-formed subsequence is one U+FFFD (one column).
  std::string path = Write("b.txt", "\xEF\xBB\xBF" "Baku\r\nx\xE2\x82 Yerevan\rend \xFF\xFE Tbilisi\r\n");
  std::string err;
  auto lines = Run({path}, &err);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["line"], 1);
  EXPECT_EQ(lines[0]["col"], 2);
  EXPECT_EQ(lines[1]["line"], 2);
  EXPECT_EQ(lines[1]["col"], 4);  // x, U+FFFD, space
  EXPECT_EQ(lines[2]["line"], 3);
  EXPECT_EQ(lines[2]["col"], 8);  // e n d space FFFD FFFD space
  EXPECT_NE(err.find(path + ": warning: 3 invalid UTF-8"), std::string::npos) << err;
}

TEST_F(MentionsReport, ChunkedReadingFindsExactlyWhatWholeTextLinkingFinds) {
  std::string text;
  for (int i = 0; i < 4000; ++i)
    text += "Line " + std::to_string(i) + ": Baku, Երևանում and the Lachin corridor;" + (i % 7 ? " " : "\r\n");
  std::string path = Write("c.txt", text);
  auto small = Run({path}, nullptr, nullptr, 20000);  // many chunks, boundaries everywhere
  auto whole = Run({path}, nullptr, nullptr, size_t(64) << 20);
  ASSERT_EQ(small.size(), 3u * 4000);
  EXPECT_EQ(small, whole);
}

TEST_F(MentionsReport, BadFilesGetOneLineEachAndTheOthersGoOn) {
  std::string good = Write("good.txt", "Baku\n");
  std::string empty = Write("empty.txt", "");
  std::string binary = Write("bin.dat", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  std::string missing = (dir_ / "missing.txt").string();
  std::string err;
  int status = 0;
  auto lines = Run({missing, binary, empty, dir_.string(), good}, &err, &status);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["file"], good);
  EXPECT_EQ(status, 1);
  std::istringstream in(err);
  std::vector<std::string> messages;
  for (std::string line; std::getline(in, line);) messages.push_back(line);
  ASSERT_EQ(messages.size(), 4u) << err;
  EXPECT_EQ(messages[0].rfind(missing + ": ", 0), 0u);
  EXPECT_EQ(messages[1], binary + ": looks like a binary file, not text");
  EXPECT_EQ(messages[2], empty + ": empty file, skipped");
  EXPECT_EQ(messages[3], dir_.string() + ": is a directory");
}

TEST_F(MentionsReport, EmptyFileAloneIsNotAFailure) {
  int status = -1;
  Run({Write("e.txt", "")}, nullptr, &status);
  EXPECT_EQ(status, 0);
}

}  // namespace
}  // namespace atlas::text

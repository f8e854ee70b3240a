// CI must run the README's test command verbatim, and the README's two commands must agree
// on how to install and build.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string Read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string LineContaining(const std::string& text, const std::string& needle) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.find(needle) != std::string::npos) return line;
  return "";
}

std::string Trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  return s;
}

TEST(ReadmeCommands, CiRunsTheReadmeTestCommandVerbatim) {
  const std::string readme = Read(std::string(ATLAS_SOURCE_DIR) + "/README.md");
  const std::string ci = Read(std::string(ATLAS_SOURCE_DIR) + "/.ci/run");
  const std::string test_command = Trim(LineContaining(readme, "ctest --test-dir build"));
  ASSERT_FALSE(test_command.empty());
  EXPECT_EQ(Trim(LineContaining(ci, "ctest --test-dir build")), test_command);
  const std::string run_command = Trim(LineContaining(readme, "./build/caucasus-atlas"));
  ASSERT_FALSE(run_command.empty());
  // Both start with the same install-and-build prefix.
  EXPECT_EQ(run_command.substr(0, run_command.find("./build/caucasus-atlas")),
            test_command.substr(0, test_command.find("ctest")));
}

}  // namespace

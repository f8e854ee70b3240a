// CI must run the README's test command verbatim; both README commands install first, and the
// test command builds with the sanitizers and tests what it built.
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
  const std::string test_command = Trim(LineContaining(readme, "ctest --test-dir "));
  ASSERT_FALSE(test_command.empty());
  EXPECT_EQ(Trim(LineContaining(ci, "ctest --test-dir ")), test_command);
  const std::string run_command = Trim(LineContaining(readme, "./build/caucasus-atlas"));
  ASSERT_FALSE(run_command.empty());
  // Both install first; the test command builds with the sanitizers and tests that build.
  const std::string install = ".ci/install-deps && ";
  EXPECT_EQ(run_command.rfind(install, 0), 0u) << run_command;
  EXPECT_EQ(test_command.rfind(install, 0), 0u) << test_command;
  EXPECT_NE(test_command.find("-DATLAS_SANITIZE=ON"), std::string::npos) << test_command;
  const size_t b = test_command.find(" -B ");
  ASSERT_NE(b, std::string::npos);
  const std::string dir = test_command.substr(b + 4, test_command.find(' ', b + 4) - (b + 4));
  EXPECT_NE(test_command.find("cmake --build " + dir + " "), std::string::npos) << test_command;
  EXPECT_NE(test_command.find("ctest --test-dir " + dir + " "), std::string::npos) << test_command;
}

}  // namespace

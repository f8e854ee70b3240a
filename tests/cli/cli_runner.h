// Runs caucasus-atlas as a user would (a child process with arguments and environment) and
// captures its exit code, stdout and stderr.
#pragma once
#include <filesystem>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace atlas::testing {

struct CliResult {
  int exit_code = -1;
  std::string out, err;
  // stderr's lines; errors must be exactly one line.
  std::vector<std::string> ErrLines() const;
};

// Faults a run can be put under: a cap on the size of any file it writes (writes beyond it
// fail as on a full disk), or SIGKILL after some seconds (exit code 128 + 9 when it came).
struct RunLimits {
  std::optional<uint64_t> max_file_bytes{};
  std::optional<double> kill_after_seconds{};
};

CliResult RunAtlas(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
                   const RunLimits& limits = {});

// A fresh temporary folder removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void WriteText(const std::filesystem::path& file, const std::string& text);

}  // namespace atlas::testing

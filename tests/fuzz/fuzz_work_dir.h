// A fuzz target's scratch folder: one per process, emptied when first asked for, for targets
// whose code under test reads and writes real files. For the fuzzers only.
#pragma once
#include <unistd.h>

#include <filesystem>
#include <string>

namespace atlas::fuzz {

inline const std::filesystem::path& FuzzWorkDir(const char* target) {
  static const std::filesystem::path dir = [target] {
    std::filesystem::path d =
        std::filesystem::temp_directory_path() / ("atlas-" + std::string(target) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace atlas::fuzz

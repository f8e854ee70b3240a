// File stamps for cache keys; see file_stamp.h.
#include "util/file_stamp.h"

#include <system_error>

namespace atlas {

std::string FileStamp(const std::filesystem::path& path) {
  std::error_code size_error, time_error;
  const auto size = std::filesystem::file_size(path, size_error);
  const auto time = std::filesystem::last_write_time(path, time_error);
  return path.string() + ":" + std::to_string(size_error ? 0 : size) + ":" +
         std::to_string(time_error ? 0 : time.time_since_epoch().count());
}

namespace {

std::filesystem::path ThisProgram() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe;
}

}  // namespace

std::string ProgramStamp() { return FileStamp(ThisProgram()); }

std::filesystem::path ProgramCacheFile(const std::filesystem::path& cache_dir, const std::string& stem) {
  const std::filesystem::path exe = ThisProgram();
  return cache_dir / (stem + "-" + (exe.empty() ? std::string("atlas") : exe.filename().string()) + ".bin");
}

}  // namespace atlas

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

}  // namespace atlas

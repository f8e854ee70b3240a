// Disk cache files; see cache_file.h.
#include "util/cache_file.h"

#include <system_error>

#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas {

std::optional<std::string> ReadCacheFile(const std::filesystem::path& file, size_t max_bytes) {
  if (file.empty()) return std::nullopt;
  try {
    return ReadWholeFile(file, max_bytes);
  } catch (const AtlasError&) {
    return std::nullopt;
  }
}

bool WriteCacheFile(const std::filesystem::path& file, std::string_view bytes) {
  if (file.empty()) return false;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  try {
    WriteFileAtomically(file, bytes);
  } catch (const AtlasError&) {
    return false;
  }
  return true;
}

}  // namespace atlas

// Reading and writing the program's disk caches (under UserCacheDir): a cache that cannot be
// read or written only costs the time to rebuild what it held, so nothing here throws.
// No GL, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace atlas {

// The file's bytes; nothing when it is absent, unreadable or larger than `max_bytes`.
std::optional<std::string> ReadCacheFile(const std::filesystem::path& file, size_t max_bytes);

// Writes the file atomically, creating its folder; false when that fails (read-only folder,
// disk full, a file where the folder should be).
bool WriteCacheFile(const std::filesystem::path& file, std::string_view bytes);

}  // namespace atlas

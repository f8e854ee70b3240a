// A short text that changes whenever a file is replaced: its path, size and modification
// time. Disk caches key their contents on the stamps of their inputs. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <string>

namespace atlas {

// "path:size:mtime"; a file that cannot be examined gets size and time 0.
std::string FileStamp(const std::filesystem::path& path);

}  // namespace atlas

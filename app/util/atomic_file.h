// Writing a file so that readers see either the old or the new content, never half:
// write a temporary sibling, flush it to disk, rename over. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <string_view>

namespace atlas {

// Throws AtlasError naming `path` on any failure (unwritable folder, disk full, ...);
// the previous content of `path`, if any, is then untouched.
void WriteFileAtomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file; throws AtlasError naming it if it cannot be read or exceeds max_bytes.
std::string ReadWholeFile(const std::filesystem::path& path, size_t max_bytes = size_t(1) << 30);

}  // namespace atlas

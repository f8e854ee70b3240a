// A short text that changes whenever a file is replaced: its path, size and modification
// time. Disk caches key their contents on the stamps of their inputs. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <string>

namespace atlas {

// "path:size:mtime"; a file that cannot be examined gets size and time 0.
std::string FileStamp(const std::filesystem::path& path);

// The stamp of the running program's file: caches of what its code computes key on it, so a
// rebuilt program never trusts what an older one wrote.
std::string ProgramStamp();

// `cache_dir`/<stem>-<program file name>.bin: one cache file per program, so a test binary
// and the application do not keep rewriting each other's.
std::filesystem::path ProgramCacheFile(const std::filesystem::path& cache_dir, const std::string& stem);

}  // namespace atlas

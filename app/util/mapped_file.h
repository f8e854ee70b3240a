// A whole file mapped read-only into memory (mmap), for large caches read once at start-up:
// no copy and no page-by-page faults. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <string_view>

namespace atlas {

class MappedFile {
 public:
  // Throws AtlasError naming the file if it cannot be opened or mapped, or exceeds max_bytes.
  explicit MappedFile(const std::filesystem::path& path, size_t max_bytes = size_t(1) << 30);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace atlas

// Read-only file mapping; see mapped_file.h.
#include "util/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "util/error.h"

namespace atlas {

MappedFile::MappedFile(const std::filesystem::path& path, size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw AtlasError(path.string(), std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    throw AtlasError(path.string(), "not a regular file");
  }
  if (size_t(st.st_size) > max_bytes) {
    ::close(fd);
    throw AtlasError(path.string(), "too large (" + std::to_string(st.st_size) + " bytes)");
  }
  size_ = size_t(st.st_size);
  if (size_ > 0) {
    // Populated at once: one call instead of a fault per page, which a virtual machine makes dear.
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) {
      const int err = errno;
      ::close(fd);
      throw AtlasError(path.string(), std::string("cannot map: ") + std::strerror(err));
    }
    data_ = p;
  }
  ::close(fd);
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

}  // namespace atlas

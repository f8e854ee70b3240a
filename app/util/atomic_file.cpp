// Atomic file replacement and bounded whole-file reads; see atomic_file.h.
#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <string>

#include "util/error.h"

namespace atlas {
namespace fs = std::filesystem;

void WriteFileAtomically(const fs::path& path, std::string_view content) {
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(errno));
  const char* p = content.data();
  size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(err));
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw AtlasError(path.string(), std::string("cannot replace: ") + std::strerror(err));
  }
}

std::string ReadWholeFile(const fs::path& path, size_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw AtlasError(path.string(), "is a folder, not a file");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw AtlasError(path.string(), std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  const bool sized = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
  if (sized && size_t(st.st_size) > max_bytes) {
    ::close(fd);
    throw AtlasError(path.string(), "too large (" + std::to_string(st.st_size) + " bytes, limit " +
                                        std::to_string(max_bytes) + ")");
  }
  // One buffer of the stated size, filled by large reads; files whose size is not known in
  // advance (pipes, /proc) or that grow meanwhile go on in 64 KiB steps up to the limit.
  std::string data(sized ? size_t(st.st_size) : size_t(0), '\0');
  size_t used = 0;
  std::string step;
  for (;;) {
    const bool full = used == data.size();
    if (full) step.resize(size_t(1) << 16);
    const ssize_t n = full ? ::read(fd, step.data(), step.size()) : ::read(fd, data.data() + used, data.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw AtlasError(path.string(), std::string("read error: ") + std::strerror(err));
    }
    if (n == 0) break;
    if (full) {
      if (used + size_t(n) > max_bytes) {
        ::close(fd);
        throw AtlasError(path.string(), "too large (more than " + std::to_string(max_bytes) + " bytes)");
      }
      data.append(step.data(), size_t(n));
    }
    used += size_t(n);
  }
  ::close(fd);
  data.resize(used);
  return data;
}

}  // namespace atlas

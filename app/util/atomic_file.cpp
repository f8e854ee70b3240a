// Atomic file replacement and bounded whole-file reads; see atomic_file.h.
#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
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
  std::ifstream in(path, std::ios::binary);
  if (!in) throw AtlasError(path.string(), std::string("cannot open: ") + std::strerror(errno));
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes)
    throw AtlasError(path.string(), "too large (" + std::to_string(size) + " bytes, limit " +
                                        std::to_string(max_bytes) + ")");
  std::string data;
  if (!ec) data.reserve(size);
  data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) throw AtlasError(path.string(), "read error");
  return data;
}

}  // namespace atlas

// PNG encoding and decoding through libpng; see image.h.
#include "render/image.h"

#include <png.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "util/error.h"

namespace atlas::render {
namespace fs = std::filesystem;
namespace {

struct FileCloser {
  void operator()(FILE* f) const {
    if (f) std::fclose(f);
  }
};

[[noreturn]] void PngError(png_structp png, png_const_charp message) {
  auto* text = static_cast<std::string*>(png_get_error_ptr(png));
  *text = message;
  png_longjmp(png, 1);
}

}  // namespace

void WritePng(const Image& image, const fs::path& path) {
  fs::path tmp = path;
  tmp += ".tmp-" + std::to_string(::getpid());
  std::unique_ptr<FILE, FileCloser> file(std::fopen(tmp.c_str(), "wb"));
  if (!file) throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(errno));
  std::string error;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, PngError, nullptr);
  png_infop info = png_create_info_struct(png);
  std::vector<uint8_t> row(size_t(image.width) * 3);
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    file.reset();
    ::unlink(tmp.c_str());
    throw AtlasError(path.string(), "cannot write PNG: " + error);
  }
  png_init_io(png, file.get());
  // Fast settings: level 2 with the Up/Sub filters keeps a 300 dpi A4 page well under 100 ms.
  png_set_compression_level(png, 2);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB | PNG_FILTER_UP);
  png_set_IHDR(png, info, png_uint_32(image.width), png_uint_32(image.height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (int y = 0; y < image.height; ++y) {
    const uint8_t* src = image.Pixel(0, y);
    for (int x = 0; x < image.width; ++x) std::memcpy(&row[size_t(x) * 3], src + size_t(x) * 4, 3);
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  const bool flushed = std::fflush(file.get()) == 0 && ::fsync(fileno(file.get())) == 0;
  const int err = errno;
  file.reset();
  if (!flushed) {
    ::unlink(tmp.c_str());
    throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(err));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int rename_err = errno;
    ::unlink(tmp.c_str());
    throw AtlasError(path.string(), std::string("cannot write: ") + std::strerror(rename_err));
  }
}

Image ReadPng(const fs::path& path) {
  png_image img;
  std::memset(&img, 0, sizeof img);
  img.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&img, path.c_str()))
    throw AtlasError(path.string(), std::string("cannot read PNG: ") + img.message);
  img.format = PNG_FORMAT_RGBA;
  Image out;
  out.width = int(img.width);
  out.height = int(img.height);
  out.rgba.resize(PNG_IMAGE_SIZE(img));
  if (!png_image_finish_read(&img, nullptr, out.rgba.data(), 0, nullptr)) {
    std::string msg = img.message;
    png_image_free(&img);
    throw AtlasError(path.string(), "cannot read PNG: " + msg);
  }
  return out;
}

}  // namespace atlas::render

// Writing whole pictures (through PngStream) and reading PNGs (libpng); see image.h.
#include "render/image.h"

#include <png.h>

#include <cstring>
#include <string>

#include "render/png_stream.h"
#include "util/error.h"

namespace atlas::render {
namespace fs = std::filesystem;
void WritePng(const Image& image, const fs::path& path) {
  PngStream png(path, image.width, image.height);
  png.WriteRows(image.rgba.data(), image.height, size_t(image.width) * 4);
  png.Finish();
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

// FBO set-up, resolve and read-back; see offscreen_target.h.
#include "render/offscreen_target.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "util/error.h"

namespace atlas::render {

OffscreenTarget::OffscreenTarget(int width, int height, int samples)
    : width_(width), height_(height), samples_(samples), multisampled_(MakeFramebuffer()),
      resolved_(MakeFramebuffer()), ms_colour_(MakeRenderbuffer()), colour_(MakeRenderbuffer()) {
  GLint max_size = 0, max_samples = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
  glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
  if (width <= 0 || height <= 0 || width > max_size || height > max_size)
    throw AtlasError("export", std::to_string(width) + "x" + std::to_string(height) +
                                   " pixels is beyond this GL's limit of " + std::to_string(max_size));
  samples_ = std::clamp(samples, 0, int(max_samples));
  glBindRenderbuffer(GL_RENDERBUFFER, colour_.get());
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glBindFramebuffer(GL_FRAMEBUFFER, resolved_.get());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_.get());
  if (samples_ > 1) {
    glBindRenderbuffer(GL_RENDERBUFFER, ms_colour_.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples_, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, multisampled_.get());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, ms_colour_.get());
  }
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    throw AtlasError("export", "cannot allocate a " + std::to_string(width) + "x" + std::to_string(height) +
                                   " framebuffer (out of memory?)");
}

void OffscreenTarget::Bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, samples_ > 1 ? multisampled_.get() : resolved_.get());
  glViewport(0, 0, width_, height_);
}

Image OffscreenTarget::ReadImage() const {
  if (samples_ > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, multisampled_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_.get());
  Image image;
  image.width = width_;
  image.height = height_;
  image.rgba.resize(size_t(width_) * size_t(height_) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  // GL's rows run bottom-up; pictures run top-down.
  const size_t stride = size_t(width_) * 4;
  std::vector<uint8_t> row(stride);
  for (int y = 0; y < height_ / 2; ++y) {
    uint8_t* a = &image.rgba[size_t(y) * stride];
    uint8_t* b = &image.rgba[size_t(height_ - 1 - y) * stride];
    std::memcpy(row.data(), a, stride);
    std::memcpy(a, b, stride);
    std::memcpy(b, row.data(), stride);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return image;
}

}  // namespace atlas::render

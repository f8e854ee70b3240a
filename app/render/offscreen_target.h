// A framebuffer to render into without a window: multisampled colour for smooth edges,
// resolved and read back as an Image. Needs a current GL context; no ImGui.
#pragma once
#include "render/gl_resources.h"
#include "render/image.h"

namespace atlas::render {

class OffscreenTarget {
 public:
  // Throws AtlasError when the size exceeds what the GL implementation supports.
  OffscreenTarget(int width, int height, int samples = 4);
  void Bind() const;     // subsequent drawing goes here
  Image ReadImage() const;  // resolves multisampling and reads back, top row first
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  int width_, height_, samples_;
  GlFramebuffer multisampled_, resolved_;
  GlRenderbuffer ms_colour_, colour_;
};

}  // namespace atlas::render

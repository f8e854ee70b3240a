// Owning handles for OpenGL objects (buffers, vertex arrays, textures, framebuffers,
// renderbuffers, programs) and the glad include. Needs a current GL context; no ImGui.
#pragma once
#include <glad/gl.h>

#include <utility>

namespace atlas::render {

// A move-only GL name with the matching delete function.
template <void (*Delete)(GLuint)>
class GlName {
 public:
  GlName() = default;
  explicit GlName(GLuint id) : id_(id) {}
  ~GlName() { reset(); }
  GlName(GlName&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
  GlName& operator=(GlName&& o) noexcept {
    if (this != &o) {
      reset();
      id_ = std::exchange(o.id_, 0);
    }
    return *this;
  }
  GlName(const GlName&) = delete;
  GlName& operator=(const GlName&) = delete;
  GLuint get() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  void reset() {
    if (id_) Delete(id_);
    id_ = 0;
  }

 private:
  GLuint id_ = 0;
};

void DeleteBuffer(GLuint id);
void DeleteVertexArray(GLuint id);
void DeleteTexture(GLuint id);
void DeleteFramebuffer(GLuint id);
void DeleteRenderbuffer(GLuint id);
void DeleteProgram(GLuint id);

using GlBuffer = GlName<DeleteBuffer>;
using GlVertexArray = GlName<DeleteVertexArray>;
using GlTexture = GlName<DeleteTexture>;
using GlFramebuffer = GlName<DeleteFramebuffer>;
using GlRenderbuffer = GlName<DeleteRenderbuffer>;
using GlProgram = GlName<DeleteProgram>;

GlBuffer MakeBuffer();
GlVertexArray MakeVertexArray();
GlTexture MakeTexture();
GlFramebuffer MakeFramebuffer();
GlRenderbuffer MakeRenderbuffer();

}  // namespace atlas::render

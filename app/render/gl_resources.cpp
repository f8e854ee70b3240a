// Creation and deletion of GL names; see gl_resources.h.
#include "render/gl_resources.h"

namespace atlas::render {

void DeleteBuffer(GLuint id) { glDeleteBuffers(1, &id); }
void DeleteVertexArray(GLuint id) { glDeleteVertexArrays(1, &id); }
void DeleteTexture(GLuint id) { glDeleteTextures(1, &id); }
void DeleteFramebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
void DeleteRenderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
void DeleteProgram(GLuint id) { glDeleteProgram(id); }

GlBuffer MakeBuffer() {
  GLuint id = 0;
  glGenBuffers(1, &id);
  return GlBuffer(id);
}
GlVertexArray MakeVertexArray() {
  GLuint id = 0;
  glGenVertexArrays(1, &id);
  return GlVertexArray(id);
}
GlTexture MakeTexture() {
  GLuint id = 0;
  glGenTextures(1, &id);
  return GlTexture(id);
}
GlFramebuffer MakeFramebuffer() {
  GLuint id = 0;
  glGenFramebuffers(1, &id);
  return GlFramebuffer(id);
}
GlRenderbuffer MakeRenderbuffer() {
  GLuint id = 0;
  glGenRenderbuffers(1, &id);
  return GlRenderbuffer(id);
}

}  // namespace atlas::render

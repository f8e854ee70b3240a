// A linked GLSL program built from the embedded sources in shaders/, with uniform lookup.
// Needs a current GL context; no ImGui.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

#include "render/gl_resources.h"

namespace atlas::render {

class ShaderProgram {
 public:
  // Compiles shaders/<vertex> and shaders/<fragment>; throws AtlasError with the GL log.
  ShaderProgram(std::string_view vertex_name, std::string_view fragment_name);
  void Use() const { glUseProgram(program_.get()); }
  GLint Uniform(const char* name);  // -1 if the uniform was optimised away
  GLuint id() const { return program_.get(); }

 private:
  GlProgram program_;
  std::unordered_map<std::string, GLint> uniforms_;
};

}  // namespace atlas::render

// GLSL compile and link with readable errors; see shader_program.h.
#include "render/shader_program.h"

#include <vector>

#include "embedded_shaders.h"
#include "util/error.h"

namespace atlas::render {
namespace {

GLuint Compile(GLenum type, std::string_view name) {
  auto source = shaders::Find(name);
  if (!source) throw AtlasError("shaders/" + std::string(name), "not embedded in this build");
  GLuint shader = glCreateShader(type);
  const char* text = source->data();
  const GLint length = static_cast<GLint>(source->size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint len = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &len);
    std::vector<char> log(size_t(std::max(len, 1)));
    glGetShaderInfoLog(shader, len, nullptr, log.data());
    glDeleteShader(shader);
    std::string msg(log.data());
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\0')) msg.pop_back();
    for (char& c : msg)
      if (c == '\n') c = ' ';
    throw AtlasError("shaders/" + std::string(name), "does not compile: " + msg);
  }
  return shader;
}

}  // namespace

ShaderProgram::ShaderProgram(std::string_view vertex_name, std::string_view fragment_name) {
  GLuint vs = Compile(GL_VERTEX_SHADER, vertex_name);
  GLuint fs = 0;
  try {
    fs = Compile(GL_FRAGMENT_SHADER, fragment_name);
  } catch (...) {
    glDeleteShader(vs);
    throw;
  }
  program_ = GlProgram(glCreateProgram());
  glAttachShader(program_.get(), vs);
  glAttachShader(program_.get(), fs);
  glLinkProgram(program_.get());
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(program_.get(), GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[1024] = {};
    glGetProgramInfoLog(program_.get(), sizeof log, nullptr, log);
    throw AtlasError("shaders/" + std::string(vertex_name) + "+" + std::string(fragment_name),
                     std::string("do not link: ") + log);
  }
}

GLint ShaderProgram::Uniform(const char* name) {
  auto it = uniforms_.find(name);
  if (it != uniforms_.end()) return it->second;
  GLint loc = glGetUniformLocation(program_.get(), name);
  uniforms_.emplace(name, loc);
  return loc;
}

}  // namespace atlas::render

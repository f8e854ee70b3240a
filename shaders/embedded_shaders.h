// The GLSL sources of shaders/, embedded at build time (see embed_shaders.cmake).
// Plain strings only: this header must not include GL.
#pragma once
#include <optional>
#include <string_view>

namespace atlas::shaders {
// Source text of shaders/<name> (e.g. "line.vert"), or nothing if no such file was embedded.
std::optional<std::string_view> Find(std::string_view name);
}  // namespace atlas::shaders

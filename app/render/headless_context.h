// An OpenGL 3.3 core context without any window or X display: EGL on Mesa's surfaceless
// platform, for exports and render tests. Rendering goes into framebuffer objects. No ImGui.
#pragma once
#include <memory>

namespace atlas::render {

class HeadlessContext {
 public:
  // Creates the context, makes it current and loads GL with glad. Throws AtlasError("EGL", ...)
  // with the reason when no suitable display or context is available.
  HeadlessContext();
  ~HeadlessContext();
  HeadlessContext(const HeadlessContext&) = delete;
  HeadlessContext& operator=(const HeadlessContext&) = delete;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace atlas::render

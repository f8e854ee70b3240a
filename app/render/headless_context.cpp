// EGL surfaceless context creation; see headless_context.h.
#include "render/headless_context.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <string>

#include "render/gl_resources.h"
#include "util/error.h"

namespace atlas::render {

struct HeadlessContext::State {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
};

namespace {

[[noreturn]] void Fail(const std::string& what) {
  throw AtlasError("EGL", what + " (error 0x" + [] {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", eglGetError());
    return std::string(buf);
  }() + "); headless rendering needs Mesa's EGL (libegl-mesa0)");
}

}  // namespace

HeadlessContext::HeadlessContext() : state_(std::make_unique<State>()) {
  auto get_platform_display =
      reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!get_platform_display) Fail("eglGetPlatformDisplayEXT is unavailable");
  // Surfaceless works with no X server at all; plain eglGetDisplay would need $DISPLAY.
  state_->display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (state_->display == EGL_NO_DISPLAY) Fail("no surfaceless EGL display");
  EGLint major = 0, minor = 0;
  if (!eglInitialize(state_->display, &major, &minor)) Fail("cannot initialise EGL");
  if (!eglBindAPI(EGL_OPENGL_API)) Fail("EGL cannot bind desktop OpenGL");
  const EGLint config_attribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  if (!eglChooseConfig(state_->display, config_attribs, &config, 1, &count) || count == 0) {
    config = nullptr;  // surfaceless contexts may be created without a config (EGL_KHR_no_config_context)
  }
  const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                    EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  state_->context = eglCreateContext(state_->display, config, EGL_NO_CONTEXT, context_attribs);
  if (state_->context == EGL_NO_CONTEXT) Fail("cannot create an OpenGL 3.3 core context");
  if (!eglMakeCurrent(state_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, state_->context))
    Fail("cannot make the context current");
  if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(eglGetProcAddress))) Fail("cannot load OpenGL functions");
}

HeadlessContext::~HeadlessContext() {
  if (state_->display != EGL_NO_DISPLAY) {
    eglMakeCurrent(state_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    if (state_->context != EGL_NO_CONTEXT) eglDestroyContext(state_->display, state_->context);
    eglTerminate(state_->display);
  }
}

}  // namespace atlas::render

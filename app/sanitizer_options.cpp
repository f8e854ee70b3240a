// Compiled into every program of a sanitizer build (-DATLAS_SANITIZE=ON or ATLAS_FUZZ) and
// nowhere else: the sanitizers' defaults, so tests and the programs they start behave alike.
#include <dlfcn.h>
#include <sanitizer/common_interface_defs.h>

extern "C" {

// Shared libraries stay loaded to the end: Mesa unloads its driver when the GL context goes,
// and whatever the driver still held would be reported as leaked from code that no longer
// exists (no names, nothing to suppress). Held until exit, it is simply reachable.
int dlclose(void*) noexcept { return 0; }

// Leaks are errors; undefined behaviour stops the program with a stack.
__attribute__((used, visibility("default"))) const char* __asan_default_options() {
  return "detect_leaks=1:check_initialization_order=1:strict_init_order=1";
}
__attribute__((used, visibility("default"))) const char* __ubsan_default_options() {
  return "halt_on_error=1:print_stacktrace=1";
}
// What the system's libraries keep for the life of the process (Mesa's GL and its LLVM,
// fontconfig, X11 and GLFW, GDAL's and PROJ's caches) is not ours to free.
__attribute__((used, visibility("default"))) const char* __lsan_default_suppressions() {
  return "leak:libLLVM\n"
         "leak:swrast_dri\n"
         "leak:libgallium\n"
         "leak:libEGL\n"
         "leak:libGLX\n"
         "leak:libGLdispatch\n"
         "leak:libglapi\n"
         "leak:libfontconfig\n"
         "leak:libX11\n"
         "leak:libxcb\n"
         "leak:libglfw\n"
         "leak:libdbus\n"
         "leak:libgdal\n"
         "leak:libproj\n"
         "leak:libgeos\n";
}

}  // extern "C"

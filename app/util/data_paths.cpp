// Resolves bundled and per-user folders; see data_paths.h.
#include "util/data_paths.h"

#include <cstdlib>
#include <system_error>

#include "util/error.h"

#ifndef ATLAS_DATA_DIR
#define ATLAS_DATA_DIR "."
#endif

namespace atlas {
namespace fs = std::filesystem;
namespace {

fs::path g_override;

fs::path UserFolder(const char* xdg_var, const char* home_fallback) {
  fs::path base;
  if (const char* v = std::getenv(xdg_var); v && *v) {
    base = v;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = fs::path(home) / home_fallback;
  } else {
    throw AtlasError(xdg_var, "neither it nor $HOME is set; cannot find the user folder");
  }
  fs::path dir = base / "caucasus-atlas";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw AtlasError(dir.string(), "cannot create folder: " + ec.message());
  return dir;
}

}  // namespace

void SetDataDirOverride(const fs::path& dir) { g_override = dir; }

fs::path DataDir(const fs::path& override_dir) {
  fs::path candidate = !override_dir.empty() ? override_dir : g_override;
  if (candidate.empty()) {
    const char* env = std::getenv("CAUCASUS_ATLAS_DATA");
    candidate = (env && *env) ? fs::path(env) : fs::path(ATLAS_DATA_DIR);
  }
  std::error_code ec;
  if (!fs::is_directory(candidate / "assets", ec))
    throw AtlasError(candidate.string(), "not a Caucasus Atlas data folder (no assets/ inside)");
  return candidate;
}

fs::path AssetsDir() { return DataDir() / "assets"; }
fs::path GeodataDir() { return DataDir() / "geodata"; }
fs::path UserDataDir() { return UserFolder("XDG_DATA_HOME", ".local/share"); }
fs::path UserConfigDir() { return UserFolder("XDG_CONFIG_HOME", ".config"); }
fs::path UserCacheDir() { return UserFolder("XDG_CACHE_HOME", ".cache"); }

}  // namespace atlas

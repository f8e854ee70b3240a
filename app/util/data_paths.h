// Where things live on disk: the bundled data (assets/, geodata/) and the user's own
// data, config and cache folders (XDG). Owns path rules only; no GL, no ImGui.
#pragma once
#include <filesystem>
#include <string>

namespace atlas {

// The folder holding assets/ and geodata/. Order: explicit override (--data),
// $CAUCASUS_ATLAS_DATA, the build-time default. Throws AtlasError if none holds assets/.
std::filesystem::path DataDir(const std::filesystem::path& override_dir = {});
void SetDataDirOverride(const std::filesystem::path& dir);

std::filesystem::path AssetsDir();   // DataDir()/assets
std::filesystem::path GeodataDir();  // DataDir()/geodata

// $XDG_DATA_HOME/caucasus-atlas (default ~/.local/share/caucasus-atlas); created on demand.
std::filesystem::path UserDataDir();
// $XDG_CONFIG_HOME/caucasus-atlas (default ~/.config/caucasus-atlas); created on demand.
std::filesystem::path UserConfigDir();
// $XDG_CACHE_HOME/caucasus-atlas (default ~/.cache/caucasus-atlas); created on demand.
std::filesystem::path UserCacheDir();

}  // namespace atlas

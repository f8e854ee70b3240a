// A disk cache of the tessellated basemap scene (fills, line strips, label candidates): the
// slow part of start-up is derived data, rebuilt only when the geodata or the program change.
// Plain files in the user's cache folder; a corrupt or stale cache is ignored. No GL, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "map/basemap_scene.h"

namespace atlas::map {

// Identifies the inputs a cached scene was built from: the geodata files' sizes and times
// and the running executable's (a rebuilt program may build scenes differently).
std::string SceneCacheKey(const std::filesystem::path& vector_file, const std::filesystem::path& relief_file);

// $XDG_CACHE_HOME/caucasus-atlas (default ~/.cache/caucasus-atlas); empty if unavailable.
std::filesystem::path SceneCacheDir();

// The cached parts (fills, lines, labels) for `key`, or nothing (absent, stale or corrupt).
std::optional<BasemapScene> LoadCachedScene(const std::filesystem::path& dir, const std::string& key);
// Best effort: a cache that cannot be written is not an error. Removes older scene caches.
void SaveCachedScene(const std::filesystem::path& dir, const std::string& key, const BasemapScene& scene);

}  // namespace atlas::map

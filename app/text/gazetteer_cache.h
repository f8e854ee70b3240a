// The built gazetteer kept on disk, so that a process need not open the GeoPackage, parse
// the curated JSON and fold the word list again. Owns the cache file's format and key only;
// no GL, ImGui or SQL (GDAL only through LoadGazetteer when the cache is stale).
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

#include "text/gazetteer.h"

namespace atlas::text {

// What a cache file must have been written for: the stamps of every source file and of the
// program that built it (its loading rules live in its code).
std::string GazetteerCacheKey(const GazetteerSources& sources);

// The gazetteer as bytes, and back. Reading returns false on anything damaged, truncated or
// written for another key; `out` is then unspecified.
std::string SerializeGazetteer(const Gazetteer& gazetteer, std::string_view key);
bool DeserializeGazetteer(std::string_view bytes, std::string_view key, Gazetteer* out);

// Loads the gazetteer from `cache_file` when it was written for these sources by this
// program; otherwise builds it with LoadGazetteer (which throws AtlasError on bad sources)
// and rewrites the file. A cache that cannot be read or written is never an error.
// An empty `cache_file` always builds.
Gazetteer LoadGazetteerCached(const GazetteerSources& sources, const std::filesystem::path& cache_file);

// The cache file for this program under `cache_dir`: one per executable name, so a test
// binary and the application do not rewrite each other's.
std::filesystem::path GazetteerCacheFile(const std::filesystem::path& cache_dir);

// The bundled sources' gazetteer, loaded once per process through the user's cache folder.
const Gazetteer& BundledGazetteer();

}  // namespace atlas::text

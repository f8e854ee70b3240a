// Reads the curated gazetteer files (assets/gazetteer/places.json, not_places.json) into a
// Gazetteer. Owns their schema checks; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string>

#include "text/gazetteer.h"

namespace atlas::text {

// places.json: {"version":1, "entries":[{id, kind, name, lat, lon, country, importance,
// geonames_id?, labels?, names{lang:[...]}, context?, alternatives?, note?}]}.
// Throws AtlasError("<path>", "<problem>") on unreadable or malformed JSON, a missing or
// mistyped field, an unknown kind or a duplicate id.
void LoadCuratedPlaces(const std::string& path, Gazetteer* gazetteer);

// not_places.json: {"version":1, "phrases":[{"text":..., "why":...}]}.
void LoadNotPlaces(const std::string& path, Gazetteer* gazetteer);

}  // namespace atlas::text

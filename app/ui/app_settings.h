// What the GUI remembers between runs (last view, layers, naming convention, date filter,
// open panels) in the user's config folder, written atomically. A corrupt file is set aside
// with a message, never fatal. ImGui's own window layout lives beside it (imgui.ini).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "map/layer_ids.h"
#include "map/naming_convention.h"
#include "store/corpus_queries.h"

namespace atlas::ui {

struct AppSettings {
  static constexpr int kVersion = 1;
  std::optional<double> center_lon, center_lat, zoom;
  map::LayerVisibility layers;
  map::NamingConvention naming = map::NamingConvention::kInternational;
  store::CorpusFilter filter;
  bool show_layers = true, show_sources = true, show_timeline = true, show_actors = false;
};

std::filesystem::path SettingsPath();  // UserConfigDir()/settings.json

// Missing file: defaults. Unreadable or malformed: defaults, the file renamed to
// settings.json.corrupt-<time>, and `notice` says so in one line.
AppSettings LoadSettings(const std::filesystem::path& path, std::string* notice);
// Throws AtlasError naming the file when it cannot be written; the old file stays intact.
void SaveSettings(const std::filesystem::path& path, const AppSettings& settings);

}  // namespace atlas::ui

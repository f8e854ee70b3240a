// Named views in the GUI: the bundled ones (assets/views) and the analyst's own (a views folder
// in the user's config directory), captured from the app state, saved atomically and applied.
// Knows AppState and the view file format; draws nothing.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "map/view_spec.h"
#include "ui/app_state.h"

namespace atlas::ui {

struct NamedView {
  std::string name;  // the file's "name", or its file name without .json
  std::filesystem::path path;
  bool bundled = false;
};

std::filesystem::path UserViewsDir();  // UserConfigDir()/views

// The bundled views, then the user's, each sorted by name. Files that do not read as a view
// are left out; `problems` (if given) gets one line for each.
std::vector<NamedView> ListNamedViews(const std::filesystem::path& user_dir = UserViewsDir(),
                                      std::vector<std::string>* problems = nullptr);

// Everything the map shows now, as a view file would say it: the extent and window size, the
// layers, the date window, the actors chosen and the naming convention.
map::ViewSpec CaptureAppView(const AppState& state, const std::string& name);

// Writes `spec` as <dir>/<slug of its name>.json (atomically; the folder is made when
// missing) and returns the path. Throws AtlasError naming the file.
std::filesystem::path SaveNamedView(const map::ViewSpec& spec, const std::filesystem::path& dir = UserViewsDir());

// Shows `spec` in the window: its extent fitted to the window's size, its layers, and (for
// version 2 files) its date window, actors and naming convention.
void ApplyAppView(AppState& state, const map::ViewSpec& spec);

// "Lachin, 2020–2023" -> "lachin_2020_2023": lower-case ASCII letters and digits, runs of
// anything else one underscore; "view" when nothing is left.
std::string ViewFileSlug(const std::string& name);

}  // namespace atlas::ui

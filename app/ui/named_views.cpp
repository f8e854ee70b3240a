// Named views; see named_views.h.
#include "ui/named_views.h"

#include <algorithm>
#include <system_error>

#include "ui/corpus_session.h"
#include "util/atomic_file.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::ui {
namespace fs = std::filesystem;

fs::path UserViewsDir() { return UserConfigDir() / "views"; }

std::string ViewFileSlug(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) {
      slug += char(std::tolower(c));
    } else if (!slug.empty() && slug.back() != '_') {
      slug += '_';
    }
  }
  while (!slug.empty() && slug.back() == '_') slug.pop_back();
  return slug.empty() ? "view" : slug;
}

namespace {

void AddViewsIn(const fs::path& dir, bool bundled, std::vector<NamedView>& out, std::vector<std::string>* problems) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  std::vector<NamedView> found;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".json") continue;
    try {
      const map::ViewSpec spec = map::ReadViewFile(entry.path());
      found.push_back({spec.name.empty() ? entry.path().stem().string() : spec.name, entry.path(), bundled});
    } catch (const AtlasError& e) {
      if (problems) problems->push_back(e.what());
    }
  }
  std::sort(found.begin(), found.end(), [](const NamedView& a, const NamedView& b) { return a.name < b.name; });
  out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<NamedView> ListNamedViews(const fs::path& user_dir, std::vector<std::string>* problems) {
  std::vector<NamedView> views;
  AddViewsIn(AssetsDir() / "views", true, views, problems);
  AddViewsIn(user_dir, false, views, problems);
  return views;
}

map::ViewSpec CaptureAppView(const AppState& state, const std::string& name) {
  map::ViewSpec spec = map::CaptureViewSpec(state.view, state.assets->projection, state.layers, name);
  if (state.corpus) {
    const store::CorpusFilter& filter = state.corpus->filter();
    spec.date_from = filter.date_from;
    spec.date_to = filter.date_to;
    spec.actors = filter.actors;
    spec.naming = state.corpus->naming();
  }
  return spec;
}

fs::path SaveNamedView(const map::ViewSpec& spec, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw AtlasError(dir.string(), "cannot create the views folder: " + ec.message());
  const fs::path path = dir / (ViewFileSlug(spec.name) + ".json");
  WriteFileAtomically(path, map::ViewToJson(spec));
  return path;
}

void ApplyAppView(AppState& state, const map::ViewSpec& spec) {
  map::ApplyViewExtent(spec, state.assets->projection, state.view);
  state.layers = spec.layers;
  if (!state.corpus || spec.version < 2) return;
  store::CorpusFilter filter = state.corpus->filter();
  filter.date_from = spec.date_from;
  filter.date_to = spec.date_to;
  filter.actors = spec.actors;
  state.corpus->SetFilter(filter);
  if (spec.naming) state.corpus->SetNaming(*spec.naming);
}

}  // namespace atlas::ui

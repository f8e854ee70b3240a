// The Export dialog's settings and request; see export_settings.h.
#include "ui/export_settings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "ui/app_state.h"
#include "ui/corpus_session.h"
#include "ui/named_views.h"
#include "util/error.h"

namespace atlas::ui {
namespace fs = std::filesystem;

ExportSettings DefaultExportSettings(const std::string& today) {
  ExportSettings s;
  fs::path folder = ".";
  if (const char* home = std::getenv("HOME"); home && *home) {
    folder = home;
    std::error_code ec;
    if (fs::is_directory(folder / "Pictures", ec)) folder /= "Pictures";
  }
  s.out = (folder / ("caucasus-atlas-" + today + ".png")).string();
  return s;
}

namespace {

// The lon/lat box around what the window shows (its edges sampled: the projection is conic).
map::LonLatBox VisibleBox(const AppState& state) {
  const geo::Bounds b = state.view.VisibleBounds();
  map::LonLatBox box{180, 90, -180, -90};
  constexpr int kSteps = 8;
  for (int i = 0; i <= kSteps; ++i)
    for (int j = 0; j <= kSteps; ++j) {
      if (i != 0 && i != kSteps && j != 0 && j != kSteps) continue;
      const double x = b.min_x + (b.max_x - b.min_x) * i / kSteps, y = b.min_y + (b.max_y - b.min_y) * j / kSteps;
      const geo::LonLat ll = state.assets->projection.Inverse({x, y});
      box.west = std::min(box.west, ll.lon);
      box.east = std::max(box.east, ll.lon);
      box.south = std::min(box.south, ll.lat);
      box.north = std::max(box.north, ll.lat);
    }
  return box;
}

}  // namespace

render::ExportRequest BuildExportRequest(const AppState& state, const ExportSettings& settings) {
  if (settings.out.empty()) throw AtlasError("export", "choose a file to write");
  render::ExportRequest request;
  map::ViewSpec& spec = request.spec = CaptureAppView(state, settings.brief.title);
  spec.center.reset();
  spec.zoom.reset();
  spec.bbox = VisibleBox(state);
  if (settings.size == ExportSettings::Size::kPixels) {
    if (settings.width < 16 || settings.height < 16 || settings.width > 7680 || settings.height > 7680)
      throw AtlasError("export", "the size must be 16 to 7680 pixels each way");
    spec.width = settings.width;
    spec.height = settings.height;
    spec.pixel_ratio = std::clamp(std::max(settings.width, settings.height) / 1920.0, 1.0, 4.0);
  } else {
    static const char* kNames[] = {"A4", "A3", "Letter"};
    map::PaperSpec paper{kNames[int(settings.size)], !settings.portrait, std::clamp(settings.dpi, 72, 600)};
    const auto pixels = map::PaperPixels(paper);
    if (!pixels) throw AtlasError("export", "unknown paper size");
    spec.paper = paper;
    spec.width = pixels->first;
    spec.height = pixels->second;
    spec.pixel_ratio = paper.dpi / 96.0;
  }
  if (settings.briefing) {
    spec.brief = settings.brief;
    if (spec.brief->title.empty()) spec.brief->title = "The South Caucasus";
  }
  request.out = settings.out;
  if (state.corpus) request.database = state.corpus->database();
  request.samples = render::DefaultSamples(spec);
  return request;
}

}  // namespace atlas::ui

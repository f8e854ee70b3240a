// Headless export of a view to PNG — the bare map, or a briefing page with title, legend,
// scale bar, north arrow, locator, credits and its citations (OUT.sources.md and .html) —
// through the same MapRenderer as the screen, on an EGL surfaceless context, rendered in
// tiles and streamed to the file so memory stays bounded up to 8K. No window, no ImGui.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "map/basemap_assets.h"
#include "map/view_spec.h"
#include "render/image.h"
#include "render/map_renderer.h"
#include "util/progress.h"

namespace atlas::render {

// What an export draws and where it goes: the view (extent, size or paper, layers, date
// window, actors, naming, briefing text), the output, and the corpus store to read.
struct ExportRequest {
  map::ViewSpec spec;
  std::filesystem::path out;
  std::filesystem::path database;  // empty: the user's store (DefaultCorpusPath)
  int samples = 4;                 // multisampling; 1 at 200 dpi and more is already crisp
  int tile_size = 4096;            // the largest framebuffer drawn at once
  bool citations = true;           // write OUT.sources.md and OUT.sources.html (briefings)
};

// The command line's form: a view file and what the flags change in it.
struct MapExportOptions {
  std::filesystem::path view_file;
  std::filesystem::path out;
  std::filesystem::path database;
  std::optional<int> width, height;
  std::optional<int> samples;
  std::optional<map::PaperSpec> paper;
  std::optional<std::string> title, subtitle, author;
  std::optional<std::string> date_from, date_to;
  std::optional<std::vector<std::string>> actors;
  std::optional<map::NamingConvention> naming;
  std::vector<std::pair<std::string, bool>> layers;  // --layer ID=on|off, in order
  bool brief = false;     // --brief: a briefing page even if the view file has no "brief"
  bool map_only = false;  // --map-only: the bare map even if it has
};

struct MapExportReport {
  int width = 0, height = 0, tiles = 0;
  double load_seconds = 0, render_seconds = 0, encode_seconds = 0;
  int passages = 0, articles = 0;                // cited (briefings)
  std::vector<std::string> legend;               // the legend's entries as drawn (briefings)
  std::vector<std::filesystem::path> written;    // the PNG, then the citation files
};

// Renders `spec` with an existing renderer (and current context) into an image, with the
// overlay's corpus, curated and event layers on top. The bare map only (tests, tools).
Image RenderViewImage(MapRenderer& renderer, const map::BasemapAssets& assets, const map::ViewSpec& spec,
                      int samples, const map::MapOverlay& overlay = {});

// Multisampling an export needs: 4 on screen resolutions; 1 in print (200 dpi and more) and
// beyond 4K, where the shaders' own anti-aliasing is finer than the eye (and 4x costs 40%).
int DefaultSamples(const map::ViewSpec& spec);

// The view file with the options applied. Throws AtlasError naming the file or the flag.
map::ViewSpec ResolveExportView(const MapExportOptions& options);

// Checks the output path and the request before any heavy work, then renders and writes.
// Throws AtlasError with one line naming the file and the problem; a file already at `out`
// is replaced only when the new one is complete.
MapExportReport ExportView(const ExportRequest& request, const ProgressFn& progress = {});
MapExportReport ExportMap(const MapExportOptions& options, const ProgressFn& progress = {});

// The citation files written beside `png`: OUT.sources.md and OUT.sources.html.
std::filesystem::path CitationsPath(const std::filesystem::path& png, const char* extension);

}  // namespace atlas::render

// Headless export of a saved view to PNG: the same MapRenderer as the screen, drawn into a
// multisampled offscreen framebuffer on an EGL surfaceless context. No window, no ImGui.
#pragma once
#include <filesystem>
#include <optional>

#include "map/basemap_assets.h"
#include "map/view_spec.h"
#include "render/image.h"
#include "render/map_renderer.h"
#include "util/progress.h"

namespace atlas::render {

struct MapExportOptions {
  std::filesystem::path view_file;
  std::filesystem::path out;
  std::optional<int> width, height;  // override the view file's size
  int samples = 4;                   // multisampling for smooth edges
};

struct MapExportReport {
  int width = 0, height = 0;
  double load_seconds = 0, render_seconds = 0, encode_seconds = 0;
};

// Renders `spec` with an existing renderer (and current context) into an image, with the
// overlay's corpus, curated and event layers on top.
Image RenderViewImage(MapRenderer& renderer, const map::BasemapAssets& assets, const map::ViewSpec& spec,
                      int samples, const map::MapOverlay& overlay = {});

// Validates the view file and the output path before any heavy work; throws AtlasError with
// one line naming the file and the problem.
MapExportReport ExportMap(const MapExportOptions& options, const ProgressFn& progress = {});

}  // namespace atlas::render

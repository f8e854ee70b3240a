// Headless view export; see map_export.h.
#include "render/map_export.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <chrono>
#include <system_error>

#include "render/headless_context.h"
#include "render/offscreen_target.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::render {
namespace fs = std::filesystem;
namespace {

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void CheckWritable(const fs::path& out) {
  if (out.empty()) throw AtlasError("export", "no output file given (--out)");
  if (out.extension() != ".png") throw AtlasError(out.string(), "the output must be a .png file");
  const fs::path dir = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw AtlasError(out.string(), "folder " + dir.string() + " does not exist");
  if (fs::is_directory(out, ec)) throw AtlasError(out.string(), "is a folder");
  // Try it: permissions alone do not tell (root, read-only mounts, /proc).
  fs::path probe = out;
  probe += ".probe-" + std::to_string(::getpid());
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw AtlasError(out.string(), std::string("cannot write: ") + std::strerror(errno));
  ::close(fd);
  ::unlink(probe.c_str());
}

}  // namespace

Image RenderViewImage(MapRenderer& renderer, const map::BasemapAssets& assets, const map::ViewSpec& spec,
                      int samples, const map::MapOverlay& overlay) {
  map::MapView view;
  map::LimitViewToAssets(assets, view);
  map::ApplyViewSpec(spec, assets.projection, view);
  OffscreenTarget target(view.width(), view.height(), samples);
  target.Bind();
  renderer.Draw(view, spec.layers, overlay);
  return target.ReadImage();
}

MapExportReport ExportMap(const MapExportOptions& options, const ProgressFn& progress) {
  map::ViewSpec spec = map::ReadViewFile(options.view_file);
  if (options.width) spec.width = *options.width;
  if (options.height) spec.height = *options.height;
  CheckWritable(options.out);

  MapExportReport report;
  auto t0 = std::chrono::steady_clock::now();
  HeadlessContext context;
  auto assets = map::LoadBasemapAssets(
      geo::BasemapSource::Default(), map::DefaultBasemapStyle(),
      {.progress = [&](double f, std::string_view what) { return ReportProgress(progress, f * 0.5, what); }});
  FontSet fonts(AssetsDir() / "fonts");
  MapRenderer renderer(assets->scene, *assets->style, fonts);
  report.load_seconds = SecondsSince(t0);

  ReportProgress(progress, 0.6, "rendering");
  auto t1 = std::chrono::steady_clock::now();
  Image image = RenderViewImage(renderer, *assets, spec, options.samples);
  report.render_seconds = SecondsSince(t1);

  ReportProgress(progress, 0.85, "writing PNG");
  auto t2 = std::chrono::steady_clock::now();
  WritePng(image, options.out);
  report.encode_seconds = SecondsSince(t2);
  report.width = image.width;
  report.height = image.height;
  ReportProgress(progress, 1.0, "done");
  return report;
}

}  // namespace atlas::render

// `caucasus-atlas export --view VIEW.json --out OUT.png [--width W --height H]`:
// argv -> MapExportOptions -> render::ExportMap (no window, no X display).
#include <cstdio>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "render/map_export.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::cli {

int RunExport(int argc, char** argv) {
  render::MapExportOptions options;
  bool quiet = false;
  ArgParser parser("export", "export --view VIEW.json --out OUT.png [--width W] [--height H]");
  parser.Option("--view", "VIEW.json", "the saved view to render (see assets/views/)", [&](std::string_view v) {
    options.view_file = std::string(v);
    return true;
  });
  parser.Option("--out", "OUT.png", "where to write the picture", [&](std::string_view v) {
    options.out = std::string(v);
    return true;
  });
  parser.Option("--width", "W", "picture width in pixels (overrides the view file)", [&](std::string_view v) {
    options.width = ParseInt("--width", v, 16, 16384);
    return true;
  });
  parser.Option("--height", "H", "picture height in pixels (overrides the view file)", [&](std::string_view v) {
    options.height = ParseInt("--height", v, 16, 16384);
    return true;
  });
  parser.Option("--samples", "N", "multisampling per pixel, 1-8 (default 4)", [&](std::string_view v) {
    options.samples = ParseInt("--samples", v, 1, 8);
    return true;
  });
  parser.Option("--data", "DIR", "folder holding assets/ and geodata/", [&](std::string_view v) {
    SetDataDirOverride(std::string(v));
    return true;
  });
  parser.Switch("--quiet", "print nothing on success", [&] { quiet = true; });
  if (!parser.Parse(argc, argv)) return 0;
  if (options.view_file.empty()) throw AtlasError("caucasus-atlas export", "missing --view VIEW.json (see --help)");
  if (options.out.empty()) throw AtlasError("caucasus-atlas export", "missing --out OUT.png (see --help)");
  DataDir();
  const render::MapExportReport report = render::ExportMap(options);
  if (!quiet)
    std::printf("wrote %s (%dx%d) in %.2f s: load %.2f s, render %.2f s, PNG %.2f s\n", options.out.c_str(),
                report.width, report.height, report.load_seconds + report.render_seconds + report.encode_seconds,
                report.load_seconds, report.render_seconds, report.encode_seconds);
  return 0;
}

}  // namespace atlas::cli

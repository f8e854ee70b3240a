// `caucasus-atlas export --view VIEW.json --out OUT.png [options]`: argv -> MapExportOptions
// -> render::ExportMap (no window, no X display). The options are the GUI Export dialog's.
#include <chrono>
#include <cstdio>
#include <string>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "map/layer_ids.h"
#include "render/map_export.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::cli {
namespace {

std::string IsoDay(std::string_view flag, std::string_view text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  const std::string s(text);
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(unsigned(m)), std::chrono::day(unsigned(d)))
           .ok())
    throw AtlasError(std::string(flag), "'" + s + "' is not a date written YYYY-MM-DD");
  return s;
}

map::PaperSpec& Paper(render::MapExportOptions& o) {
  if (!o.paper) o.paper = map::PaperSpec{};
  return *o.paper;
}

}  // namespace

int RunExport(int argc, char** argv) {
  render::MapExportOptions o;
  bool quiet = false;
  ArgParser parser("export", "export --view VIEW.json --out OUT.png [options]");
  auto text = [](std::optional<std::string>* field) {
    return [field](std::string_view v) {
      *field = std::string(v);
      return true;
    };
  };
  parser.Option("--view", "VIEW.json", "the saved view to render (see assets/views/)", [&](std::string_view v) {
    o.view_file = std::string(v);
    return true;
  });
  parser.Option("--out", "OUT.png", "where to write the picture (briefings: OUT.sources.md and .html beside it)",
                [&](std::string_view v) {
                  o.out = std::string(v);
                  return true;
                });
  parser.Option("--width", "W", "picture width in pixels (overrides the view file)", [&](std::string_view v) {
    o.width = ParseInt("--width", v, 16, 16384);
    return true;
  });
  parser.Option("--height", "H", "picture height in pixels (overrides the view file)", [&](std::string_view v) {
    o.height = ParseInt("--height", v, 16, 16384);
    return true;
  });
  parser.Option("--paper", "SIZE", "A4, A3 or Letter (landscape unless --portrait)", [&](std::string_view v) {
    Paper(o).size = std::string(v);
    return true;
  });
  parser.Option("--dpi", "N", "print resolution for --paper, 72-600 (default 300)", [&](std::string_view v) {
    Paper(o).dpi = ParseInt("--dpi", v, 72, 600);
    return true;
  });
  parser.Switch("--portrait", "paper upright", [&] { Paper(o).landscape = false; });
  parser.Option("--title", "TEXT", "the briefing's title (makes a briefing page)", text(&o.title));
  parser.Option("--subtitle", "TEXT", "a line under the title", text(&o.subtitle));
  parser.Option("--author", "TEXT", "author or organisation line", text(&o.author));
  parser.Option("--from", "YYYY-MM-DD", "first day of the date window", [&](std::string_view v) {
    o.date_from = IsoDay("--from", v);
    return true;
  });
  parser.Option("--to", "YYYY-MM-DD", "last day of the date window (corridors shown as of it)", [&](std::string_view v) {
    o.date_to = IsoDay("--to", v);
    return true;
  });
  parser.Option("--actors", "ID,ID", "only passages and events involving these actors (e.g. russia,turkey)",
                [&](std::string_view v) {
                  std::vector<std::string> ids;
                  size_t start = 0;
                  while (start <= v.size()) {
                    size_t comma = v.find(',', start);
                    if (comma == std::string_view::npos) comma = v.size();
                    if (comma > start) ids.emplace_back(v.substr(start, comma - start));
                    start = comma + 1;
                  }
                  o.actors = ids;
                  return true;
                });
  parser.Option("--naming", "CONVENTION", "international, armenian, azerbaijani or both", [&](std::string_view v) {
    o.naming = map::ParseNamingConvention(v);
    if (!o.naming) throw AtlasError("--naming", "unknown convention '" + std::string(v) + "'");
    return true;
  });
  parser.Option("--layer", "ID=on|off", "switch a layer (repeatable), e.g. --layer events_military=off",
                [&](std::string_view v) {
                  const size_t eq = v.find('=');
                  const std::string id(v.substr(0, eq));
                  const std::string_view state = eq == std::string_view::npos ? "" : v.substr(eq + 1);
                  if (!map::FindLayer(id)) throw AtlasError("--layer", "unknown layer '" + id + "'");
                  if (state != "on" && state != "off") throw AtlasError("--layer", "write ID=on or ID=off");
                  o.layers.emplace_back(id, state == "on");
                  return true;
                });
  parser.Switch("--brief", "a briefing page: title block, legend, scale bar, north arrow, locator, credits",
                [&] { o.brief = true; });
  parser.Switch("--map-only", "the bare map, even if the view file describes a briefing", [&] { o.map_only = true; });
  parser.Option("--db", "FILE", "the corpus store (default: the user's data folder)", [&](std::string_view v) {
    o.database = std::string(v);
    return true;
  });
  parser.Option("--samples", "N", "multisampling per pixel, 1-8 (default 4 on screen resolutions, 1 in print and beyond 4K)",
                [&](std::string_view v) {
                  o.samples = ParseInt("--samples", v, 1, 8);
                  return true;
                });
  parser.Option("--data", "DIR", "folder holding assets/ and geodata/", [&](std::string_view v) {
    SetDataDirOverride(std::string(v));
    return true;
  });
  parser.Switch("--quiet", "print nothing on success", [&] { quiet = true; });
  if (!parser.Parse(argc, argv)) return 0;
  if (o.view_file.empty()) throw AtlasError("export", "missing --view VIEW.json (see --help)");
  if (o.out.empty()) throw AtlasError("export", "missing --out OUT.png (see --help)");
  if (o.brief && o.map_only) throw AtlasError("export", "--brief and --map-only contradict each other");
  DataDir();
  const render::MapExportReport r = render::ExportMap(o);
  if (!quiet) {
    std::printf("wrote %s (%dx%d, %d tile%s) in %.2f s: load %.2f s, render %.2f s, write %.2f s\n", o.out.c_str(),
                r.width, r.height, r.tiles, r.tiles == 1 ? "" : "s", r.load_seconds + r.render_seconds + r.encode_seconds,
                r.load_seconds, r.render_seconds, r.encode_seconds);
    for (size_t i = 1; i < r.written.size(); ++i)
      std::printf("wrote %s (%d passages from %d articles)\n", r.written[i].c_str(), r.passages, r.articles);
  }
  return 0;
}

}  // namespace atlas::cli

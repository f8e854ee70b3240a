// `caucasus-atlas [gui] [options]`: argv -> GuiOptions -> ui::RunGui.
#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "ui/gui_options.h"
#include "util/data_paths.h"

namespace atlas::cli {

int RunGui(int argc, char** argv) {
  ui::GuiOptions options;
  ArgParser parser("gui", "[gui] [--view VIEW.json] [--size WxH] [--db FILE] [--data DIR]");
  parser.Option("--view", "VIEW.json", "open at a saved view", [&](std::string_view v) {
    options.view_file = std::string(v);
    return true;
  });
  parser.Option("--size", "WxH", "initial window size (default 1600x1000)", [&](std::string_view v) {
    auto x = v.find('x');
    if (x == std::string_view::npos) return false;
    options.width = ParseInt("--size", v.substr(0, x), 320, 16384);
    options.height = ParseInt("--size", v.substr(x + 1), 240, 16384);
    return true;
  });
  parser.Option("--db", "FILE", "the corpus database (default: the user's data folder)", [&](std::string_view v) {
    options.database = std::string(v);
    return true;
  });
  parser.Option("--data", "DIR", "folder holding assets/ and geodata/", [&](std::string_view v) {
    SetDataDirOverride(std::string(v));
    return true;
  });
  parser.Option("--exit-after-frames", "N",
                "pan continuously until N frames have been timed once the corpus is loaded, print first-frame\n"
                "and frame-time figures, and quit (benchmarks)",
                [&](std::string_view v) {
                  options.exit_after_frames = ParseInt("--exit-after-frames", v, 1, 1000000);
                  return true;
                });
  if (!parser.Parse(argc, argv)) return 0;
  DataDir();  // fail early, with the folder named, if the data is missing
  return ui::RunGui(options);
}

}  // namespace atlas::cli

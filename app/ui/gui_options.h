// What the GUI is started with (from the command line) and its entry point.
// The GUI knows everything; nothing below it includes this.
#pragma once
#include <filesystem>
#include <optional>

namespace atlas::ui {

struct GuiOptions {
  std::filesystem::path view_file;  // open at this saved view (optional)
  std::filesystem::path database;   // the corpus store; empty: the user's data folder
  int width = 1600, height = 1000;  // initial window size in screen coordinates
  std::optional<int> exit_after_frames;  // for tests and benchmarks: quit after N frames
};

// Runs until the window is closed; returns the process exit code.
int RunGui(const GuiOptions& options);

}  // namespace atlas::ui

// caucasus-atlas: parses the command name and dispatches; every command's work lives in
// app/cli/command_*.cpp (argv -> options) and the modules below it.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "cli/commands.h"
#include "util/error.h"

namespace {

void PrintUsage(FILE* to) {
  std::fputs("usage: caucasus-atlas [COMMAND] [OPTIONS]\n\ncommands:\n", to);
  for (const auto& c : atlas::cli::Commands())
    std::fprintf(to, "  %-10.*s %.*s\n", int(c.name.size()), c.name.data(), int(c.summary.size()), c.summary.data());
  std::fputs("\nRun 'caucasus-atlas COMMAND --help' for a command's options.\n", to);
}

}  // namespace

int main(int argc, char** argv) {
  std::string_view first = argc > 1 ? argv[1] : "";
  if (first == "--help" || first == "-h" || first == "help") {
    PrintUsage(stdout);
    return 0;
  }
  try {
    // No command, or options only: the GUI.
    if (first.empty() || first[0] == '-') return atlas::cli::RunGui(argc - 1, argv + 1);
    for (const auto& c : atlas::cli::Commands())
      if (c.name == first) return c.run(argc - 2, argv + 2);
    std::fprintf(stderr, "caucasus-atlas: unknown command '%s' (see caucasus-atlas --help)\n", argv[1]);
    return 2;
  } catch (const atlas::AtlasError& e) {
    std::fprintf(stderr, "caucasus-atlas: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "caucasus-atlas: internal error: %s\n", e.what());
    return 70;
  }
}

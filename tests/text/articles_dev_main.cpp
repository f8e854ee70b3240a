// articles_dev: runs the `articles` command (app/cli/command_articles.cpp) without the rest of
// the executable, so segmentation can be scored before the GUI links. Same code, same output.
#include <cstdio>

#include "cli/commands.h"
#include "util/error.h"

int main(int argc, char** argv) {
  try {
    return atlas::cli::RunArticles(argc - 1, argv + 1);
  } catch (const atlas::AtlasError& e) {
    std::fprintf(stderr, "caucasus-atlas: %s\n", e.what());
    return 1;
  }
}

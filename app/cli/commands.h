// The table of subcommands the executable dispatches to. Each command turns argv into an
// options struct and calls the module function that does the work (GDAL-tool style).
#pragma once
#include <span>
#include <string_view>

namespace atlas::cli {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(int argc, char** argv);  // argv excludes the program and command names
};

std::span<const Command> Commands();

// Each command lives in its own command_<name>.cpp.
int RunGui(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunIngest(int argc, char** argv);
int RunMentions(int argc, char** argv);
int RunArticles(int argc, char** argv);  // command_articles.cpp: split files into articles (JSON Lines)
int RunEvents(int argc, char** argv);    // command_events.cpp: dated events of text files (JSON Lines)

}  // namespace atlas::cli

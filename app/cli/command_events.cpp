// caucasus-atlas events [FILE...]: argv -> EventsOptions -> WriteEventsJsonl.
#include <iostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "text/events_report.h"

namespace atlas::cli {

int RunEvents(int argc, char** argv) {
  text::EventsOptions options;
  ArgParser parser("events", "events [FILE...]");
  parser.Positionals("FILE...", "text, Markdown or HTML files to extract dated events from (default: the bundled corpus)",
                     &options.files, false);
  if (!parser.Parse(argc, argv)) return 0;
  std::ios::sync_with_stdio(false);
  return text::WriteEventsJsonl(options, std::cout, std::cerr);
}

}  // namespace atlas::cli

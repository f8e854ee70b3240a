// caucasus-atlas mentions FILE...: argv -> MentionsOptions -> WriteMentionsJsonl.
#include <iostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "text/mentions_report.h"

namespace atlas::cli {

int RunMentions(int argc, char** argv) {
  text::MentionsOptions options;
  ArgParser parser("mentions", "mentions FILE...");
  parser.Positionals("FILE...", "text files to geoparse (plain text; raw web-page dumps are fine)", &options.files,
                     true);
  if (!parser.Parse(argc, argv)) return 0;
  std::ios::sync_with_stdio(false);
  return text::WriteMentionsJsonl(options, std::cout, std::cerr);
}

}  // namespace atlas::cli

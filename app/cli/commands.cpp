// The subcommand table; one line per command.
#include "cli/commands.h"

#include <array>

namespace atlas::cli {

std::span<const Command> Commands() {
  static const std::array kCommands{
      Command{"gui", "open the map (the default when no command is given)", RunGui},
      Command{"export", "render a view file to a briefing PNG without a window", RunExport},
      Command{"ingest", "add article files or folders to the corpus store", RunIngest},
      Command{"mentions", "geoparse text files: JSON Lines of place mentions", RunMentions},
      Command{"articles", "split text, Markdown or HTML files into articles (JSON Lines)", RunArticles},
      Command{"events", "dated events of text files, or of the bundled corpus: JSON Lines", RunEvents},
  };
  return kCommands;
}

}  // namespace atlas::cli

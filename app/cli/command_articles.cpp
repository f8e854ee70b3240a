// `caucasus-atlas articles FILE...`: argv -> ArticleListingOptions -> ListArticles.
#include <iostream>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "text/article_listing.h"

namespace atlas::cli {

int RunArticles(int argc, char** argv) {
  text::ArticleListingOptions options;
  ArgParser args("articles",
                 "articles [OPTIONS] FILE...\n\n"
                 "Split text, Markdown or HTML files (raw web copy-pastes included) into articles and\n"
                 "boilerplate. Prints JSON Lines: one object per article (file, start_line, end_line,\n"
                 "title, outlet, date or date_inferred with date_note, author, language, passages) and\n"
                 "one per boilerplate span (\"boilerplate\": true).");
  args.Option("--format", "auto|text|markdown|html", "how to read the files (default auto: by extension, then content)",
              [&](std::string_view v) {
                if (v == "auto") options.read.format = text::FormatChoice::kAuto;
                else if (v == "text") options.read.format = text::FormatChoice::kPlainText;
                else if (v == "markdown") options.read.format = text::FormatChoice::kMarkdown;
                else if (v == "html") options.read.format = text::FormatChoice::kHtml;
                else return false;
                return true;
              });
  args.Switch("--articles-only", "leave out the boilerplate spans", [&] { options.boilerplate = false; });
  args.Positionals("FILE", "files to split (one article or many per file)", &options.files, true);
  if (!args.Parse(argc, argv)) return 0;
  int failed = text::ListArticles(options, std::cout, std::cerr);
  return failed == 0 ? 0 : 1;
}

}  // namespace atlas::cli

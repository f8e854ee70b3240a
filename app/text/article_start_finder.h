// ArticleStartFinder: where articles begin in a web dump, from title lines and the header cues
// around them; teasers (a header but no text) are not articles. No GL, ImGui, SQL or GDAL.
#pragma once

// A title-like line starts an article when a header follows it (its repeat, a dateline, an
// outlet or author line, a byline, category bullets) and then running text, or when it follows
// boilerplate or an unusually wide gap. Works on LineFeatures only.
#include <vector>

#include "text/line_features.h"

namespace atlas::text {

struct ArticleHead {
  int title = -1;           // line index of the title, or -1 when the article opens with text
  std::vector<int> header;  // header lines after the title (repeats, dateline, credits, bullets, counters)
  int body = -1;            // first line of running text
  int score = 0;            // the strength of the cues (see the .cpp), for diagnostics
  int first() const { return title >= 0 ? title : body; }
};

struct ArticleStarts {
  std::vector<ArticleHead> heads;  // in line order
  std::vector<bool> teaser;        // per line: part of a teaser (title, outlet, date, no body)
};

struct StartFinderOptions {
  int max_header_lines = 8;  // non-blank lines between a title and its text
  int min_score = 3;         // cue strength that makes a title line start an article
};

ArticleStarts FindArticleStarts(const std::vector<LineFeatures>& lines, const StartFinderOptions& options = {});

}  // namespace atlas::text

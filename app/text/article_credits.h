// ArticleCredits: an article's title, outlet and author from its header, bylines, dateline,
// closing signature or bio, and the footer after it. No GL, ImGui, SQL or GDAL.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/line_features.h"

namespace atlas::text {

// Line indexes (into the document's LineFeatures) of one article's parts.
struct ArticleLayout {
  int title = -1;
  std::vector<int> header;   // after the title, before the text
  std::vector<int> content;  // text lines, in order
  std::vector<int> footer;   // boilerplate lines right after the article
};

struct ArticleCredits {
  std::string title, outlet, author;
  std::vector<int> credit_lines;  // text lines that are really credits (bylines, signatures): header lines
};

ArticleCredits ReadArticleCredits(std::string_view text, const std::vector<LineFeatures>& lines, const ArticleLayout& layout);

// "by Batko Milacic – Independent analyst – for The Saker Blog" -> author "Batko Milacic",
// outlet "The Saker Blog"; "By Trend" -> outlet "Trend" (an agency); "Submitted by X." -> X.
void ParseByline(std::string_view line, std::string* author, std::string* outlet);

}  // namespace atlas::text

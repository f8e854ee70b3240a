// ArticleListing: the work of `caucasus-atlas articles FILE...`: read, segment and print JSON
// Lines of articles and boilerplate spans. No GL, ImGui, SQL or GDAL.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "text/document_reader.h"
#include "text/segmenter.h"
#include "util/progress.h"

namespace atlas::text {

struct ArticleListingOptions {
  std::vector<std::string> files;
  DocumentReadOptions read;
  SegmenterOptions segmenter;
  bool boilerplate = true;  // also list the boilerplate spans
};

// Writes JSON Lines to `out`, in file order and, within a file, by start line:
//   {"file","start_line","end_line","title","outlet","date","date_inferred","date_note",
//    "author","language","passages"}  for an article ("date" is the stated date or null;
//    "date_inferred" and "date_note" appear when the date was worked out; unknown fields are null),
//   {"file","start_line","end_line","boilerplate":true[,"inline":true]}  for boilerplate.
// Lines are 1-based and inclusive, over the file as read. A file that cannot be read gets one
// line "<file>: <problem>" on `err` and the others go on; warnings go to `err` as
// "<file>: warning: ...". Returns the number of files that failed.
int ListArticles(const ArticleListingOptions& options, std::ostream& out, std::ostream& err, const ProgressFn& progress = {});

// The JSON Lines of one segmented document (what ListArticles prints for it).
std::string ArticlesAsJsonLines(const Document& doc, bool boilerplate = true);

}  // namespace atlas::text

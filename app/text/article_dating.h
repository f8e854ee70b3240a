// ArticleDating: each article's date, stated (dateline, page metadata) or honestly inferred with
// a note (dates its text mentions, dated neighbours in the file). No GL, ImGui, SQL or GDAL.
#pragma once

// Inferred dates are the latest date the text mentions as past (year-less mentions placed by
// the nearest dated article in the file, and bounded by the dated articles around it when the
// file is in date order); when nothing sound is found the date stays unknown and the note says why.
#include <vector>

#include "text/document_model.h"
#include "text/line_features.h"
#include "text/source_locator.h"

namespace atlas::text {

// `dateline_of[k]`: the line index (into `lines`) of article k's dateline, or -1.
// Articles must already hold their passages; fills Article::date and Article::date_note.
// `locator` is the document's.
void DateArticles(Document& doc, const std::vector<LineFeatures>& lines, const std::vector<int>& dateline_of,
                  const SourceLocator& locator);

}  // namespace atlas::text

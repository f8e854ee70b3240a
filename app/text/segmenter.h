// Segmenter: splits a document (often a web dump of several articles) into articles, with header
// lines and paragraph passages, and boilerplate, from line cues. No GL, ImGui, SQL or GDAL.
#pragma once

#include "text/article_start_finder.h"
#include "text/document_model.h"

namespace atlas::text {

struct SegmenterOptions {
  StartFinderOptions starts;
};

class Segmenter {
 public:
  explicit Segmenter(SegmenterOptions options = {}) : options_(options) {}

  // Replaces doc.articles and doc.boilerplate. Passages never cross an article boundary;
  // header lines (title repeats, outlet, dateline, byline) are kept apart from passages;
  // boilerplate spans are sorted and do not overlap passages.
  void Segment(Document& doc) const;

 private:
  SegmenterOptions options_;
};

}  // namespace atlas::text

// SourceLocator: 1-based line and code-point column in the file as read for any offset into a
// Document's text, through the markup back-map when there is one. No GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>

#include "text/document_model.h"
#include "text/line_index.h"

namespace atlas::text {

// Holds a view of the document: the document must outlive the locator and stay unchanged.
class SourceLocator {
 public:
  explicit SourceLocator(const Document& doc) : doc_(doc), raw_lines_(doc.raw()) {}

  size_t SourceOffset(size_t text_offset) const { return doc_.source_map.ToSourceBegin(text_offset); }
  size_t SourceEnd(size_t text_end) const { return doc_.source_map.ToSourceEnd(text_end); }
  LineCol At(size_t text_offset) const { return raw_lines_.At(SourceOffset(text_offset)); }
  int LineOf(size_t text_offset) const { return raw_lines_.LineOf(SourceOffset(text_offset)); }
  // The line holding the last byte of a non-empty span ending at `text_end`.
  int LastLineOf(size_t text_end) const;

 private:
  const Document& doc_;
  LineIndex raw_lines_;
};

}  // namespace atlas::text

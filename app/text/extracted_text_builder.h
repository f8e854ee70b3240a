// ExtractedTextBuilder: assembles text pulled out of markup together with its SourceMap, so
// that every extracted byte can be traced to the file. No gumbo, GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "text/document_model.h"
#include "text/source_map.h"

namespace atlas::text {

// What a markup reader hands back: the readable text, where each byte came from, and what
// the file says about itself.
struct ExtractedText {
  std::string text;
  SourceMap map;
  SourceHints hints;
};

class ExtractedTextBuilder {
 public:
  explicit ExtractedTextBuilder(std::string_view source) : source_(source) {}

  // Copies source[begin, begin + len) byte for byte.
  void AppendVerbatim(size_t begin, size_t len);
  // Appends `text` in place of source[begin, begin + len): a decoded entity, a collapsed
  // run of white space, a line break standing for a tag (len 0 is fine).
  void AppendReplacement(std::string_view text, size_t begin, size_t len);

  const std::string& text() const { return text_; }
  bool empty() const { return text_.empty(); }
  char back() const { return text_.empty() ? '\0' : text_.back(); }

  std::string TakeText() { return std::move(text_); }
  SourceMap TakeMap() { return std::move(map_); }

 private:
  std::string_view source_;
  std::string text_;
  SourceMap map_;
};

}  // namespace atlas::text

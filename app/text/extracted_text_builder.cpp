// Extracted text plus back-map; see extracted_text_builder.h.
#include "text/extracted_text_builder.h"

namespace atlas::text {

void ExtractedTextBuilder::AppendVerbatim(size_t begin, size_t len) {
  if (len == 0) return;
  map_.Append({text_.size(), begin, len, len, true});
  text_.append(source_.substr(begin, len));
}

void ExtractedTextBuilder::AppendReplacement(std::string_view text, size_t begin, size_t len) {
  if (text.empty()) return;  // dropped source bytes need no piece: nothing in the text stands for them
  map_.Append({text_.size(), begin, text.size(), len, false});
  text_.append(text);
}

}  // namespace atlas::text

// FoldedText: text folded for matching plus the exact map from every folded byte back to
// the original bytes. Owns the offset arithmetic only; no ICU, GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/document_model.h"

namespace atlas::text {

// Where folded and original lengths differ (one code point folded to more, fewer or no
// bytes) a segment is recorded; between segments the two texts advance byte for byte.
// Mostly-ASCII or same-length scripts (Cyrillic, Armenian) therefore need almost none.
class OffsetMap {
 public:
  struct Segment {
    size_t folded = 0, original = 0;  // where the segment starts in each text
    size_t folded_len = 0, original_len = 0;
  };
  void Add(size_t folded, size_t original, size_t folded_len, size_t original_len) {
    segments_.push_back({folded, original, folded_len, original_len});
  }
  void Clear() {
    segments_.clear();
    hint_ = 0;
  }

  // Original offset of the code point that produced folded byte `f` (f may equal the
  // folded size: then the original size).
  size_t ToOriginalBegin(size_t f) const;
  // Original end (exclusive) of the code point that produced folded byte `f - 1`.
  size_t ToOriginalEnd(size_t f) const;
  ByteSpan ToOriginal(ByteSpan folded) const {
    return {ToOriginalBegin(folded.begin), folded.empty() ? ToOriginalBegin(folded.begin) : ToOriginalEnd(folded.end)};
  }
  size_t segment_count() const { return segments_.size(); }

 private:
  // Index of the first segment whose folded offset is above `f` (or at or above it when
  // `inclusive`); queries mostly move forward, so the last answer is tried first.
  size_t FirstAfter(size_t f, bool inclusive) const;

  std::vector<Segment> segments_;  // sorted by `folded`, then by `original`
  mutable size_t hint_ = 0;        // the last answer of FirstAfter (not thread-safe, like the text)
};

struct FoldedText {
  std::string text;  // the folded text (valid UTF-8 when the input was)
  OffsetMap map;     // folded byte -> original byte
};

}  // namespace atlas::text

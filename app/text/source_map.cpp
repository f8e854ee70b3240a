// Extracted-to-source offset arithmetic; see source_map.h.
#include "text/source_map.h"

#include <algorithm>

namespace atlas::text {

void SourceMap::Append(const Piece& piece) {
  if (piece.text_len == 0 && piece.source_len == 0) return;
  // Contiguous verbatim runs merge, so a mostly verbatim text needs few pieces.
  if (!pieces_.empty() && piece.verbatim) {
    Piece& last = pieces_.back();
    if (last.verbatim && last.text + last.text_len == piece.text && last.source + last.source_len == piece.source) {
      last.text_len += piece.text_len;
      last.source_len += piece.source_len;
      return;
    }
  }
  pieces_.push_back(piece);
}

size_t SourceMap::ToSourceBegin(size_t t) const {
  if (pieces_.empty()) return t;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), t, [](size_t v, const Piece& p) { return v < p.text; });
  if (it == pieces_.begin()) return pieces_.front().source;
  const Piece& p = *std::prev(it);
  if (t >= p.text + p.text_len) return p.source + p.source_len;  // past the end of the text
  return p.verbatim ? p.source + (t - p.text) : p.source;
}

size_t SourceMap::ToSourceEnd(size_t t) const {
  if (pieces_.empty()) return t;
  if (t == 0) return ToSourceBegin(0);
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), t - 1, [](size_t v, const Piece& p) { return v < p.text; });
  if (it == pieces_.begin()) return pieces_.front().source;
  const Piece& p = *std::prev(it);
  if (t > p.text + p.text_len) return p.source + p.source_len;
  return p.verbatim ? p.source + (t - p.text) : p.source + p.source_len;
}

}  // namespace atlas::text

// Folded-to-original offset arithmetic; see folded_text.h.
#include "text/folded_text.h"

#include <algorithm>

namespace atlas::text {
namespace {

// Linear continuation after segment `s`: both texts advance together once it ends.
size_t After(const OffsetMap::Segment& s, size_t f) {
  return s.original + s.original_len + (f - (s.folded + s.folded_len));
}

}  // namespace

size_t OffsetMap::FirstAfter(size_t f, bool inclusive) const {
  auto above = [&](size_t i) { return inclusive ? segments_[i].folded >= f : segments_[i].folded > f; };
  const size_t n = segments_.size();
  // The answer i satisfies: i == n or above(i), and i == 0 or !above(i - 1).
  for (size_t i = hint_; i <= std::min(n, hint_ + 2); ++i)
    if ((i == n || above(i)) && (i == 0 || !above(i - 1))) return hint_ = i;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (above(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hint_ = lo;
}

size_t OffsetMap::ToOriginalBegin(size_t f) const {
  // The last segment starting at or before f decides; segments removing a code point
  // (folded_len 0) sit at the same folded offset as what follows them.
  size_t i = FirstAfter(f, false);
  if (i == 0) return f;
  const Segment& s = segments_[i - 1];
  if (f < s.folded + s.folded_len) return s.original;
  return After(s, f);
}

size_t OffsetMap::ToOriginalEnd(size_t f) const {
  if (f == 0) return ToOriginalBegin(0);
  // The byte f-1 decides: the last segment whose first folded byte is before f.
  size_t i = FirstAfter(f, true);
  if (i == 0) return f;
  const Segment& s = segments_[i - 1];
  if (f <= s.folded + s.folded_len) return s.original + s.original_len;
  return After(s, f);
}

}  // namespace atlas::text

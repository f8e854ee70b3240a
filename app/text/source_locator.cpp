// Text offsets to raw-file lines; see source_locator.h.
#include "text/source_locator.h"

namespace atlas::text {

int SourceLocator::LastLineOf(size_t text_end) const {
  size_t end = SourceEnd(text_end);
  return raw_lines_.LineOf(end > 0 ? end - 1 : 0);
}

}  // namespace atlas::text

// The `mentions` tool's work: geoparse text files and print one JSON object per place
// mention (DESIGN.md's JSON Lines). Owns the report format; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace atlas::text {

class MentionLinker;

struct MentionsOptions {
  std::vector<std::string> files;           // paths as given; "file" repeats them verbatim
  const MentionLinker* linker = nullptr;    // null: the bundled gazetteer's linker
  size_t chunk_bytes = size_t(1) << 20;     // files are linked in overlapping pieces this big
};

// Writes {"file","line","col","surface","place","name","kind","lat","lon"[,"metonym"]}
// per mention to `out`: line 1-based over the raw file (universal newlines), col 1-based
// in code points of the decoded text (ill-formed UTF-8 counts one U+FFFD per maximal
// ill-formed subsequence, as Python's errors='replace'), surface verbatim.
// Problems go to `err`, one line each naming the file: unreadable, a directory or binary
// (the file fails; the others go on), empty (skipped), ill-formed UTF-8 (a warning).
// Returns 0 when every file was read, 1 otherwise.
int WriteMentionsJsonl(const MentionsOptions& options, std::ostream& out, std::ostream& err);

}  // namespace atlas::text

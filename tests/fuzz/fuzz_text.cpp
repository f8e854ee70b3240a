// libFuzzer target: arbitrary bytes through the document reader (as text, Markdown or HTML),
// the segmenter and the linker. Besides not crashing, the output must keep its invariants:
// spans inside the text, passages inside their article and not overlapping, mentions in
// order and inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/document_reader.h"
#include "text/mention_linker.h"
#include "text/segmenter.h"
#include "util/error.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDocument(const atlas::text::Document& doc) {
  const size_t n = doc.text.size();
  size_t last_end = 0;
  for (const auto& a : doc.articles) {
    Check(a.span.begin <= a.span.end && a.span.end <= n);
    for (const auto& p : a.passages) {
      Check(p.span.begin <= p.span.end && p.span.end <= n);
      Check(p.span.begin >= a.span.begin && p.span.end <= a.span.end);
      Check(p.span.begin >= last_end);
      last_end = p.span.end;
    }
  }
  size_t prev = 0;
  for (const auto& m : atlas::text::LinkMentions(doc.text)) {
    Check(m.span.begin < m.span.end && m.span.end <= n && m.span.begin >= prev);
    prev = m.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  setenv("CAUCASUS_ATLAS_DATA", ATLAS_SOURCE_DIR, 0);
  atlas::text::BundledLinker();  // load the gazetteer once, outside the timed runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  // The first byte picks how the rest is read, so one corpus exercises all three readers.
  static const char* kNames[] = {"fuzz.txt", "fuzz.md", "fuzz.html"};
  const std::string name = kNames[data[0] % 3];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  try {
    atlas::text::Document doc = atlas::text::DocumentFromBytes(name, bytes);
    atlas::text::Segmenter().Segment(doc);
    CheckDocument(doc);
  } catch (const atlas::AtlasError&) {
    // Refused input (empty, binary, unparseable) is a correct outcome.
  }
  return 0;
}

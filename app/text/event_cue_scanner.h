// EventCueScanner: owns finding the event type lexicon's words in text (one Hyperscan scan,
// endings by script, longest cue first). No GL, ImGui, SQL or GDAL.
#pragma once
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/document_model.h"
#include "text/event_types.h"
#include "text/folded_text.h"
#include "text/inflection_rules.h"
#include "text/literal_scanner.h"

namespace atlas::text {

// A lexicon entry found in text: `span` covers its words as written (endings included).
struct EventCue {
  ByteSpan span;
  const EventCueEntry* entry = nullptr;
};

class EventCueScanner {
 public:
  // Compiles `lexicon` (which must outlive the scanner); `cache_dir` (may be empty) keeps
  // the compiled scan between runs.
  explicit EventCueScanner(std::span<const EventCueEntry> lexicon = EventCueLexicon(),
                           const std::filesystem::path& cache_dir = {});
  ~EventCueScanner();

  // The cues in `text`, in text order, non-overlapping (the longest of overlapping cues wins;
  // every entry listing the same words is reported). Not thread-safe (scratch reused).
  std::vector<EventCue> Find(std::string_view text) const;

 private:
  enum class Shape { kWord, kPrefix, kSuffix };
  struct Word {
    std::string folded;
    Shape shape = Shape::kWord;
  };
  struct Pattern {
    std::vector<Word> words;  // the first is scanned for; the others are checked after it
    NameScript script = NameScript::kOther;
    bool turkic = false;      // Azerbaijani or Turkish: Turkic case endings
    bool inflects = false;    // not English: the script's endings may follow a whole word
    std::vector<const EventCueEntry*> entries;
  };
  struct Hit {
    size_t begin, end;  // folded
    uint32_t pattern;
  };
  bool MatchWord(const Pattern& p, const Word& w, size_t at, size_t* end) const;
  bool Extend(const Pattern& p, size_t first_end, size_t* end) const;

  std::vector<Pattern> patterns_;
  std::unique_ptr<LiteralScanner> scanner_;
  mutable FoldedText folded_;
  mutable std::vector<LiteralScanner::Hit> hits_;
  mutable std::vector<Hit> found_, kept_;
};

}  // namespace atlas::text

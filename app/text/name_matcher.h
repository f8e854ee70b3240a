// NameMatcher: owns the names of many entries (places, actors) compiled into one Hyperscan scan,
// word boundaries by script, inflection, capitals and the longest reading. No GL, ImGui, SQL, GDAL.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/document_model.h"
#include "text/folded_text.h"
#include "text/inflection_rules.h"
#include "text/literal_scanner.h"
#include "text/mention_context.h"
#include "util/binary_record.h"

namespace atlas::text {

// A name folded for matching (TextNormalizer) without surrounding spaces.
std::string FoldName(std::string_view name);

// Latin, Cyrillic and Armenian distinguish capitals; the capitalisation cues need one of them.
bool IsCasedScript(NameScript script);

// The name at `site` as written in the text (inflection ending excluded).
std::string_view NameAsWritten(const MentionSite& site);

// Finds where a name stands as a word of its script (whole, inflected, after Arabic clitics),
// written as a name, and keeps the longest reading; what it names there is the caller's
// decision (the `resolve` callback of Match).
class NameMatcher {
 public:
  // One folded spelling to scan for, shared by every owner that lists it.
  struct Pattern {
    std::string text;
    NameScript script = NameScript::kOther;
    bool needs_ending = false;
    std::vector<std::string> next_stems;  // further words of an inflected Russian phrase
    bool blocks = false;         // a phrase that names nothing but hides the names inside it
    bool lowercase_ok = false;   // some source spelling starts with a small letter ("al-Bab")
    bool acronym = true;         // every source spelling is in capitals ("US", "UAE"): match only so
    bool english = false;        // some source spelling is English
    bool turkic = false;         // some source spelling is Azerbaijani or Turkish
    bool arabic = false;         // some source spelling is Arabic
    bool persian = false;        // some source spelling is Persian
    std::vector<int> owners;     // in order of preference
  };

  // A pattern found on word boundaries with an ending its script allows.
  struct Candidate {
    size_t fb = 0, fe = 0, word_end = 0;  // folded: name, and the end of its word
    uint32_t pattern = 0;
    bool fused_latin_ending = false;      // a Turkic case ending written onto a Latin name
    // Set while resolving: the owner named (-1: none, but overlapping readings are blocked),
    // whether it stands for a government, and where it begins and ends in the original.
    int owner = -1;
    bool metonym = false;
    size_t original_begin = 0, original_word_end = 0;
  };

  NameMatcher();
  ~NameMatcher();
  NameMatcher(const NameMatcher&) = delete;
  NameMatcher& operator=(const NameMatcher&) = delete;

  // Adds a name of `owner` (>= 0) as written in the source, in `language` (ISO 639-1): its
  // fold, the fold with spaces for hyphens, and the stems its script inflects (FormsOfName).
  // Names shorter than two folded bytes are ignored.
  void AddName(std::string_view name, std::string_view language, int owner);
  // The same for an adjective: Russian adjectives also inflect (российский -> российской).
  void AddAdjective(std::string_view adjective, std::string_view language, int owner);
  // A phrase that names nothing but blocks the shorter readings inside it ("Georgia Tech").
  void AddBlocker(std::string_view phrase);
  // Orders each pattern's owners (stable): `before(a, b)` when a is preferred.
  void OrderOwners(const std::function<bool(int, int)>& before);
  // Compiles the patterns; `cache_dir` (may be empty) keeps the compiled scan between runs.
  void Compile(const std::filesystem::path& cache_dir);

  // The patterns (after OrderOwners, before Compile) as bytes, and back, so an owner that
  // adds the same names every run can skip folding and inflecting them. Loading returns
  // false, leaving the matcher as it was, when the bytes are damaged.
  void SavePatterns(BinaryWriter& out) const;
  bool LoadPatterns(BinaryReader& in);

  // Folds and scans `text`; then each candidate, by start and longer first, is passed to
  // `resolve`, which sets its owner (or -1 to block) and returns false when the candidate
  // has no reading there. A reading overlapping the last kept one replaces it only when
  // longer. Returns the kept candidates, in text order. Not thread-safe (scratch reused).
  const std::vector<Candidate>& Match(std::string_view text, const std::function<bool(Candidate*)>& resolve) const;

  // Within `resolve`: where the candidate stands (sets its original offsets), and whether it
  // is written as a name of its pattern (capitalised in cased scripts unless listed in small
  // letters; in capitals when every listed spelling is).
  MentionSite SiteOf(std::string_view text, Candidate* c) const;
  bool WrittenAsName(const MentionSite& site, const Pattern& p) const;
  // The span of a kept candidate in the original text, combining marks after it included.
  ByteSpan OriginalSpan(std::string_view text, const Candidate& c) const;

  const Pattern& pattern(uint32_t index) const { return patterns_[index]; }
  size_t pattern_count() const { return patterns_.size(); }
  bool loaded_from_cache() const { return scanner_ && scanner_->loaded_from_cache(); }

 private:
  using PatternIndex = std::unordered_map<std::string, size_t>;
  void AddForms(std::string_view name, std::string_view language, int owner, bool adjective);
  Pattern& AddPattern(const NameForm& form, int owner, bool lowercase_ok);
  void FindCandidates(std::string_view original) const;

  std::vector<Pattern> patterns_;
  PatternIndex index_;
  std::unique_ptr<LiteralScanner> scanner_;

  // Scratch, reused between calls.
  mutable FoldedText folded_;
  mutable std::vector<LiteralScanner::Hit> hits_;
  mutable std::vector<Candidate> candidates_, kept_;
};

}  // namespace atlas::text

// MentionLinker: finds gazetteer names in text and decides which place each one names.
// One NameMatcher scan over the folded text (word boundaries by script, longest match),
// not-place phrases and context rules. Owns linking; no GL, ImGui, SQL or GDAL.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "text/document_model.h"
#include "text/gazetteer.h"
#include "text/name_matcher.h"

namespace atlas::text {

// Surface policy: a mention's span is the whole word as written — inflection endings
// included (Москве, Bakıda, Երևանում) — except that an apostrophe ends the word
// (Russia's -> "Russia", Bakü'de -> "Bakü") and Arabic clitic prefixes are left out
// (وتركيا -> "تركيا"). Multi-word names span their words ("Lachin corridor").
class MentionLinker {
 public:
  // Compiles every folded name of `gazetteer` into one matcher; `cache_dir` (may be empty)
  // keeps the compiled matcher between runs. The gazetteer must outlive the linker.
  explicit MentionLinker(const Gazetteer& gazetteer, const std::filesystem::path& cache_dir = {});
  ~MentionLinker();

  // The mentions in `text` (any bytes; ill-formed UTF-8 is tolerated), in text order,
  // non-overlapping, each span exactly into `text`. Not thread-safe: one linker per thread.
  std::vector<PlaceMention> Link(std::string_view text) const;
  void LinkInto(std::string_view text, std::vector<PlaceMention>* out) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }
  size_t pattern_count() const { return matcher_.pattern_count(); }
  bool matcher_from_cache() const { return matcher_.loaded_from_cache(); }
  bool patterns_from_cache() const { return patterns_from_cache_; }

 private:
  struct EntryRules;

  bool ResolveEntry(std::string_view original, NameMatcher::Candidate* c) const;

  const Gazetteer& gazetteer_;
  // The matcher's patterns through the cache file (see the constructor).
  bool LoadPatterns(const std::filesystem::path& file, const std::string& key);
  void SavePatterns(const std::filesystem::path& file, const std::string& key) const;

  NameMatcher matcher_;
  std::vector<EntryRules> rules_;  // per entry, folded context words
  bool patterns_from_cache_ = false;
};

// The fuzz entry point and simplest use: links `text` against the bundled gazetteer
// (loaded, and its matcher compiled or read from the cache, on first use).
std::vector<PlaceMention> LinkMentions(std::string_view text);

// The process-wide linker over the bundled gazetteer used by LinkMentions.
const MentionLinker& BundledLinker();

}  // namespace atlas::text

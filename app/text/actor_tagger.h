// ActorTagger: owns finding an ActorDictionary's actors in text (names, adjectives, metonyms,
// people in office) on the linker's NameMatcher. No GL, ImGui, SQL or GDAL.
#pragma once
#include <filesystem>
#include <string_view>
#include <vector>

#include "text/actor_dictionary.h"
#include "text/document_model.h"
#include "text/name_matcher.h"

namespace atlas::text {

// Matching is the linker's (name_matcher.h): case and diacritics folded, Russian,
// Azerbaijani/Turkish and Armenian endings, Arabic clitics, longest match, acronyms only in
// capitals, small letters only where a listed spelling has them. On top of it:
// - a person counts only while one of their roles is held on some day of `when` (any role
//   when `when` is unknown): "Raisi" is Iran in 2022, nobody in 2018;
// - an actor's avoid_near words within eight words mean another referent (Georgia, Atlanta);
// - members are not expanded: "CSTO" tags csto, not russia;
// - a span names one actor, so "OSCE Minsk Group" is osce_minsk_group alone.
class ActorTagger {
 public:
  // Compiles every spelling of `dictionary` (which must outlive the tagger) into one matcher;
  // `cache_dir` (may be empty) keeps the compiled matcher between runs.
  explicit ActorTagger(const ActorDictionary& dictionary, const std::filesystem::path& cache_dir = {});
  ~ActorTagger();

  // The actor mentions in `text`, in text order, non-overlapping, spans exactly into `text`.
  // Not thread-safe: one tagger per thread.
  std::vector<ActorMention> Tag(std::string_view text, const PartialDate& when) const;
  void TagInto(std::string_view text, const PartialDate& when, std::vector<ActorMention>* out) const;

  const ActorDictionary& dictionary() const { return dictionary_; }
  bool matcher_from_cache() const { return matcher_.loaded_from_cache(); }

 private:
  // What a matched spelling stands for: an actor, how, and which person.
  struct Reading {
    int actor = 0;
    ActorMention::Via via = ActorMention::Via::kName;
    int person = -1;
  };
  bool Resolve(std::string_view text, const PartialDate& when, NameMatcher::Candidate* c) const;

  const ActorDictionary& dictionary_;
  std::vector<Reading> readings_;                    // the matcher's owners
  std::vector<std::vector<std::string>> avoid_near_;  // per actor, folded
  NameMatcher matcher_;
};

// The process-wide tagger over the bundled actors (loaded, and its matcher compiled or
// read from the cache, on first use).
const ActorTagger& BundledActorTagger();

}  // namespace atlas::text

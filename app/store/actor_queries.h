// The questions the Actors panel and the actor filter ask the corpus: passages per actor, per
// actor and month, who is named with whom, and an actor's passages. Read-only; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/corpus_filter.h"
#include "store/corpus_queries.h"
#include "store/corpus_store.h"
#include "store/passage_hits.h"

namespace atlas::store {

struct ActorCount {
  std::string actor_id;
  int64_t mentions = 0;
  int64_t passages = 0;
};

struct ActorMonthSeries {
  std::string actor_id;
  int64_t passages = 0;             // over all its months
  std::vector<MonthCount> months;   // ascending, months without passages left out
};

struct ActorPair {
  std::string first, second;  // actor ids, first < second
  int64_t passages = 0;       // passages naming both
};

// Counts are of passages passing the filter: with actors chosen, a passage counts when it
// names any of them, and the counts of the other actors then say how often each is named
// alongside the chosen ones.
class ActorQueries {
 public:
  explicit ActorQueries(CorpusStore& store) : store_(store) {}

  // Passages (and mentions) per actor, most passages first.
  std::vector<ActorCount> ActorCounts(const CorpusFilter& filter);
  // Per actor, dated passages per month; actors with most passages first.
  std::vector<ActorMonthSeries> ActorMonths(const CorpusFilter& filter);
  // Pairs of actors by the number of passages naming both, most first; at most `max_pairs`
  // (0: all). A matrix for the top actors is the pairs among them.
  std::vector<ActorPair> ActorCoOccurrence(const CorpusFilter& filter, size_t max_pairs = 0);
  // Passages naming `actor_id` (and passing the filter), newest first (undated last).
  std::vector<PassageHit> PassagesInvolvingActor(const std::string& actor_id, const CorpusFilter& filter,
                                                 size_t limit = 500);

 private:
  CorpusStore& store_;
};

}  // namespace atlas::store

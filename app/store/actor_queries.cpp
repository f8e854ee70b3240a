// Actor counts, monthly series, co-occurrence and passages; see actor_queries.h.
#include "store/actor_queries.h"

#include <algorithm>

#include "store/month_summary.h"
#include "store/passage_tag_index.h"

namespace atlas::store {

std::vector<ActorCount> ActorQueries::ActorCounts(const CorpusFilter& filter) {
  std::vector<ActorCount> out;
  for (KeyCount& c : MonthSummary::Answers(filter) ? kActorMonths.PerKey(store_.db(), filter)
                                                   : store_.TagIndex().CountActors(filter))
    out.push_back({std::move(c.key), c.tags, c.passages});
  std::sort(out.begin(), out.end(), [](const ActorCount& a, const ActorCount& b) {
    return a.passages != b.passages ? a.passages > b.passages : a.actor_id < b.actor_id;
  });
  return out;
}

std::vector<ActorMonthSeries> ActorQueries::ActorMonths(const CorpusFilter& filter) {
  std::vector<ActorMonthSeries> out;
  // Rows come ordered by actor, then month.
  for (KeyMonthCount& c : MonthSummary::Answers(filter) ? kActorMonths.PerKeyAndMonth(store_.db(), filter)
                                                        : store_.TagIndex().ActorPassagesPerMonth(filter)) {
    if (out.empty() || out.back().actor_id != c.key) out.push_back({std::move(c.key), 0, {}});
    out.back().passages += c.passages;
    out.back().months.push_back({std::move(c.month), c.passages});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ActorMonthSeries& a, const ActorMonthSeries& b) { return a.passages > b.passages; });
  return out;
}

std::vector<ActorPair> ActorQueries::ActorCoOccurrence(const CorpusFilter& filter, size_t max_pairs) {
  std::vector<ActorPair> out;
  for (KeyPairCount& p : store_.TagIndex().ActorPairs(filter))
    out.push_back({std::move(p.first), std::move(p.second), p.passages});
  std::sort(out.begin(), out.end(), [](const ActorPair& x, const ActorPair& y) {
    if (x.passages != y.passages) return x.passages > y.passages;
    return x.first != y.first ? x.first < y.first : x.second < y.second;
  });
  if (max_pairs > 0 && out.size() > max_pairs) out.resize(max_pairs);
  return out;
}

std::vector<PassageHit> ActorQueries::PassagesInvolvingActor(const std::string& actor_id, const CorpusFilter& filter,
                                                             size_t limit) {
  return PassageHitReader(store_.db()).ById(store_.TagIndex().NewestPassages(filter, {}, actor_id, limit));
}

}  // namespace atlas::store

// Stored events under a filter, and the passage behind one; see event_queries.h.
#include "store/event_queries.h"

#include <unordered_map>
#include <utility>

namespace atlas::store {
std::vector<StoredEvent> EventQueries::Events(const CorpusFilter& filter, size_t limit) {
  const FilterSql where(filter);
  Statement q(store_.db(),
              "SELECT e.id, e.passage_id, e.article_id, e.stated_start, coalesce(e.stated_end, ''), "
              "coalesce(e.date_start, ''), coalesce(e.date_end, ''), e.year_inferred, e.type, e.confidence, e.quote, "
              "e.line, a.title, a.outlet, coalesce(a.date, ''), d.path "
              "FROM events e JOIN articles a ON a.id = e.article_id JOIN documents d ON d.id = a.document_id WHERE " +
                  where.DateOverlap("e") + " AND " + where.EventOfType("e.type") + " AND " +
                  where.EventInvolvesActor("e.id") + " ORDER BY e.date_start IS NULL, e.date_start, e.id LIMIT :limit");
  where.Bind(q);
  q.Bind(q.ParameterIndex(":limit"), limit > 0 ? int64_t(limit) : int64_t(-1));
  std::vector<StoredEvent> events;
  while (q.Step()) {
    StoredEvent e;
    e.event_id = q.Int(0);
    e.passage_id = q.Int(1);
    e.article_id = q.Int(2);
    e.stated_start = q.Text(3);
    e.stated_end = q.Text(4);
    e.first_day = q.Text(5);
    e.last_day = q.Text(6);
    e.year_inferred = q.Int(7) != 0;
    e.type = q.Text(8);
    e.confidence = q.Real(9);
    e.quote = q.Text(10);
    e.line = int(q.Int(11));
    e.title = q.Text(12);
    e.outlet = q.Text(13);
    e.article_date = q.Text(14);
    e.file = q.Text(15);
    events.push_back(std::move(e));
  }
  if (events.empty()) return events;

  // Places and actors, read whole in key order (events are few next to passages: one pass
  // over each table costs less than a lookup per event) and handed to the events chosen.
  std::unordered_map<int64_t, StoredEvent*> by_id;
  for (StoredEvent& e : events) by_id.emplace(e.event_id, &e);
  using IdList = std::vector<std::string> StoredEvent::*;
  for (const auto& [sql, member] : {std::pair<const char*, IdList>{"SELECT event_id, place_id FROM event_places",
                                                                   &StoredEvent::place_ids},
                                    std::pair<const char*, IdList>{"SELECT event_id, actor_id FROM event_actors",
                                                                   &StoredEvent::actor_ids}}) {
    Statement ids(store_.db(), sql);
    while (ids.Step()) {
      auto it = by_id.find(ids.Int(0));
      if (it != by_id.end()) (it->second->*member).push_back(ids.Text(1));
    }
  }
  return events;
}

std::optional<PassageHit> EventQueries::PassagesForEvent(int64_t event_id) {
  Statement q(store_.db(), "SELECT passage_id, quote_begin, quote_end FROM events WHERE id = ?1");
  q.Bind(1, event_id);
  if (!q.Step()) return std::nullopt;
  std::vector<PassageHit> hits = PassageHitReader(store_.db()).ById({q.Int(0)});
  if (hits.empty()) return std::nullopt;
  hits.front().quote = {int(q.Int(1)), int(q.Int(2))};
  return std::move(hits.front());
}

}  // namespace atlas::store

// CorpusFilter (the date window, actors and event types the analyst has chosen) and FilterSql,
// which turns its dates and event choices into SQL conditions. No GL, no ImGui.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "store/sqlite_db.h"

namespace atlas::store {

// Dates are inclusive ISO days ("YYYY-MM-DD"); empty means open-ended. Rows without a date
// pass only when both ends are open. A passage passes the actor filter when it names ANY of
// `actors`; an event when it involves any of them. `event_types` ("military", ...) narrows
// event queries only. Empty lists filter nothing.
struct CorpusFilter {
  std::string date_from, date_to;
  std::vector<std::string> actors{};
  std::vector<std::string> event_types{};
  // A date window is set (the UI says "in the chosen period").
  bool active() const { return !date_from.empty() || !date_to.empty(); }
  bool has_actors() const { return !actors.empty(); }
  bool operator==(const CorpusFilter&) const = default;
};

// SQL for one filter's dates and event choices (actors of passages are the tag index's, see
// passage_tag_index.h). Each method returns a condition to AND into a WHERE clause ("1" when
// the filter does not narrow that aspect), naming parameters :date_from, :date_to,
// :actor1.., :type1..; Bind() then sets whichever of them a statement uses. Conditions are
// written only for what is chosen, so the planner never sees an "x = '' OR ..." guard.
class FilterSql {
 public:
  explicit FilterSql(const CorpusFilter& filter) : filter_(filter) {}

  // Rows of `alias` (with date_start, date_end columns) whose days overlap the window.
  std::string DateOverlap(std::string_view alias) const;
  // The event `event_id` involves one of the chosen actors; `type` is one of the chosen types.
  std::string EventInvolvesActor(std::string_view event_id) const;
  std::string EventOfType(std::string_view type) const;

  void Bind(Statement& q) const;

 private:
  const CorpusFilter& filter_;
};

}  // namespace atlas::store

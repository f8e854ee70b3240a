// The questions the event layers ask the corpus: the stored extracted events under the date
// window, types and actors chosen, and the passage behind one. Read-only; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/corpus_filter.h"
#include "store/corpus_store.h"
#include "store/passage_hits.h"

namespace atlas::store {

struct StoredEvent {
  int64_t event_id = 0, passage_id = 0, article_id = 0;
  std::string stated_start;  // as known: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
  std::string stated_end;    // the end of a range, as known; "" for a single date
  std::string first_day, last_day;  // the inclusive days it spans ("" when undated)
  bool year_inferred = false;
  std::string type;  // "military" | "diplomatic" | "infrastructure" | "humanitarian" | "political" | "economic"
  std::vector<std::string> place_ids;  // the quote's own first
  std::vector<std::string> actor_ids;
  double confidence = 0;
  std::string quote;
  int line = 0;  // 1-based over the raw file, where the date is stated
  std::string title, outlet, article_date, file;
};

class EventQueries {
 public:
  explicit EventQueries(CorpusStore& store) : store_(store) {}

  // Events with a day inside the window (a range overlaps when any of its days does; undated
  // events only with an open window), of the chosen types, involving any chosen actor;
  // oldest first, at most `limit` (0: all).
  std::vector<StoredEvent> Events(const CorpusFilter& filter, size_t limit = 0);
  // The passage an event is stated in, with its quote marked (PassageHit::quote) and its
  // place mentions highlighted; nothing for an unknown id.
  std::optional<PassageHit> PassagesForEvent(int64_t event_id);

 private:
  CorpusStore& store_;
};

}  // namespace atlas::store

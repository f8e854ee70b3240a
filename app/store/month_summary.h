// MonthSummary: a per-month summary table of one kind of passage tag (place_months for place
// mentions, actor_months for actor mentions), kept exact by every write. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "store/corpus_filter.h"
#include "store/sqlite_db.h"
#include "store/tag_tallies.h"

namespace atlas::store {

// For each key and period (the first and last month a passage's date may fall in; '' when
// undated) the summary holds the tags and distinct passages, so that filter changes on whole
// months sum a few thousand rows whatever the corpus size. The tag table has the columns
// (passage_id, <key>); dates come from the passages.
class MonthSummary {
 public:
  constexpr MonthSummary(std::string_view table, std::string_view key_column, std::string_view tags_table)
      : table_(table), key_(key_column), tags_(tags_table) {}

  std::string SchemaSql() const;  // CREATE TABLE IF NOT EXISTS ...
  // Adds (sign +1) or takes away (-1) one stored document's tags, read back from its rows,
  // inside an open transaction.
  void AddDocument(SqliteDb& db, int64_t document_id, int sign) const;

  // Tags counted while they are written, so a batch adds to the summary in one statement
  // instead of reading its rows back. Months are "YYYY-MM", "" when undated.
  class Tally {
   public:
    // One passage's tags: the key of each tag row written, repeated as often as it occurs.
    void AddPassage(std::string_view first_month, std::string_view last_month, std::vector<std::string_view>& keys);

   private:
    friend class MonthSummary;
    struct Counts {
      int64_t mentions = 0, passages = 0;
    };
    // (key, first month, last month), compared as views so a lookup needs no strings made.
    using Where = std::tuple<std::string, std::string, std::string>;
    using WhereView = std::tuple<std::string_view, std::string_view, std::string_view>;
    struct ByView {
      using is_transparent = void;
      static WhereView View(const Where& w) { return {std::get<0>(w), std::get<1>(w), std::get<2>(w)}; }
      static WhereView View(const WhereView& w) { return w; }
      template <typename A, typename B>
      bool operator()(const A& a, const B& b) const { return View(a) < View(b); }
    };
    std::map<Where, Counts, ByView> counts_;
  };
  // Adds a tally to the summary inside an open transaction, and empties it.
  void Add(SqliteDb& db, Tally* tally) const;
  // Rebuilds the summary from the tags (schema migrations).
  void Rebuild(SqliteDb& db) const;

  // True when the summary answers `filter` exactly: no actors chosen, and the window (if
  // any) starts on a first and ends on a last day of a month.
  static bool Answers(const CorpusFilter& filter);
  // Tags and passages per key within the window; only when Answers(filter).
  std::vector<KeyCount> PerKey(SqliteDb& db, const CorpusFilter& filter) const;
  // Dated passages per key and month within the window, ordered by key then month; only
  // when Answers(filter).
  std::vector<KeyMonthCount> PerKeyAndMonth(SqliteDb& db, const CorpusFilter& filter) const;

 private:
  std::string_view table_, key_, tags_;
};

inline constexpr MonthSummary kPlaceMonths{"place_months", "place_id", "mentions"};
inline constexpr MonthSummary kActorMonths{"actor_months", "actor_id", "passage_actors"};

}  // namespace atlas::store

// DocumentWriter: inserts one analysed document's rows — document, articles, passages, place
// mentions, actor mentions, events with their places and actors — inside an open transaction.
// No GL, no ImGui.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/corpus_store.h"
#include "store/month_summary.h"
#include "store/sqlite_db.h"
#include "text/document_model.h"

namespace atlas::store {

// One writer serves a whole batch: its statements are prepared once. It only inserts; the
// caller removes what a file had before and keeps the summaries and full-text index in step.
class DocumentWriter {
 public:
  explicit DocumentWriter(SqliteDb& db);

  // Writes `doc` as the file `id`; returns the new document's row id.
  int64_t Write(const DocumentIdentity& id, const text::Document& doc);

  // Passage ids written so far form the range [first_passage, last_passage] (empty while
  // first > last), so the full-text index can take them in one statement.
  int64_t first_passage() const { return first_passage_; }
  int64_t last_passage() const { return last_passage_; }
  // The place and actor mentions written so far, for kPlaceMonths and kActorMonths.
  MonthSummary::Tally& place_tally() { return place_tally_; }
  MonthSummary::Tally& actor_tally() { return actor_tally_; }

 private:
  // The dates every row of an article carries: inclusive ISO days, absent when undated.
  struct Days {
    std::optional<std::string> first, last;
  };
  void WriteArticle(int64_t document_id, int64_t ordinal, const text::Document& doc, const text::Article& a);
  int64_t WritePassage(int64_t article_id, int64_t ordinal, const text::Document& doc, const text::Article& a,
                       const text::Passage& p, const Days& days);
  void WriteEvent(int64_t article_id, std::string_view text, const text::Article& a,
                  const std::vector<int64_t>& passage_ids, const text::ExtractedEvent& e);

  SqliteDb& db_;
  Statement insert_document_, insert_article_, insert_passage_, insert_mention_, insert_actor_, insert_event_,
      insert_event_place_, insert_event_actor_;
  int64_t first_passage_ = 0, last_passage_ = -1;
  MonthSummary::Tally place_tally_, actor_tally_;
  std::vector<std::string_view> keys_;  // one passage's tags, reused
};

}  // namespace atlas::store

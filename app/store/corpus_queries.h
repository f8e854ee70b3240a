// The questions the map asks the corpus about places and passages: how often each place is
// mentioned under the current filters, which passages mention a place (newest first, mentions
// marked), full-text search, passages per month, a whole article, the passage at a file's
// line. Read-only SQL over CorpusStore; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/corpus_filter.h"
#include "store/corpus_store.h"
#include "store/passage_hits.h"

namespace atlas::store {

struct PlaceCount {
  std::string place_id;
  int64_t mentions = 0;
  int64_t passages = 0;
};

struct MonthCount {
  std::string month;  // "YYYY-MM"
  int64_t passages = 0;
};

struct ArticleView {
  int64_t article_id = 0;
  std::string title, outlet, author, language, date, date_note, file;
  bool date_inferred = false;
  int first_line = 0, last_line = 0;
  std::vector<PassageHit> passages;  // in reading order
};

// Every query honours the filter's date window and actors (a passage counts when it names
// any chosen actor); event types concern EventQueries only.
class CorpusQueries {
 public:
  explicit CorpusQueries(CorpusStore& store) : store_(store) {}

  std::vector<PlaceCount> CountMentionsByPlace(const CorpusFilter& filter);
  // Passages mentioning any of `place_ids`, newest first (undated last), at most `limit`.
  std::vector<PassageHit> PassagesMentioning(const std::vector<std::string>& place_ids, const CorpusFilter& filter,
                                             size_t limit = 500);
  // FTS5 search. The query is taken as words (quoted safely), all required, prefix-matched
  // on the last word. Best matches first.
  std::vector<PassageHit> Search(std::string_view words, const CorpusFilter& filter, size_t limit = 200);
  // Dated passages per month, over the whole corpus or those passing `filter` (the timeline
  // passes the actors alone, to draw the actor-filtered histogram under the window).
  std::vector<MonthCount> PassagesPerMonth();
  std::vector<MonthCount> PassagesPerMonth(const CorpusFilter& filter);
  ArticleView Article(int64_t article_id);
  int64_t PassageCount(const CorpusFilter& filter);
  // The passage of the file named `file_name` (the stored path's last component; the most
  // recently ingested document when several match) whose lines hold `line` (1-based), for
  // citing curated facts. Nothing when no such file or the line is outside every passage.
  std::optional<PassageHit> PassageAtLine(std::string_view file_name, int line);

 private:
  CorpusStore& store_;
};

// "Shusha" -> "\"shusha\"*"; every word quoted, so user input can never be FTS syntax.
std::string FtsQueryFromWords(std::string_view words);

}  // namespace atlas::store

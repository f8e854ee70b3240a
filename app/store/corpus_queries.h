// The questions the map asks the corpus: how often each place is mentioned under the current
// filters, which passages mention a place (newest first, mentions marked), full-text search,
// passages per month, and a whole article. Read-only SQL over CorpusStore; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/corpus_store.h"

namespace atlas::store {

// Inclusive ISO dates ("YYYY-MM-DD"); empty means open-ended. Passages without a date pass
// only when both ends are open.
struct CorpusFilter {
  std::string date_from, date_to;
  bool active() const { return !date_from.empty() || !date_to.empty(); }
  bool operator==(const CorpusFilter&) const = default;
};

struct PlaceCount {
  std::string place_id;
  int64_t mentions = 0;
  int64_t passages = 0;
};

struct Highlight {
  int begin = 0, end = 0;  // bytes within the passage text
  std::string place_id;
};

struct PassageHit {
  int64_t passage_id = 0, article_id = 0;
  std::string text;
  std::string kind;  // "title" or "body"
  std::string title, outlet, author, language;
  std::string date;  // as known: "YYYY-MM-DD", "YYYY-MM", "YYYY" or ""
  bool date_inferred = false;
  std::string date_note;
  std::string file;
  int first_line = 0;
  std::vector<Highlight> highlights;  // every place mention in the passage, in order
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
  std::vector<MonthCount> PassagesPerMonth();
  ArticleView Article(int64_t article_id);
  int64_t PassageCount(const CorpusFilter& filter);

 private:
  std::vector<PassageHit> FetchPassages(Statement& q);
  std::vector<PassageHit> PassagesById(const std::vector<int64_t>& ids);  // in that order
  void AttachHighlights(std::vector<PassageHit>& hits);
  CorpusStore& store_;
};

// "Shusha" -> "\"shusha\"*"; every word quoted, so user input can never be FTS syntax.
std::string FtsQueryFromWords(std::string_view words);

}  // namespace atlas::store

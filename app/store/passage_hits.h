// PassageHit, a stored passage as the Sources panel shows it (text, article, source, place
// highlights, actors), and PassageHitReader, which reads them. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/sqlite_db.h"

namespace atlas::store {

struct Highlight {
  int begin = 0, end = 0;  // bytes within the passage text
  std::string place_id;
};

struct TextRange {
  int begin = 0, end = 0;  // bytes within the passage text
  bool empty() const { return end <= begin; }
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
  int first_line = 0, last_line = 0;
  std::vector<Highlight> highlights;  // every place mention in the passage, in order
  std::vector<std::string> actors;    // ids of the actors it names, in order of first mention
  TextRange quote;                    // an event's quote, when asked for the passage of an event
};

// Reads passages with their article, source, highlights and actors. A query handed to Read()
// selects Columns() FROM From() (aliases p, a, d) and whatever conditions it needs.
class PassageHitReader {
 public:
  explicit PassageHitReader(SqliteDb& db) : db_(db) {}

  static const char* Columns();
  static const char* From();

  std::vector<PassageHit> Read(Statement& q);
  // The passages with these ids, in the order given (ids not stored are left out).
  std::vector<PassageHit> ById(const std::vector<int64_t>& ids);

 private:
  void AttachHighlightsAndActors(std::vector<PassageHit>& hits);
  SqliteDb& db_;
};

}  // namespace atlas::store

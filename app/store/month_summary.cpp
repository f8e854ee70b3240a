// Per-month summaries of passage tags; see month_summary.h.
#include "store/month_summary.h"

#include <algorithm>

#include "store/corpus_store.h"

namespace atlas::store {
namespace {

bool FirstOfMonth(const std::string& day) { return day.size() == 10 && day.compare(8, 2, "01") == 0; }

bool LastOfMonth(const std::string& day) {
  if (day.size() != 10) return false;
  text::PartialDate month{std::stoi(day.substr(0, 4)), std::stoi(day.substr(5, 2)), 0, text::DatePrecision::kMonth};
  return DateBounds(month).second == day;
}

// The summary's periods that overlap the (month-aligned) window.
std::string MonthWindowSql(const CorpusFilter& f) {
  std::string sql = "1";
  if (!f.date_from.empty()) sql += " AND last_month != '' AND last_month >= substr(:date_from, 1, 7)";
  if (!f.date_to.empty()) sql += " AND first_month != '' AND first_month <= substr(:date_to, 1, 7)";
  return sql;
}

}  // namespace

bool MonthSummary::Answers(const CorpusFilter& f) {
  return f.actors.empty() && (f.date_from.empty() || FirstOfMonth(f.date_from)) &&
         (f.date_to.empty() || LastOfMonth(f.date_to));
}

std::string MonthSummary::SchemaSql() const {
  const std::string key(key_);
  return "CREATE TABLE IF NOT EXISTS " + std::string(table_) + "(" + key +
         " TEXT NOT NULL, first_month TEXT NOT NULL, last_month TEXT NOT NULL, mentions INTEGER NOT NULL, "
         "passages INTEGER NOT NULL, PRIMARY KEY(" + key + ", first_month, last_month)) WITHOUT ROWID;\n";
}

void MonthSummary::AddDocument(SqliteDb& db, int64_t document_id, int sign) const {
  const std::string key(key_), table(table_);
  Statement(db, "INSERT INTO " + table + "(" + key + ", first_month, last_month, mentions, passages) SELECT t." + key +
                    ", coalesce(substr(p.date_start, 1, 7), ''), coalesce(substr(p.date_end, 1, 7), ''), "
                    "?2 * count(*), ?2 * count(DISTINCT t.passage_id) FROM articles a "
                    "JOIN passages p ON p.article_id = a.id JOIN " + std::string(tags_) +
                    " t ON t.passage_id = p.id WHERE a.document_id = ?1 GROUP BY 1, 2, 3 ON CONFLICT(" + key +
                    ", first_month, last_month) DO UPDATE SET mentions = mentions + excluded.mentions, "
                    "passages = passages + excluded.passages")
      .Bind(1, document_id)
      .Bind(2, int64_t(sign))
      .Run();
  if (sign < 0) db.Exec("DELETE FROM " + table + " WHERE mentions <= 0");
}

void MonthSummary::Tally::AddPassage(std::string_view first_month, std::string_view last_month,
                                     std::vector<std::string_view>& keys) {
  std::sort(keys.begin(), keys.end());
  for (size_t i = 0; i < keys.size();) {
    size_t same = i;
    while (same < keys.size() && keys[same] == keys[i]) ++same;
    // Looked up without building strings (every passage comes here); made only when new.
    auto it = counts_.find(WhereView(keys[i], first_month, last_month));
    if (it == counts_.end())
      it = counts_.emplace(Where(keys[i], first_month, last_month), Counts()).first;
    Counts& c = it->second;
    c.mentions += int64_t(same - i);
    c.passages += 1;
    i = same;
  }
}

void MonthSummary::Add(SqliteDb& db, Tally* tally) const {
  const std::string key(key_);
  Statement upsert(db, "INSERT INTO " + std::string(table_) + "(" + key +
                           ", first_month, last_month, mentions, passages) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(" +
                           key + ", first_month, last_month) DO UPDATE SET mentions = mentions + excluded.mentions, "
                           "passages = passages + excluded.passages");
  for (const auto& [where, counts] : tally->counts_) {
    upsert.Bind(1, std::get<0>(where)).Bind(2, std::get<1>(where)).Bind(3, std::get<2>(where));
    upsert.Bind(4, counts.mentions).Bind(5, counts.passages).Run();
  }
  tally->counts_.clear();
}

void MonthSummary::Rebuild(SqliteDb& db) const {
  const std::string table(table_);
  db.Exec("DELETE FROM " + table);
  db.Exec("INSERT INTO " + table + " SELECT t." + std::string(key_) +
          ", coalesce(substr(p.date_start, 1, 7), ''), coalesce(substr(p.date_end, 1, 7), ''), count(*), "
          "count(DISTINCT t.passage_id) FROM " + std::string(tags_) +
          " t JOIN passages p ON p.id = t.passage_id GROUP BY 1, 2, 3");
}

std::vector<KeyCount> MonthSummary::PerKey(SqliteDb& db, const CorpusFilter& filter) const {
  Statement q(db, "SELECT " + std::string(key_) + ", sum(mentions), sum(passages) FROM " + std::string(table_) +
                      " WHERE " + MonthWindowSql(filter) + " GROUP BY 1");
  FilterSql(filter).Bind(q);
  std::vector<KeyCount> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1), q.Int(2)});
  return out;
}

std::vector<KeyMonthCount> MonthSummary::PerKeyAndMonth(SqliteDb& db, const CorpusFilter& filter) const {
  Statement q(db, "SELECT " + std::string(key_) + ", first_month, sum(passages) FROM " + std::string(table_) +
                      " WHERE first_month != '' AND " + MonthWindowSql(filter) + " GROUP BY 1, 2 ORDER BY 1, 2");
  FilterSql(filter).Bind(q);
  std::vector<KeyMonthCount> out;
  while (q.Step()) out.push_back({q.Text(0), q.Text(1), q.Int(2)});
  return out;
}

}  // namespace atlas::store

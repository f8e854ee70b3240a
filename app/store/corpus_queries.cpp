// Place and passage queries; see corpus_queries.h.
#include "store/corpus_queries.h"

#include <algorithm>
#include <cctype>

#include "store/month_summary.h"
#include "store/passage_tag_index.h"

namespace atlas::store {
namespace {

// ":place1, :place2, ..."
std::string PlaceParameters(size_t count) {
  std::string s;
  for (size_t i = 0; i < count; ++i) s += (i ? ", :place" : ":place") + std::to_string(i + 1);
  return s;
}

}  // namespace

std::string FtsQueryFromWords(std::string_view words) {
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    // Keep a token only if it has a letter or digit; FTS would drop pure punctuation anyway.
    if (std::any_of(current.begin(), current.end(), [](char c) {
          return (static_cast<unsigned char>(c) & 0x80) || std::isalnum(static_cast<unsigned char>(c));
        }))
      tokens.push_back(current);
    current.clear();
  };
  for (char c : words) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
    else current += c;
  }
  flush();
  std::string query;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string quoted;
    for (char c : tokens[i]) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += (i ? " " : "") + ("\"" + quoted + "\"") + (i + 1 == tokens.size() ? "*" : "");
  }
  return query;
}

std::vector<PlaceCount> CorpusQueries::CountMentionsByPlace(const CorpusFilter& filter) {
  std::vector<PlaceCount> out;
  for (KeyCount& c : MonthSummary::Answers(filter) ? kPlaceMonths.PerKey(store_.db(), filter)
                                                   : store_.TagIndex().CountPlaces(filter))
    out.push_back({std::move(c.key), c.tags, c.passages});
  return out;
}

std::vector<PassageHit> CorpusQueries::PassagesMentioning(const std::vector<std::string>& place_ids,
                                                          const CorpusFilter& filter, size_t limit) {
  if (place_ids.empty()) return {};
  PassageHitReader reader(store_.db());
  if (filter.has_actors()) return reader.ById(store_.TagIndex().NewestPassages(filter, place_ids, "", limit));
  const FilterSql where(filter);
  if (place_ids.size() == 1) {
    // Newest first straight from the (place, date) index, stopping at `limit` passages.
    Statement ids(store_.db(), "SELECT m.passage_id FROM mentions m WHERE m.place_id = :place1 AND " +
                                   where.DateOverlap("m") +
                                   " GROUP BY m.date_start, m.passage_id "
                                   "ORDER BY m.date_start DESC, m.passage_id DESC LIMIT :limit");
    where.Bind(ids);
    ids.Bind(ids.ParameterIndex(":place1"), place_ids.front());
    ids.Bind(ids.ParameterIndex(":limit"), int64_t(limit));
    std::vector<int64_t> wanted;
    while (ids.Step()) wanted.push_back(ids.Int(0));
    return reader.ById(wanted);
  }
  Statement q(store_.db(), std::string("SELECT ") + PassageHitReader::Columns() + PassageHitReader::From() +
                               "WHERE p.id IN (SELECT passage_id FROM mentions WHERE place_id IN (" +
                               PlaceParameters(place_ids.size()) + ")) AND " + where.DateOverlap("p") +
                               " ORDER BY p.date_start IS NULL, p.date_start DESC, a.id DESC, p.ordinal LIMIT :limit");
  where.Bind(q);
  for (size_t i = 0; i < place_ids.size(); ++i)
    q.Bind(q.ParameterIndex(":place" + std::to_string(i + 1)), place_ids[i]);
  q.Bind(q.ParameterIndex(":limit"), int64_t(limit));
  return reader.Read(q);
}

std::vector<PassageHit> CorpusQueries::Search(std::string_view words, const CorpusFilter& filter, size_t limit) {
  const std::string match = FtsQueryFromWords(words);
  if (match.empty()) return {};
  PassageHitReader reader(store_.db());
  if (filter.has_actors()) {
    // Every match, best first, narrowed by the tag index before the limit applies.
    Statement q(store_.db(), "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?1 ORDER BY rank");
    q.Bind(1, match);
    std::vector<int64_t> ids;
    while (q.Step()) ids.push_back(q.Int(0));
    return reader.ById(store_.TagIndex().KeepPassing(filter, ids, limit));
  }
  const FilterSql where(filter);
  Statement q(store_.db(), std::string("SELECT ") + PassageHitReader::Columns() + PassageHitReader::From() +
                               "JOIN passages_fts f ON f.rowid = p.id WHERE passages_fts MATCH :match AND " +
                               where.DateOverlap("p") + " ORDER BY bm25(passages_fts) LIMIT :limit");
  where.Bind(q);
  q.Bind(q.ParameterIndex(":match"), match).Bind(q.ParameterIndex(":limit"), int64_t(limit));
  return reader.Read(q);
}

std::vector<MonthCount> CorpusQueries::PassagesPerMonth() {
  Statement q(store_.db(),
              "SELECT substr(date_start, 1, 7) AS month, count(*) FROM passages WHERE date_start IS NOT NULL "
              "GROUP BY month ORDER BY month");
  std::vector<MonthCount> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1)});
  return out;
}

std::vector<MonthCount> CorpusQueries::PassagesPerMonth(const CorpusFilter& filter) {
  if (filter == CorpusFilter{}) return PassagesPerMonth();
  std::vector<MonthCount> out;
  for (KeyCount& c : store_.TagIndex().PassagesPerMonth(filter)) out.push_back({std::move(c.key), c.passages});
  return out;
}

int64_t CorpusQueries::PassageCount(const CorpusFilter& filter) {
  if (filter.has_actors()) return store_.TagIndex().CountPassages(filter);
  const FilterSql where(filter);
  Statement q(store_.db(), "SELECT count(*) FROM passages p WHERE " + where.DateOverlap("p"));
  where.Bind(q);
  return q.Step() ? q.Int(0) : 0;
}

ArticleView CorpusQueries::Article(int64_t article_id) {
  ArticleView view;
  {
    Statement q(store_.db(),
                "SELECT a.id, a.title, a.outlet, a.author, a.language, coalesce(a.date, ''), a.date_note, d.path, "
                "a.date_inferred, a.first_line, a.last_line FROM articles a JOIN documents d ON d.id = a.document_id "
                "WHERE a.id = ?1");
    q.Bind(1, article_id);
    if (!q.Step()) return view;
    view = {q.Int(0), q.Text(1), q.Text(2), q.Text(3), q.Text(4), q.Text(5), q.Text(6), q.Text(7),
            q.Int(8) != 0, int(q.Int(9)), int(q.Int(10)), {}};
  }
  Statement q(store_.db(), std::string("SELECT ") + PassageHitReader::Columns() + PassageHitReader::From() +
                               "WHERE p.article_id = ?1 ORDER BY p.ordinal");
  q.Bind(1, article_id);
  view.passages = PassageHitReader(store_.db()).Read(q);
  return view;
}

std::optional<PassageHit> CorpusQueries::PassageAtLine(std::string_view file_name, int line) {
  // Stored paths are absolute, so the name is compared with their last component.
  if (file_name.empty() || file_name.find('/') != std::string_view::npos) return std::nullopt;
  int64_t document_id = 0;
  {
    // The newest document has the highest id (a replaced file is inserted anew). Only the path
    // is read: later columns lie past the document's text, in its overflow pages.
    Statement docs(store_.db(),
                   "SELECT id, path FROM documents WHERE substr(path, -length(?1)) = ?1 ORDER BY id DESC");
    docs.Bind(1, file_name);
    while (document_id == 0 && docs.Step()) {
      const std::string path = docs.Text(1);
      const bool whole_component = path.size() == file_name.size() || path[path.size() - file_name.size() - 1] == '/';
      if (whole_component) document_id = docs.Int(0);
    }
  }
  if (document_id == 0) return std::nullopt;
  // The narrowest passage holding the line (a title passage shares its line with nothing else).
  Statement q(store_.db(), std::string("SELECT ") + PassageHitReader::Columns() + PassageHitReader::From() +
                               "WHERE a.document_id = ?1 AND p.first_line <= ?2 AND p.last_line >= ?2 "
                               "ORDER BY p.last_line - p.first_line, p.id LIMIT 1");
  q.Bind(1, document_id).Bind(2, int64_t(line));
  std::vector<PassageHit> hits = PassageHitReader(store_.db()).Read(q);
  if (hits.empty()) return std::nullopt;
  return std::move(hits.front());
}

}  // namespace atlas::store

// Read queries over the corpus; see corpus_queries.h.
#include "store/corpus_queries.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

namespace atlas::store {
namespace {

// Binds a CorpusFilter to ?1 (from) and ?2 (to) of a query using kFilterSql on alias p.
constexpr const char* kFilterSql =
    "(?1 = '' OR p.date_end >= ?1) AND (?2 = '' OR p.date_start <= ?2)";

constexpr const char* kPassageColumns =
    "p.id, p.article_id, p.text, p.kind, a.title, a.outlet, a.author, a.language, coalesce(a.date, ''), "
    "a.date_inferred, a.date_note, d.path, p.first_line";

void BindFilter(Statement& q, const CorpusFilter& f) { q.Bind(1, f.date_from).Bind(2, f.date_to); }

std::string Placeholders(size_t first, size_t count) {
  std::string s;
  for (size_t i = 0; i < count; ++i) s += (i ? ",?" : "?") + std::to_string(first + i);
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

// True when both ends fall on month boundaries (or are open): the place_months summary then
// answers exactly what the passage-level filter would.
bool MonthAligned(const CorpusFilter& f) {
  auto first_of_month = [](const std::string& d) { return d.empty() || d.size() == 10 && d.substr(8) == "01"; };
  auto last_of_month = [](const std::string& d) {
    if (d.empty()) return true;
    if (d.size() != 10) return false;
    const int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return day == (m == 2 && leap ? 29 : kDays[(m - 1) % 12]);
  };
  return first_of_month(f.date_from) && last_of_month(f.date_to);
}

std::vector<PlaceCount> CorpusQueries::CountMentionsByPlace(const CorpusFilter& filter) {
  if (MonthAligned(filter)) {
    // The summary: a few thousand rows, whatever the corpus size.
    Statement q(store_.db(),
                "SELECT place_id, sum(mentions), sum(passages) FROM place_months "
                "WHERE (?1 = '' OR (last_month != '' AND last_month >= substr(?1, 1, 7))) "
                "AND (?2 = '' OR (first_month != '' AND first_month <= substr(?2, 1, 7))) GROUP BY place_id");
    BindFilter(q, filter);
    std::vector<PlaceCount> out;
    while (q.Step()) out.push_back({q.Text(0), q.Int(1), q.Int(2)});
    return out;
  }
  Statement q(store_.db(), "SELECT place_id, count(*), count(DISTINCT passage_id) FROM mentions m WHERE "
                           "(?1 = '' OR m.date_end >= ?1) AND (?2 = '' OR m.date_start <= ?2) GROUP BY place_id");
  BindFilter(q, filter);
  std::vector<PlaceCount> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1), q.Int(2)});
  return out;
}

std::vector<PassageHit> CorpusQueries::FetchPassages(Statement& q) {
  std::vector<PassageHit> hits;
  while (q.Step()) {
    PassageHit h;
    h.passage_id = q.Int(0);
    h.article_id = q.Int(1);
    h.text = q.Text(2);
    h.kind = q.Text(3);
    h.title = q.Text(4);
    h.outlet = q.Text(5);
    h.author = q.Text(6);
    h.language = q.Text(7);
    h.date = q.Text(8);
    h.date_inferred = q.Int(9) != 0;
    h.date_note = q.Text(10);
    h.file = q.Text(11);
    h.first_line = int(q.Int(12));
    hits.push_back(std::move(h));
  }
  AttachHighlights(hits);
  return hits;
}

void CorpusQueries::AttachHighlights(std::vector<PassageHit>& hits) {
  std::map<int64_t, PassageHit*> by_id;
  for (auto& h : hits) by_id[h.passage_id] = &h;
  constexpr size_t kBatch = 400;
  for (size_t start = 0; start < hits.size(); start += kBatch) {
    const size_t n = std::min(kBatch, hits.size() - start);
    Statement q(store_.db(), "SELECT passage_id, byte_begin, byte_end, place_id FROM mentions WHERE passage_id IN (" +
                                 Placeholders(1, n) + ") ORDER BY passage_id, byte_begin");
    for (size_t i = 0; i < n; ++i) q.Bind(int(i + 1), hits[start + i].passage_id);
    while (q.Step()) by_id[q.Int(0)]->highlights.push_back({int(q.Int(1)), int(q.Int(2)), q.Text(3)});
  }
}

std::vector<PassageHit> CorpusQueries::PassagesMentioning(const std::vector<std::string>& place_ids,
                                                          const CorpusFilter& filter, size_t limit) {
  if (place_ids.empty()) return {};
  if (place_ids.size() == 1) {
    // Newest first straight from the (place, date) index, stopping at `limit` passages.
    Statement ids(store_.db(),
                  "SELECT passage_id FROM mentions m WHERE place_id = ?3 AND (?1 = '' OR m.date_end >= ?1) AND "
                  "(?2 = '' OR m.date_start <= ?2) GROUP BY date_start, passage_id "
                  "ORDER BY date_start DESC, passage_id DESC LIMIT ?4");
    BindFilter(ids, filter);
    ids.Bind(3, place_ids.front()).Bind(4, int64_t(limit));
    std::vector<int64_t> wanted;
    while (ids.Step()) wanted.push_back(ids.Int(0));
    return PassagesById(wanted);
  }
  std::ostringstream sql;
  sql << "SELECT " << kPassageColumns << " FROM passages p JOIN articles a ON a.id = p.article_id "
      << "JOIN documents d ON d.id = a.document_id WHERE p.id IN (SELECT passage_id FROM mentions WHERE place_id IN ("
      << Placeholders(3, place_ids.size()) << ")) AND " << kFilterSql
      << " ORDER BY p.date_start IS NULL, p.date_start DESC, a.id DESC, p.ordinal LIMIT ?"
      << 3 + place_ids.size();
  Statement q(store_.db(), sql.str());
  BindFilter(q, filter);
  for (size_t i = 0; i < place_ids.size(); ++i) q.Bind(int(3 + i), place_ids[i]);
  q.Bind(int(3 + place_ids.size()), int64_t(limit));
  return FetchPassages(q);
}

std::vector<PassageHit> CorpusQueries::PassagesById(const std::vector<int64_t>& ids) {
  std::vector<PassageHit> out;
  constexpr size_t kBatch = 400;
  for (size_t start = 0; start < ids.size(); start += kBatch) {
    const size_t n = std::min(kBatch, ids.size() - start);
    Statement q(store_.db(), std::string("SELECT ") + kPassageColumns +
                                 " FROM passages p JOIN articles a ON a.id = p.article_id "
                                 "JOIN documents d ON d.id = a.document_id WHERE p.id IN (" +
                                 Placeholders(1, n) + ")");
    for (size_t i = 0; i < n; ++i) q.Bind(int(i + 1), ids[start + i]);
    std::vector<PassageHit> part = FetchPassages(q);
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  // Back in the order asked for.
  std::unordered_map<int64_t, size_t> rank;
  for (size_t i = 0; i < ids.size(); ++i) rank.emplace(ids[i], i);
  std::sort(out.begin(), out.end(), [&](const PassageHit& a, const PassageHit& b) {
    return rank[a.passage_id] < rank[b.passage_id];
  });
  return out;
}

std::vector<PassageHit> CorpusQueries::Search(std::string_view words, const CorpusFilter& filter, size_t limit) {
  const std::string match = FtsQueryFromWords(words);
  if (match.empty()) return {};
  Statement q(store_.db(), std::string("SELECT ") + kPassageColumns +
                               " FROM passages_fts f JOIN passages p ON p.id = f.rowid "
                               "JOIN articles a ON a.id = p.article_id JOIN documents d ON d.id = a.document_id "
                               "WHERE passages_fts MATCH ?3 AND " +
                               kFilterSql + " ORDER BY bm25(passages_fts) LIMIT ?4");
  BindFilter(q, filter);
  q.Bind(3, match).Bind(4, int64_t(limit));
  return FetchPassages(q);
}

std::vector<MonthCount> CorpusQueries::PassagesPerMonth() {
  Statement q(store_.db(),
              "SELECT substr(date_start, 1, 7) AS month, count(*) FROM passages WHERE date_start IS NOT NULL "
              "GROUP BY month ORDER BY month");
  std::vector<MonthCount> out;
  while (q.Step()) out.push_back({q.Text(0), q.Int(1)});
  return out;
}

int64_t CorpusQueries::PassageCount(const CorpusFilter& filter) {
  Statement q(store_.db(), std::string("SELECT count(*) FROM passages p WHERE ") + kFilterSql);
  BindFilter(q, filter);
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
  Statement q(store_.db(), std::string("SELECT ") + kPassageColumns +
                               " FROM passages p JOIN articles a ON a.id = p.article_id "
                               "JOIN documents d ON d.id = a.document_id WHERE p.article_id = ?1 ORDER BY p.ordinal");
  q.Bind(1, article_id);
  view.passages = FetchPassages(q);
  return view;
}

}  // namespace atlas::store

// Reading stored passages for display; see passage_hits.h.
#include "store/passage_hits.h"

#include <algorithm>
#include <unordered_map>

namespace atlas::store {
namespace {

// Ids are bound in batches well under SQLite's parameter limit.
constexpr size_t kBatch = 400;

std::string Placeholders(size_t count) {
  std::string s;
  for (size_t i = 0; i < count; ++i) s += (i ? ",?" : "?") + std::to_string(i + 1);
  return s;
}

}  // namespace

const char* PassageHitReader::Columns() {
  return "p.id, p.article_id, p.text, p.kind, a.title, a.outlet, a.author, a.language, coalesce(a.date, ''), "
         "a.date_inferred, a.date_note, d.path, p.first_line, p.last_line";
}

const char* PassageHitReader::From() {
  return " FROM passages p JOIN articles a ON a.id = p.article_id JOIN documents d ON d.id = a.document_id ";
}

std::vector<PassageHit> PassageHitReader::Read(Statement& q) {
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
    h.last_line = int(q.Int(13));
    hits.push_back(std::move(h));
  }
  AttachHighlightsAndActors(hits);
  return hits;
}

void PassageHitReader::AttachHighlightsAndActors(std::vector<PassageHit>& hits) {
  std::unordered_map<int64_t, PassageHit*> by_id;
  for (auto& h : hits) by_id[h.passage_id] = &h;
  for (size_t start = 0; start < hits.size(); start += kBatch) {
    const size_t n = std::min(kBatch, hits.size() - start);
    Statement places(db_, "SELECT passage_id, byte_begin, byte_end, place_id FROM mentions WHERE passage_id IN (" +
                              Placeholders(n) + ") ORDER BY passage_id, byte_begin");
    Statement actors(db_, "SELECT passage_id, actor_id FROM passage_actors WHERE passage_id IN (" + Placeholders(n) +
                              ") ORDER BY passage_id, byte_begin");
    for (size_t i = 0; i < n; ++i) {
      places.Bind(int(i + 1), hits[start + i].passage_id);
      actors.Bind(int(i + 1), hits[start + i].passage_id);
    }
    while (places.Step())
      by_id[places.Int(0)]->highlights.push_back({int(places.Int(1)), int(places.Int(2)), places.Text(3)});
    while (actors.Step()) {
      std::vector<std::string>& ids = by_id[actors.Int(0)]->actors;
      std::string actor = actors.Text(1);
      if (std::find(ids.begin(), ids.end(), actor) == ids.end()) ids.push_back(std::move(actor));
    }
  }
}

std::vector<PassageHit> PassageHitReader::ById(const std::vector<int64_t>& ids) {
  std::vector<PassageHit> out;
  for (size_t start = 0; start < ids.size(); start += kBatch) {
    const size_t n = std::min(kBatch, ids.size() - start);
    Statement q(db_, std::string("SELECT ") + Columns() + From() + "WHERE p.id IN (" + Placeholders(n) + ")");
    for (size_t i = 0; i < n; ++i) q.Bind(int(i + 1), ids[start + i]);
    std::vector<PassageHit> part = Read(q);
    out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  std::unordered_map<int64_t, size_t> rank;
  for (size_t i = 0; i < ids.size(); ++i) rank.emplace(ids[i], i);
  std::sort(out.begin(), out.end(),
            [&](const PassageHit& a, const PassageHit& b) { return rank[a.passage_id] < rank[b.passage_id]; });
  return out;
}

}  // namespace atlas::store

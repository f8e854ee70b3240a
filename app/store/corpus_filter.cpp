// A CorpusFilter as SQL conditions; see corpus_filter.h.
#include "store/corpus_filter.h"

namespace atlas::store {
namespace {

// ":prefix1, :prefix2, ..." for `count` values.
std::string NamedList(std::string_view prefix, size_t count) {
  std::string s;
  for (size_t i = 0; i < count; ++i) s += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i + 1);
  return s;
}

void BindIfUsed(Statement& q, const std::string& name, const std::string& value) {
  if (const int index = q.ParameterIndex(name)) q.Bind(index, value);
}

}  // namespace

std::string FilterSql::DateOverlap(std::string_view alias) const {
  const std::string a(alias);
  std::string sql = "1";
  if (!filter_.date_from.empty()) sql += " AND " + a + ".date_end >= :date_from";
  if (!filter_.date_to.empty()) sql += " AND " + a + ".date_start <= :date_to";
  return sql;
}

std::string FilterSql::EventInvolvesActor(std::string_view event_id) const {
  if (filter_.actors.empty()) return "1";
  return std::string(event_id) + " IN (SELECT event_id FROM event_actors WHERE actor_id IN (" +
         NamedList("actor", filter_.actors.size()) + "))";
}

std::string FilterSql::EventOfType(std::string_view type) const {
  if (filter_.event_types.empty()) return "1";
  return std::string(type) + " IN (" + NamedList("type", filter_.event_types.size()) + ")";
}

void FilterSql::Bind(Statement& q) const {
  BindIfUsed(q, ":date_from", filter_.date_from);
  BindIfUsed(q, ":date_to", filter_.date_to);
  for (size_t i = 0; i < filter_.actors.size(); ++i) BindIfUsed(q, ":actor" + std::to_string(i + 1), filter_.actors[i]);
  for (size_t i = 0; i < filter_.event_types.size(); ++i)
    BindIfUsed(q, ":type" + std::to_string(i + 1), filter_.event_types[i]);
}

}  // namespace atlas::store

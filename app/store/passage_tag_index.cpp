// The in-memory index of passage days, places and actors; see passage_tag_index.h.
//
// [SECTION] Building
// [SECTION] Filters
// [SECTION] Counts
// [SECTION] Passages
#include "store/passage_tag_index.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace atlas::store {
namespace {

// "YYYY-MM-DD" (or a prefix "YYYY", "YYYY-MM") as yyyymmdd; a missing month or day is the
// first of its period, or the last when `end` is set. 0 for an empty or unreadable date.
int32_t DayNumber(std::string_view iso, bool end = false) {
  auto digits = [&](size_t at, size_t n, int32_t fallback) {
    if (iso.size() < at + n) return fallback;
    int32_t v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return fallback;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  const int32_t year = digits(0, 4, 0);
  if (year == 0) return 0;
  return year * 10000 + digits(5, 2, end ? 12 : 1) * 100 + digits(8, 2, end ? 31 : 1);
}

std::string MonthName(int32_t yyyymm) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", yyyymm / 100, yyyymm % 100);
  return buf;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Building
//-----------------------------------------------------------------------------

uint32_t PassageTagIndex::Keys::Intern(std::string_view key) {
  if (auto it = ids_.find(key); it != ids_.end()) return it->second;
  const auto id = uint32_t(names_.size());
  names_.emplace_back(key);
  ids_.emplace(names_.back(), id);
  return id;
}

int PassageTagIndex::Keys::Find(std::string_view key) const {
  auto it = ids_.find(key);
  return it == ids_.end() ? -1 : int(it->second);
}

PassageTagIndex::PassageTagIndex(SqliteDb& db) {
  {
    // Passages have their article's dates: reading them from the article spares a scan of
    // every passage's text.
    Statement q(db, "SELECT p.id, coalesce(a.date_start, ''), coalesce(a.date_end, '') FROM passages p "
                    "JOIN articles a ON a.id = p.article_id");
    while (q.Step()) passages_.push_back({q.Int(0), DayNumber(q.TextView(1)), DayNumber(q.TextView(2)), 0, 0});
    std::sort(passages_.begin(), passages_.end(), [](const Passage& a, const Passage& b) { return a.id < b.id; });
  }
  // Tags are read in whatever order the table holds them, paired with their passage's
  // position, sorted, and counted per passage and key.
  auto load = [&](const char* sql, Keys& keys, std::vector<Tag>& tags, uint32_t Passage::*end) {
    std::vector<uint64_t> pairs;  // passage position << 32 | key
    Statement q(db, sql);
    size_t at = 0;
    while (q.Step()) {
      const int64_t id = q.Int(0);
      if (at >= passages_.size() || passages_[at].id != id) {
        auto it = std::lower_bound(passages_.begin(), passages_.end(), id,
                                   [](const Passage& p, int64_t v) { return p.id < v; });
        if (it == passages_.end() || it->id != id) continue;
        at = size_t(it - passages_.begin());
      }
      pairs.push_back(uint64_t(at) << 32 | keys.Intern(q.TextView(1)));
    }
    std::sort(pairs.begin(), pairs.end());
    size_t i = 0;
    for (size_t p = 0; p < passages_.size(); ++p) {
      while (i < pairs.size() && (pairs[i] >> 32) == p) {
        const uint64_t same = pairs[i];
        uint32_t n = 0;
        for (; i < pairs.size() && pairs[i] == same; ++i) ++n;
        tags.push_back({uint32_t(same & 0xffffffffu), n});
      }
      passages_[p].*end = uint32_t(tags.size());
    }
  };
  load("SELECT passage_id, place_id FROM mentions", place_keys_, places_, &Passage::places_end);
  load("SELECT passage_id, actor_id FROM passage_actors", actor_keys_, actors_, &Passage::actors_end);
}

//-----------------------------------------------------------------------------
// [SECTION] Filters
//-----------------------------------------------------------------------------

struct PassageTagIndex::Selection {
  int32_t from = 0, to = 0;        // yyyymmdd; 0 when open
  bool by_actor = false;
  std::vector<char> actor_chosen;  // per actor key
};

PassageTagIndex::Selection PassageTagIndex::Select(const CorpusFilter& filter) const {
  Selection s;
  s.from = DayNumber(filter.date_from);
  s.to = DayNumber(filter.date_to, /*end=*/true);
  s.by_actor = !filter.actors.empty();
  s.actor_chosen.assign(actor_keys_.size(), 0);
  for (const std::string& actor : filter.actors)
    if (const int key = actor_keys_.Find(actor); key >= 0) s.actor_chosen[size_t(key)] = 1;
  return s;
}

bool PassageTagIndex::Passes(const Selection& s, size_t passage) const {
  const Passage& p = passages_[passage];
  if (p.first_day == 0) {
    if (s.from || s.to) return false;
  } else if ((s.from && p.last_day < s.from) || (s.to && p.first_day > s.to)) {
    return false;
  }
  if (!s.by_actor) return true;
  for (uint32_t t = ActorsBegin(passage); t < p.actors_end; ++t)
    if (s.actor_chosen[actors_[t].key]) return true;
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Counts
//-----------------------------------------------------------------------------

std::vector<KeyCount> PassageTagIndex::CountTags(const CorpusFilter& filter, bool actors) const {
  const Selection s = Select(filter);
  const Keys& keys = actors ? actor_keys_ : place_keys_;
  const std::vector<Tag>& tags = actors ? actors_ : places_;
  std::vector<int64_t> mentions(keys.size()), passages(keys.size());
  for (size_t p = 0; p < passages_.size(); ++p) {
    if (!Passes(s, p)) continue;
    const uint32_t begin = actors ? ActorsBegin(p) : PlacesBegin(p);
    const uint32_t end = actors ? passages_[p].actors_end : passages_[p].places_end;
    for (uint32_t t = begin; t < end; ++t) {
      mentions[tags[t].key] += tags[t].mentions;
      ++passages[tags[t].key];
    }
  }
  std::vector<KeyCount> out;
  for (uint32_t k = 0; k < keys.size(); ++k)
    if (passages[k] > 0) out.push_back({keys.Name(k), mentions[k], passages[k]});
  return out;
}

std::vector<KeyCount> PassageTagIndex::CountPlaces(const CorpusFilter& filter) const {
  return CountTags(filter, /*actors=*/false);
}

std::vector<KeyCount> PassageTagIndex::CountActors(const CorpusFilter& filter) const {
  return CountTags(filter, /*actors=*/true);
}

std::vector<KeyMonthCount> PassageTagIndex::ActorPassagesPerMonth(const CorpusFilter& filter) const {
  const Selection s = Select(filter);
  std::vector<std::map<int32_t, int64_t>> per_key(actor_keys_.size());  // month -> passages
  for (size_t p = 0; p < passages_.size(); ++p) {
    if (passages_[p].first_day == 0 || !Passes(s, p)) continue;
    for (uint32_t t = ActorsBegin(p); t < passages_[p].actors_end; ++t)
      ++per_key[actors_[t].key][passages_[p].first_day / 100];
  }
  std::vector<uint32_t> by_name;
  for (uint32_t k = 0; k < per_key.size(); ++k)
    if (!per_key[k].empty()) by_name.push_back(k);
  std::sort(by_name.begin(), by_name.end(),
            [&](uint32_t a, uint32_t b) { return actor_keys_.Name(a) < actor_keys_.Name(b); });
  std::vector<KeyMonthCount> out;
  for (const uint32_t k : by_name)
    for (const auto& [month, n] : per_key[k]) out.push_back({actor_keys_.Name(k), MonthName(month), n});
  return out;
}

std::vector<KeyPairCount> PassageTagIndex::ActorPairs(const CorpusFilter& filter) const {
  const Selection s = Select(filter);
  std::unordered_map<uint64_t, int64_t> pairs;  // lower key << 32 | higher key
  for (size_t p = 0; p < passages_.size(); ++p) {
    const uint32_t begin = ActorsBegin(p), end = passages_[p].actors_end;
    if (end - begin < 2 || !Passes(s, p)) continue;
    // A passage's actor keys are distinct and ascending (grouped when built).
    for (uint32_t i = begin; i < end; ++i)
      for (uint32_t j = i + 1; j < end; ++j) ++pairs[uint64_t(actors_[i].key) << 32 | actors_[j].key];
  }
  std::vector<KeyPairCount> out;
  out.reserve(pairs.size());
  for (const auto& [key, n] : pairs) {
    std::string a = actor_keys_.Name(uint32_t(key >> 32)), b = actor_keys_.Name(uint32_t(key & 0xffffffffu));
    if (b < a) std::swap(a, b);
    out.push_back({std::move(a), std::move(b), n});
  }
  return out;
}

std::vector<KeyCount> PassageTagIndex::PassagesPerMonth(const CorpusFilter& filter) const {
  const Selection s = Select(filter);
  std::map<int32_t, int64_t> months;
  for (size_t p = 0; p < passages_.size(); ++p)
    if (passages_[p].first_day != 0 && Passes(s, p)) ++months[passages_[p].first_day / 100];
  std::vector<KeyCount> out;
  for (const auto& [month, n] : months) out.push_back({MonthName(month), n, n});
  return out;
}

int64_t PassageTagIndex::CountPassages(const CorpusFilter& filter) const {
  const Selection s = Select(filter);
  int64_t n = 0;
  for (size_t p = 0; p < passages_.size(); ++p) n += Passes(s, p);
  return n;
}

//-----------------------------------------------------------------------------
// [SECTION] Passages
//-----------------------------------------------------------------------------

std::vector<int64_t> PassageTagIndex::NewestPassages(const CorpusFilter& filter, const std::vector<std::string>& places,
                                                     const std::string& actor, size_t limit) const {
  const Selection s = Select(filter);
  std::vector<char> place_wanted(place_keys_.size(), 0);
  bool any_place = false;
  for (const std::string& place : places)
    if (const int key = place_keys_.Find(place); key >= 0) place_wanted[size_t(key)] = any_place = true;
  const int actor_key = actor.empty() ? -1 : actor_keys_.Find(actor);
  if ((!places.empty() && !any_place) || (!actor.empty() && actor_key < 0)) return {};

  auto names = [&](const std::vector<Tag>& tags, uint32_t begin, uint32_t end, auto wanted) {
    for (uint32_t t = begin; t < end; ++t)
      if (wanted(tags[t].key)) return true;
    return false;
  };
  std::vector<size_t> found;
  for (size_t p = 0; p < passages_.size(); ++p) {
    if (!places.empty() &&
        !names(places_, PlacesBegin(p), passages_[p].places_end, [&](uint32_t k) { return place_wanted[k] != 0; }))
      continue;
    if (actor_key >= 0 &&
        !names(actors_, ActorsBegin(p), passages_[p].actors_end, [&](uint32_t k) { return int(k) == actor_key; }))
      continue;
    if (Passes(s, p)) found.push_back(p);
  }
  // Newest first: a later first day, then a later id; undated (day 0) last.
  auto newer = [&](size_t a, size_t b) {
    const Passage &x = passages_[a], &y = passages_[b];
    if ((x.first_day == 0) != (y.first_day == 0)) return y.first_day == 0;
    return x.first_day != y.first_day ? x.first_day > y.first_day : x.id > y.id;
  };
  const size_t n = std::min(limit, found.size());
  std::partial_sort(found.begin(), found.begin() + ptrdiff_t(n), found.end(), newer);
  std::vector<int64_t> ids;
  for (size_t i = 0; i < n; ++i) ids.push_back(passages_[found[i]].id);
  return ids;
}

std::vector<int64_t> PassageTagIndex::KeepPassing(const CorpusFilter& filter, const std::vector<int64_t>& ids,
                                                  size_t limit) const {
  const Selection s = Select(filter);
  std::vector<int64_t> kept;
  for (const int64_t id : ids) {
    if (kept.size() >= limit) break;
    auto it = std::lower_bound(passages_.begin(), passages_.end(), id,
                               [](const Passage& p, int64_t v) { return p.id < v; });
    if (it != passages_.end() && it->id == id && Passes(s, size_t(it - passages_.begin()))) kept.push_back(id);
  }
  return kept;
}

}  // namespace atlas::store

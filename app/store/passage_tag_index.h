// PassageTagIndex: every stored passage's days and the places and actors it names, held in
// memory so that any date window and actor choice is answered in one pass. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "store/corpus_filter.h"
#include "store/sqlite_db.h"
#include "store/tag_tallies.h"

namespace atlas::store {

// Built from the store in one read (a few hundred milliseconds at 100x the bundled corpus,
// about 4 MB); CorpusStore::TagIndex() keeps one and rebuilds it when the database changes.
// A passage passes a filter when its days overlap the window (undated passages only when the
// window is open at both ends) and, with actors chosen, it names any of them.
class PassageTagIndex {
 public:
  explicit PassageTagIndex(SqliteDb& db);

  std::vector<KeyCount> CountPlaces(const CorpusFilter& filter) const;
  std::vector<KeyCount> CountActors(const CorpusFilter& filter) const;
  // Dated passages per actor and month, ordered by actor then month.
  std::vector<KeyMonthCount> ActorPassagesPerMonth(const CorpusFilter& filter) const;
  // Passages naming both actors of each pair that occurs.
  std::vector<KeyPairCount> ActorPairs(const CorpusFilter& filter) const;
  // Dated passages per month ("YYYY-MM" in KeyCount::key), in month order.
  std::vector<KeyCount> PassagesPerMonth(const CorpusFilter& filter) const;
  int64_t CountPassages(const CorpusFilter& filter) const;

  // Passages passing `filter` that name any of `places` (all passages when empty) and
  // `actor` (any when empty): newest first by first day, then id; undated last.
  std::vector<int64_t> NewestPassages(const CorpusFilter& filter, const std::vector<std::string>& places,
                                      const std::string& actor, size_t limit) const;
  // Those of `ids` that pass `filter`, in the order given, at most `limit`.
  std::vector<int64_t> KeepPassing(const CorpusFilter& filter, const std::vector<int64_t>& ids, size_t limit) const;

 private:
  struct Tag {
    uint32_t key = 0;       // into place_keys_ or actor_keys_
    uint32_t mentions = 0;  // in this passage
  };
  struct Passage {
    int64_t id = 0;
    int32_t first_day = 0, last_day = 0;  // yyyymmdd; 0 when undated
    uint32_t places_end = 0, actors_end = 0;  // this passage's tags end there (they begin where the last ended)
  };
  class Keys {
   public:
    uint32_t Intern(std::string_view key);
    int Find(std::string_view key) const;  // -1 when absent
    const std::string& Name(uint32_t key) const { return names_[key]; }
    size_t size() const { return names_.size(); }

   private:
    // Looked up by string_view, without making a string per row read.
    struct Hash {
      using is_transparent = void;
      size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
    std::vector<std::string> names_;
  };
  struct Selection;  // a filter resolved against the keys

  Selection Select(const CorpusFilter& filter) const;
  bool Passes(const Selection& s, size_t passage) const;
  uint32_t PlacesBegin(size_t passage) const { return passage ? passages_[passage - 1].places_end : 0; }
  uint32_t ActorsBegin(size_t passage) const { return passage ? passages_[passage - 1].actors_end : 0; }
  std::vector<KeyCount> CountTags(const CorpusFilter& filter, bool actors) const;

  std::vector<Passage> passages_;  // by id
  std::vector<Tag> places_, actors_;
  Keys place_keys_, actor_keys_;
};

}  // namespace atlas::store

// The GUI's live corpus: the store (read on the UI thread), a worker thread that loads the
// gazetteer and ingests files (the bundled corpus on start, the analyst's additions later),
// the current filter, and the markers and counts derived from them. Panels read it each frame.
#pragma once
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "map/actor_palette.h"
#include "map/map_overlay.h"
#include "map/place_markers.h"
#include "store/corpus_ingest.h"
#include "store/actor_queries.h"
#include "store/corpus_queries.h"
#include "store/event_queries.h"
#include "text/actor_dictionary.h"
#include "text/gazetteer.h"

namespace atlas::ui {

// One gazetteer name, folded the way the linker folds text, for prefix search in any script.
struct FoldedPlaceName {
  std::string folded;
  int entry = 0;  // index into gazetteer entries
  int name = 0;   // index into the entry's names
  bool operator<(const FoldedPlaceName& o) const { return folded < o.folded; }
};

// What the Actors panel shows for the current filter.
struct ActorSummary {
  std::vector<store::ActorCount> counts;         // most named first
  std::vector<store::ActorMonthSeries> months;
  std::vector<store::ActorPair> pairs;           // most shared passages first
};

struct IngestProgress {
  bool running = false;
  size_t done = 0, total = 0;
  std::string current;                 // file being read
  std::vector<std::string> problems;   // one line per skipped file, newest last
  std::string summary;                 // of the last finished batch
};

class CorpusSession {
 public:
  // `wake` is called from the worker when something changed (e.g. glfwPostEmptyEvent).
  // `geodata` is the basemap GeoPackage, whose rivers and borders curated routes follow.
  // Throws AtlasError naming the database when it cannot be opened.
  CorpusSession(std::filesystem::path database, const geo::MapProjection& projection,
                std::filesystem::path geodata, std::function<void()> wake);
  ~CorpusSession();
  CorpusSession(const CorpusSession&) = delete;
  CorpusSession& operator=(const CorpusSession&) = delete;

  // Starts the worker (the gazetteer load, then the bundled corpus's ingest check). Called
  // once the first frame is on screen, so start-up work does not delay it.
  void Start();
  // Queues files or folders for ingest on the worker.
  void Ingest(std::vector<std::filesystem::path> paths);
  IngestProgress progress() const;

  // On the UI thread, once per frame: takes in what the worker finished. True if the model
  // (counts, markers, months) changed.
  bool Poll();

  bool ready() const { return gazetteer_ != nullptr; }
  const text::Gazetteer* gazetteer() const { return gazetteer_; }
  store::CorpusQueries& queries() { return queries_; }
  store::ActorQueries& actor_queries() { return actor_queries_; }
  store::EventQueries& event_queries() { return event_queries_; }
  const text::ActorDictionary& actors() const { return actors_; }
  const map::ActorPalette& palette() const { return palette_; }
  // An actor's colour from the dictionary; grey for an unknown id.
  map::Rgba ActorColour(const std::string& actor_id) const;
  // Counts, months and pairs of actors under the filter, worked out when first asked after a
  // change (only while the Actors panel is open).
  const ActorSummary& actor_summary();
  const std::filesystem::path& database() const { return database_; }
  std::string fatal_error() const;  // the worker could not start (no gazetteer, no database)

  const store::CorpusFilter& filter() const { return filter_; }
  void SetFilter(store::CorpusFilter filter);
  map::NamingConvention naming() const { return naming_; }
  void SetNaming(map::NamingConvention naming);

  const std::vector<map::PlaceMarker>& markers() const { return markers_; }
  // The curated corridors, presence and events (null until the worker has loaded them).
  const map::CuratedLayers* curated() const { return curated_.get(); }
  // Events passing the filter (dates; actors once tagged): curated ones and, from the store,
  // extracted ones.
  const std::vector<map::EventMarker>& events() const { return events_; }
  const map::EventMarker* FindEvent(const std::string& id) const;
  // The date corridors and presence are shown as of: the filter's end, or now (empty).
  const std::string& as_of() const { return filter_.date_to; }
  // Every gazetteer name folded, sorted: search a prefix with equal_range-style bounds.
  const std::vector<FoldedPlaceName>& name_index() const { return name_index_; }
  const std::vector<store::MonthCount>& months() const { return months_; }
  int64_t passages_in_filter() const { return passages_in_filter_; }
  // The overlay for the renderer (pointers into this session).
  map::MapOverlay Overlay(const std::string& selected, const std::string& hovered,
                          const map::FeatureRef& selected_feature = {}, const map::FeatureRef& hovered_feature = {}) const;
  const map::PlaceMarker* FindMarker(const std::string& place_id) const;

 private:
  void WorkerMain();
  void LoadCurated();
  void Refresh();
  void RefreshEvents();

  std::filesystem::path database_;
  const geo::MapProjection& projection_;
  std::filesystem::path geodata_;
  std::function<void()> wake_;
  store::CorpusStore store_;
  store::CorpusQueries queries_;
  store::ActorQueries actor_queries_;
  store::EventQueries event_queries_;
  const text::ActorDictionary& actors_;
  map::ActorPalette palette_;
  std::optional<ActorSummary> actor_summary_;  // reset by every refresh

  // Worker state, guarded by mutex_.
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;
  std::deque<std::vector<std::filesystem::path>> queue_;
  IngestProgress progress_;
  bool stopping_ = false;
  bool store_changed_ = false;
  std::string fatal_error_;
  std::thread worker_;
  std::atomic<const text::Gazetteer*> published_gazetteer_{nullptr};
  std::unique_ptr<map::CuratedLayers> published_curated_;  // guarded by mutex_

  // UI-thread model.
  const text::Gazetteer* gazetteer_ = nullptr;
  store::CorpusFilter filter_;
  map::NamingConvention naming_ = map::NamingConvention::kInternational;
  std::vector<map::PlaceMarker> markers_;
  std::unique_ptr<map::CuratedLayers> curated_;
  std::vector<map::EventMarker> events_;
  std::vector<store::PlaceCount> counts_;
  std::vector<store::MonthCount> months_;
  std::unordered_map<int64_t, std::string> town_names_;
  std::vector<FoldedPlaceName> name_index_;
  int64_t passages_in_filter_ = 0;
  uint64_t version_ = 1;
};

}  // namespace atlas::ui

// The GUI's corpus session; see corpus_session.h.
#include "ui/corpus_session.h"

#include <algorithm>
#include <cstdio>

#include "map/event_layer_model.h"
#include "text/mention_linker.h"
#include "text/text_normalizer.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::ui {
namespace fs = std::filesystem;

CorpusSession::CorpusSession(fs::path database, const geo::MapProjection& projection, fs::path geodata,
                             std::function<void()> wake)
    : database_(std::move(database)), projection_(projection), geodata_(std::move(geodata)), wake_(std::move(wake)),
      store_(database_), queries_(store_), actor_queries_(store_), event_queries_(store_),
      actors_(text::BundledActorDictionary()), palette_(actors_) {
  // The bundled corpus goes in on first start; later starts find it unchanged (a no-op).
  queue_.push_back({AssetsDir() / "corpus"});
  Refresh();
}

void CorpusSession::Start() {
  if (!worker_.joinable()) worker_ = std::thread([this] { WorkerMain(); });
}

CorpusSession::~CorpusSession() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void CorpusSession::Ingest(std::vector<fs::path> paths) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(paths));
  }
  work_ready_.notify_all();
}

IngestProgress CorpusSession::progress() const {
  std::lock_guard lock(mutex_);
  return progress_;
}

std::string CorpusSession::fatal_error() const {
  std::lock_guard lock(mutex_);
  return fatal_error_;
}

void CorpusSession::WorkerMain() {
  try {
    // Loading the gazetteer and compiling its matcher is the slow part: off the UI thread.
    published_gazetteer_ = &text::BundledLinker().gazetteer();
  } catch (const AtlasError& e) {
    std::lock_guard lock(mutex_);
    fatal_error_ = e.what();
    wake_();
    return;
  }
  LoadCurated();
  wake_();
  while (true) {
    std::vector<fs::path> batch;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      batch = std::move(queue_.front());
      queue_.pop_front();
      progress_.running = true;
      progress_.done = 0;
      progress_.total = 0;
    }
    store::IngestOptions options;
    options.inputs = batch;
    options.database = database_;
    options.on_file = [&](const store::IngestFileResult& f, size_t i, size_t total) {
      std::lock_guard lock(mutex_);
      progress_.done = i + 1;
      progress_.total = total;
      progress_.current = f.path;
      if (f.status == store::IngestStatus::kSkipped) progress_.problems.push_back(f.path + ": " + f.message);
      if (f.status == store::IngestStatus::kAdded || f.status == store::IngestStatus::kReplaced) store_changed_ = true;
      wake_();
      return !stopping_;
    };
    std::string summary;
    try {
      const store::IngestSummary s = store::IngestCorpus(options);
      char text[160];
      std::snprintf(text, sizeof text, "%d added, %d replaced, %d unchanged, %d skipped",
                    s.Count(store::IngestStatus::kAdded), s.Count(store::IngestStatus::kReplaced),
                    s.Count(store::IngestStatus::kUnchanged), s.Count(store::IngestStatus::kSkipped));
      summary = text;
    } catch (const AtlasError& e) {
      summary = e.what();
      std::lock_guard lock(mutex_);
      progress_.problems.push_back(e.what());
    }
    {
      std::lock_guard lock(mutex_);
      progress_.running = !queue_.empty();
      progress_.summary = summary;
      store_changed_ = true;
    }
    wake_();
  }
}

void CorpusSession::LoadCurated() {
  // A broken curated file costs its layers, not the session: the problem is shown.
  try {
    auto curated = std::make_unique<map::CuratedLayers>(
        map::LoadCuratedLayers(AssetsDir() / "curated", text::BundledLinker().gazetteer(), projection_, geodata_));
    std::lock_guard lock(mutex_);
    published_curated_ = std::move(curated);
  } catch (const AtlasError& e) {
    std::lock_guard lock(mutex_);
    progress_.problems.push_back(e.what());
  }
}

bool CorpusSession::Poll() {
  bool changed = false;
  if (!gazetteer_) {
    if (const text::Gazetteer* g = published_gazetteer_.load()) {
      gazetteer_ = g;
      town_names_ = map::TownNames(*gazetteer_, naming_);
      const auto& entries = gazetteer_->entries();
      for (size_t e = 0; e < entries.size(); ++e)
        for (size_t n = 0; n < entries[e].names.size(); ++n)
          name_index_.push_back({text::TextNormalizer::Instance().FoldString(entries[e].names[n].text), int(e), int(n)});
      std::sort(name_index_.begin(), name_index_.end());
      changed = true;
    }
  }
  {
    std::lock_guard lock(mutex_);
    if (store_changed_) {
      store_changed_ = false;
      changed = true;
    }
    if (published_curated_) {
      curated_ = std::move(published_curated_);
      changed = true;
    }
  }
  if (changed) Refresh();
  return changed;
}

void CorpusSession::Refresh() {
  counts_ = queries_.CountMentionsByPlace(filter_);
  months_ = queries_.PassagesPerMonth();
  passages_in_filter_ = queries_.PassageCount(filter_);
  markers_ = gazetteer_ ? map::BuildPlaceMarkers(*gazetteer_, counts_, projection_, naming_)
                        : std::vector<map::PlaceMarker>{};
  RefreshEvents();
  actor_summary_.reset();
  ++version_;
}

void CorpusSession::RefreshEvents() {
  events_ = gazetteer_ ? map::EventsForFilter(curated_.get(), &event_queries_, filter_, *gazetteer_, projection_)
                       : std::vector<map::EventMarker>{};
}

map::Rgba CorpusSession::ActorColour(const std::string& actor_id) const { return palette_.Colour(actor_id); }

const ActorSummary& CorpusSession::actor_summary() {
  if (!actor_summary_) {
    ActorSummary s;
    s.counts = actor_queries_.ActorCounts(filter_);
    s.months = actor_queries_.ActorMonths(filter_);
    s.pairs = actor_queries_.ActorCoOccurrence(filter_, 200);
    actor_summary_ = std::move(s);
  }
  return *actor_summary_;
}

const map::EventMarker* CorpusSession::FindEvent(const std::string& id) const {
  for (const auto& e : events_)
    if (e.id == id) return &e;
  return nullptr;
}

void CorpusSession::SetFilter(store::CorpusFilter filter) {
  if (filter == filter_) return;
  filter_ = std::move(filter);
  Refresh();
}

void CorpusSession::SetNaming(map::NamingConvention naming) {
  if (naming == naming_) return;
  naming_ = naming;
  if (gazetteer_) town_names_ = map::TownNames(*gazetteer_, naming_);
  Refresh();
}

map::MapOverlay CorpusSession::Overlay(const std::string& selected, const std::string& hovered,
                                       const map::FeatureRef& selected_feature,
                                       const map::FeatureRef& hovered_feature) const {
  map::MapOverlay o;
  o.naming = naming_;
  o.markers = &markers_;
  o.town_names = gazetteer_ ? &town_names_ : nullptr;
  o.selected_place = selected;
  o.hovered_place = hovered;
  o.curated = curated_.get();
  o.events = &events_;
  o.as_of = as_of();
  o.actor_colour = [this](const std::string& id) { return ActorColour(id); };
  o.selected_feature = selected_feature;
  o.hovered_feature = hovered_feature;
  o.version = version_;
  return o;
}

const map::PlaceMarker* CorpusSession::FindMarker(const std::string& place_id) const {
  for (const auto& m : markers_)
    if (m.place_id == place_id) return &m;
  return nullptr;
}

}  // namespace atlas::ui

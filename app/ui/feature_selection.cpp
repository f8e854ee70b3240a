// Feature selection and its Sources list; see feature_selection.h.
#include "ui/feature_selection.h"

#include <algorithm>

#include "map/corridor_style.h"
#include "ui/corpus_session.h"
#include "util/readable_dates.h"
#include "ui/ui_trace.h"

namespace atlas::ui {
namespace {

constexpr size_t kMaxSources = 500;

const map::Corridor* FindCorridor(const AppState& state, const std::string& id) {
  if (const map::CuratedLayers* c = state.corpus->curated())
    for (const auto& corridor : c->corridors)
      if (corridor.id == id) return &corridor;
  return nullptr;
}

const map::PresenceFeature* FindPresence(const AppState& state, const std::string& id) {
  if (const map::CuratedLayers* c = state.corpus->curated())
    for (const auto& p : c->presence)
      if (p.id == id) return &p;
  return nullptr;
}

const map::CuratedEvent* FindCuratedEvent(const AppState& state, const std::string& id) {
  if (const map::CuratedLayers* c = state.corpus->curated())
    for (const auto& e : c->events)
      if (e.id == id) return &e;
  return nullptr;
}

// The passage a curated source quotes (found by file name and line in the store), or the
// outside page it names.
void AttachSource(AppState& state, const map::SourceRef& source, CitedFact& fact) {
  if (source.from_corpus()) {
    fact.passage = state.corpus->queries().PassageAtLine(source.corpus_file, source.line);
    fact.quote = source.quote;
    if (!fact.passage) fact.external = source.corpus_file + ", line " + std::to_string(source.line) + " (not in the store)";
    return;
  }
  fact.external = source.outlet;
  if (!source.date.empty()) fact.external += (fact.external.empty() ? "" : ", ") + ReadableDate(source.date);
  if (!source.title.empty()) fact.external += (fact.external.empty() ? "" : ": ") + source.title;
  fact.url = source.url;
}

std::string Capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

std::string StatusWord(const std::string& status) {
  std::string title(map::CorridorStyleFor(status).title);
  if (!title.empty()) title[0] = char(std::tolower(static_cast<unsigned char>(title[0])));
  return title;
}

std::string EventKindTitle(map::EventKind kind) {
  return Capitalised(map::EventKinds()[size_t(kind)].id);
}

// One event as a fact: when, what and the passage behind it.
CitedFact EventFact(AppState& state, const map::EventMarker& e) {
  CitedFact fact;
  fact.when = ReadablePeriod(e.date_start, e.date_end.empty() ? e.date_start : e.date_end);
  fact.kind = std::string(map::EventKinds()[size_t(e.kind)].id);
  fact.what = e.title;
  if (e.curated) {
    if (const map::CuratedEvent* c = FindCuratedEvent(state, e.id)) AttachSource(state, c->source, fact);
  } else {
    fact.what += "  (extracted, confidence " + std::to_string(int(e.confidence * 100 + 0.5)) + "%)";
    fact.passage = state.corpus->event_queries().PassagesForEvent(e.store_id);
    fact.quote = e.quote;
  }
  return fact;
}

void BeginFeatureList(AppState& state, const map::FeatureRef& feature) {
  state.selected_place.clear();
  state.selected_feature = feature;
  state.sources = {};
  state.sources.feature = feature;
  state.show_sources = true;
}

}  // namespace

std::string FeatureSummary(const AppState& state, const map::FeatureRef& feature) {
  const std::string& as_of = state.corpus->as_of();
  switch (feature.kind) {
    case map::FeatureRef::Kind::kCorridor:
      if (const map::Corridor* c = FindCorridor(state, feature.id)) {
        const map::CorridorStatus* s = c->StatusOn(as_of);
        return c->name + (s ? " \u2014 " + StatusWord(s->status) : std::string());
      }
      break;
    case map::FeatureRef::Kind::kPresence:
      if (const map::PresenceFeature* p = FindPresence(state, feature.id))
        return p->name + " (" + ReadablePeriod(p->from, p->to) + ")";
      break;
    case map::FeatureRef::Kind::kEvent:
      if (const map::EventMarker* e = state.corpus->FindEvent(feature.id))
        return EventKindTitle(e->kind) + ", " + ReadablePeriod(e->date_start, e->date_end.empty() ? e->date_start : e->date_end) +
               ": " + e->title;
      break;
    case map::FeatureRef::Kind::kNone: break;
  }
  return feature.id;
}

void SelectFeature(AppState& state, const map::FeatureRef& feature) {
  if (!feature) {
    state.selected_feature = {};
    state.sources = {};
    return;
  }
  BeginFeatureList(state, feature);
  SourcesList& sources = state.sources;
  const std::string& as_of = state.corpus->as_of();
  switch (feature.kind) {
    case map::FeatureRef::Kind::kCorridor: {
      const map::Corridor* c = FindCorridor(state, feature.id);
      if (!c) break;
      sources.heading = c->name;
      const map::CorridorStatus* now = c->StatusOn(as_of);
      sources.subheading = Capitalised(c->kind) + (c->schematic ? " corridor, schematic route" : " corridor") +
                           " \u00B7 " + (now ? StatusWord(now->status) : std::string("not yet in being")) +
                           (as_of.empty() ? " now" : " on " + ReadableDate(as_of));
      for (const map::CorridorStatus& s : c->history) {
        CitedFact fact;
        fact.when = ReadablePeriod(s.from, s.to);
        fact.what = s.label;
        fact.status = s.status;
        fact.in_force = &s == now;
        AttachSource(state, s.source, fact);
        sources.facts.push_back(std::move(fact));
      }
      // Newest status first, like the passages.
      std::reverse(sources.facts.begin(), sources.facts.end());
      sources.place_id = c->id;  // corridors are gazetteer entries: their mentions follow
      sources.passages = state.corpus->queries().PassagesMentioning({c->id}, state.corpus->filter(), kMaxSources);
      break;
    }
    case map::FeatureRef::Kind::kPresence: {
      const map::PresenceFeature* p = FindPresence(state, feature.id);
      if (!p) break;
      sources.heading = p->name;
      sources.subheading = Capitalised(p->kind) + " \u00B7 " + ReadablePeriod(p->from, p->to) +
                           (p->ActiveOn(as_of) ? "" : " \u00B7 not present on the chosen date");
      for (const map::SourceRef& ref : p->sources) {
        CitedFact fact;
        fact.when = ReadablePeriod(p->from, p->to);
        fact.what = p->note;
        fact.in_force = p->ActiveOn(as_of);
        AttachSource(state, ref, fact);
        sources.facts.push_back(std::move(fact));
      }
      break;
    }
    case map::FeatureRef::Kind::kEvent: {
      const map::EventMarker* e = state.corpus->FindEvent(feature.id);
      if (!e) break;
      sources.heading = e->title;
      sources.subheading = EventKindTitle(e->kind) + " event \u00B7 " +
                           ReadablePeriod(e->date_start, e->date_end.empty() ? e->date_start : e->date_end) +
                           (e->curated ? " \u00B7 curated" : " \u00B7 extracted from the articles");
      sources.event_ids = {e->id};
      sources.facts.push_back(EventFact(state, *e));
      break;
    }
    case map::FeatureRef::Kind::kNone: break;
  }
  TraceSources(sources);
}

void SelectEvents(AppState& state, const std::vector<std::string>& event_ids) {
  if (event_ids.size() == 1) {
    SelectFeature(state, {map::FeatureRef::Kind::kEvent, event_ids[0]});
    return;
  }
  BeginFeatureList(state, {});
  SourcesList& sources = state.sources;
  std::vector<const map::EventMarker*> events;
  for (const std::string& id : event_ids)
    if (const map::EventMarker* e = state.corpus->FindEvent(id)) events.push_back(e);
  std::stable_sort(events.begin(), events.end(),
                   [](const map::EventMarker* a, const map::EventMarker* b) { return a->date_start > b->date_start; });
  sources.heading = std::to_string(events.size()) + " events here";
  if (!events.empty())
    sources.subheading = ReadablePeriod(events.back()->date_start, events.front()->date_start);
  sources.event_ids = event_ids;
  for (const map::EventMarker* e : events) sources.facts.push_back(EventFact(state, *e));
  TraceSources(sources);
}

}  // namespace atlas::ui

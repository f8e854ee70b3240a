// JSON Lines UI trace; see ui_trace.h.
#include "ui/ui_trace.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#include "ui/corpus_session.h"

namespace atlas::ui {
namespace {

FILE* TraceFile() {
  static FILE* file = [] {
    const char* path = std::getenv("ATLAS_UI_TRACE");
    return path && *path ? std::fopen(path, "a") : nullptr;
  }();
  return file;
}

void Write(const nlohmann::json& line) {
  if (FILE* f = TraceFile()) {
    std::fputs((line.dump() + "\n").c_str(), f);
    std::fflush(f);
  }
}

}  // namespace

bool UiTraceEnabled() { return TraceFile() != nullptr; }

void TraceSources(const SourcesList& sources) {
  if (!UiTraceEnabled()) return;
  nlohmann::json ids = nlohmann::json::array();
  for (const auto& p : sources.passages) ids.push_back(p.passage_id);
  nlohmann::json facts = nlohmann::json::array();
  for (const auto& f : sources.facts)
    facts.push_back({{"when", f.when}, {"passage", f.passage ? f.passage->passage_id : 0}, {"url", f.url}});
  static const char* kKinds[] = {"", "corridor", "presence", "event"};
  Write({{"event", "sources"}, {"place", sources.place_id}, {"search", sources.search_words},
         {"feature", kKinds[int(sources.feature.kind)]}, {"feature_id", sources.feature.id},
         {"events", sources.event_ids}, {"heading", sources.heading}, {"facts", facts}, {"passages", ids}});
}

void TraceSearch(const AppState& state) {
  if (!UiTraceEnabled()) return;
  nlohmann::json places = nlohmann::json::array();
  for (const auto& h : state.place_hits) places.push_back({{"place", h.place_id}, {"matched", h.matched}});
  Write({{"event", "search"}, {"query", state.search_text}, {"places", places},
         {"passages", state.text_hits.size()}});
}

void TraceFocus(std::string_view field) {
  if (!UiTraceEnabled()) return;
  Write({{"event", "focus"}, {"field", std::string(field)}});
}

void TraceCorpus(const AppState& state) {
  if (!UiTraceEnabled()) return;
  Write({{"event", "corpus"}, {"ready", state.corpus->ready()}, {"markers", state.corpus->markers().size()},
         {"passages", state.corpus->passages_in_filter()}, {"ingesting", state.corpus->progress().running}});
}

}  // namespace atlas::ui

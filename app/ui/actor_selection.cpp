// The actor filter and listings; see actor_selection.h.
#include "ui/actor_selection.h"

#include <algorithm>

#include "ui/corpus_session.h"
#include "ui/selection.h"
#include "ui/ui_trace.h"

namespace atlas::ui {
namespace {

constexpr size_t kMaxSources = 500;

std::string ActorName(const AppState& state, const std::string& id) {
  const text::Actor* a = state.corpus->actors().Find(id);
  return a ? a->name : id;
}

void BeginActorList(AppState& state, const std::string& actor_id, std::string heading) {
  state.selected_place.clear();
  state.selected_feature = {};
  state.sources = {};
  state.sources.actor_id = actor_id;
  state.sources.heading = std::move(heading);
  state.show_sources = true;
}

}  // namespace

void ToggleActorFilter(AppState& state, const std::string& actor_id, bool chosen) {
  store::CorpusFilter filter = state.corpus->filter();
  auto& actors = filter.actors;
  actors.erase(std::remove(actors.begin(), actors.end(), actor_id), actors.end());
  if (chosen) actors.push_back(actor_id);
  std::sort(actors.begin(), actors.end());
  state.corpus->SetFilter(std::move(filter));
  RefreshSources(state);
}

void ClearActorFilter(AppState& state) {
  store::CorpusFilter filter = state.corpus->filter();
  filter.actors.clear();
  state.corpus->SetFilter(std::move(filter));
  RefreshSources(state);
}

void SetDateWindow(AppState& state, const std::string& from, const std::string& to) {
  store::CorpusFilter filter = state.corpus->filter();
  filter.date_from = from;
  filter.date_to = to;
  state.corpus->SetFilter(std::move(filter));
  RefreshSources(state);
}

void ShowActorPassages(AppState& state, const std::string& actor_id) {
  BeginActorList(state, actor_id, ActorName(state, actor_id));
  state.sources.subheading = "Passages naming it, by name, adjective, capital or spokesperson";
  state.sources.passages =
      state.corpus->actor_queries().PassagesInvolvingActor(actor_id, state.corpus->filter(), kMaxSources);
  TraceSources(state.sources);
}

void ShowPairPassages(AppState& state, const std::string& first, const std::string& second) {
  BeginActorList(state, first, ActorName(state, first) + " and " + ActorName(state, second));
  state.sources.second_actor_id = second;
  state.sources.subheading = "Passages naming both";
  store::CorpusFilter both = state.corpus->filter();
  both.actors = {second};  // a passage naming `first` and any of {second}
  state.sources.passages = state.corpus->actor_queries().PassagesInvolvingActor(first, both, kMaxSources);
  TraceSources(state.sources);
}

}  // namespace atlas::ui

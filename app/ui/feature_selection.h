// Selecting what the curated and event layers draw — a corridor, an actor's presence, an
// event or a cluster of events — and listing the facts and passages behind it in Sources.
#pragma once
#include <string>
#include <vector>

#include "ui/app_state.h"

namespace atlas::ui {

// Selects a corridor, presence feature or single event and fills the Sources panel: its dated
// facts, each with the corpus passage it quotes (the quote marked) or its outside source,
// then, for a corridor, every passage mentioning it under the current filter.
void SelectFeature(AppState& state, const map::FeatureRef& feature);
// Selects several events at once (a cluster on the map): one fact per event, newest first.
void SelectEvents(AppState& state, const std::vector<std::string>& event_ids);

// The one-line description of a feature for tooltips and headings: "Lachin corridor — blockaded".
std::string FeatureSummary(const AppState& state, const map::FeatureRef& feature);

}  // namespace atlas::ui

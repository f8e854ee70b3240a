// The actor filter and actor listings: choosing which actors the map is narrowed to, and
// listing an actor's passages (or two actors' shared ones) in the Sources panel.
#pragma once
#include <string>

#include "ui/app_state.h"

namespace atlas::ui {

// Adds or removes an actor from the filter; the map, timeline and Sources follow.
void ToggleActorFilter(AppState& state, const std::string& actor_id, bool chosen);
void ClearActorFilter(AppState& state);
// Sets the date window, keeping the chosen actors (empty ends: open).
void SetDateWindow(AppState& state, const std::string& from, const std::string& to);

// Lists the passages naming an actor, newest first, under the current filter.
void ShowActorPassages(AppState& state, const std::string& actor_id);
// Lists the passages naming both actors.
void ShowPairPassages(AppState& state, const std::string& first, const std::string& second);

}  // namespace atlas::ui

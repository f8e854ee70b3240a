// Selecting things and the queries that follow: a place's sources, a search's results, a
// whole article, flying the map to a place. Shared by the map canvas and every panel.
#pragma once
#include <string>

#include "ui/app_state.h"

namespace atlas::ui {

// Selects a place (marker id), lists its passages under the current filter and opens the
// Sources panel. An empty id clears the selection.
void SelectPlace(AppState& state, const std::string& place_id);
// Re-runs the current Sources query (after a filter or corpus change).
void RefreshSources(AppState& state);
// Lists the passages matching `words` (full-text) in the Sources panel.
void ShowSearchResults(AppState& state, const std::string& words);
// Opens the article holding a passage, scrolled to it.
void OpenArticleAt(AppState& state, int64_t article_id, int64_t passage_id);
// Glides the map to a place (zooming in if it is far out).
void FlyToPlace(AppState& state, const std::string& place_id);
// Updates place and text matches for the search box's current text.
void UpdateSearch(AppState& state);
// A citation line for a passage: outlet, title, author, date, file and line.
std::string CitationFor(const store::PassageHit& passage);

}  // namespace atlas::ui

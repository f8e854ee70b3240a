// The events the map shows under a filter: the curated ones whose dates meet the window and
// that involve a chosen actor, and the ones extracted from the stored articles, each placed at
// its first place the gazetteer can locate. Shared by the GUI and exports. No GL, no ImGui.
#pragma once
#include <vector>

#include "geo/map_projection.h"
#include "map/curated_layers.h"
#include "map/event_markers.h"
#include "store/corpus_filter.h"
#include "store/event_queries.h"
#include "text/gazetteer.h"

namespace atlas::map {

// `curated` may be null (not loaded); `events` may be null (no store).
std::vector<EventMarker> EventsForFilter(const CuratedLayers* curated, store::EventQueries* events,
                                         const store::CorpusFilter& filter, const text::Gazetteer& gazetteer,
                                         const geo::MapProjection& projection);

// True when `actors` names one of `chosen`, or nothing is chosen.
bool InvolvesAnyActor(const std::vector<std::string>& actors, const std::vector<std::string>& chosen);

}  // namespace atlas::map

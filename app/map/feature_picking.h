// Picking the curated and event features under a screen point: an event marker or cluster,
// an actor's presence symbol or area outline, a corridor line. No GL, no ImGui.
#pragma once
#include <optional>
#include <vector>

#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"

namespace atlas::map {

// The event cluster under `screen` (physical pixels), as drawn: index into `clusters`.
std::optional<size_t> PickEventCluster(const std::vector<EventCluster>& clusters, const MapView& view, DVec2 screen,
                                       float slack_logical_px = 3.0f);

// A presence feature or corridor under `screen`, among those drawn on the overlay's date with
// their layers on. Presence symbols win over corridor lines; a presence area is hit on its
// outline, not inside (its inside belongs to the places and events there).
FeatureRef PickCuratedFeature(const MapOverlay& overlay, const MapView& view, DVec2 screen,
                              const LayerVisibility& layers, float slack_logical_px = 4.0f);

// Distance in physical pixels from a screen point to a projected polyline.
double ScreenDistanceToPath(const geo::Path& path, const MapView& view, DVec2 screen);

}  // namespace atlas::map

// Picking: which marker is under a screen point. Small markers drawn on top win over big
// ones beneath, and a few pixels of slack make small markers easy to hit. No GL, no ImGui.
#pragma once
#include <optional>
#include <vector>

#include "map/map_view.h"
#include "map/place_markers.h"

namespace atlas::map {

// Index into `markers` of the marker at `screen` (physical pixels), if any.
std::optional<size_t> PickMarker(const std::vector<PlaceMarker>& markers, const MapView& view, DVec2 screen,
                                 float slack_logical_px = 3.0f);

}  // namespace atlas::map

// Following a line between two points: the stretch of a river (or border) between the
// points on it nearest to two places, for corridor routes. Pure geometry; no GL, no ImGui.
#pragma once
#include <optional>
#include <vector>

#include "geo/geometry.h"

namespace atlas::map {

// Pieces whose ends meet within `join_distance` are chained into longer paths first (a river
// stored as several features). Returns the stretch from near `a` to near `b`, or nothing when
// no single path passes within `max_snap` of both.
std::optional<geo::Path> FollowBetween(const std::vector<geo::Path>& pieces, geo::DVec2 a, geo::DVec2 b,
                                       double max_snap, double join_distance = 2000);

// Chains pieces whose end points lie within `join_distance` of each other.
std::vector<geo::Path> JoinPieces(std::vector<geo::Path> pieces, double join_distance);

}  // namespace atlas::map

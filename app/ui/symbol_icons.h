// Small legend icons drawn with ImGui in the map's own symbols and line styles, so that the
// Layers panel reads as the map's key. ImGui only; no GL calls of its own.
#pragma once
#include <imgui.h>

#include "map/basemap_style.h"

namespace atlas::ui {

// A point symbol of `radius` pixels centred at `centre`, filled with `fill`, outlined.
void DrawSymbolIcon(ImDrawList* draw, ImVec2 centre, float radius, map::SymbolShape shape, map::Rgba fill,
                    map::Rgba outline);
// A short horizontal stretch of a line style (casing, colour, dashes), `width` pixels long.
void DrawLineIcon(ImDrawList* draw, ImVec2 left, float width, const map::LineStyle& style, float scale);

// Reserves one text line's height for an icon and returns the centre to draw it at.
ImVec2 IconSlot(float width);

}  // namespace atlas::ui

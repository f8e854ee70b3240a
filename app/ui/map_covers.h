// The map's parts hidden under the GUI's (opaque) panels this frame: the map is not copied
// there and its labels keep clear of them. ImGui-side bookkeeping only.
#pragma once
#include "ui/app_state.h"

namespace atlas::ui {

// Records the window being drawn (call between ImGui::Begin and End) as hiding the map.
void CoverMap(AppState& state);
// How far inside a cover the map must still be drawn: the panels' rounded corners and border.
float MapCoverInset();

}  // namespace atlas::ui

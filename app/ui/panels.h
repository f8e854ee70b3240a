// The GUI's panels, one per file (panel_<name>.cpp). Each draws itself from AppState every
// frame and changes it in place; none owns a copy of the model.
#pragma once
#include "ui/app_state.h"

namespace atlas::ui {

void DrawStatusBar(AppState& state);
void DrawLayersPanel(AppState& state);
void DrawAboutPanel(AppState& state);
// The menu bar; returns its height in window coordinates.
float DrawMainMenu(AppState& state);

}  // namespace atlas::ui

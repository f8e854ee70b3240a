// The GUI's panels, one per file (panel_<name>.cpp). Each draws itself from AppState every
// frame and changes it in place; none owns a copy of the model.
#pragma once
#include "ui/app_state.h"

namespace atlas::ui {

void DrawStatusBar(AppState& state);
void DrawLayersPanel(AppState& state);
void DrawAboutPanel(AppState& state);
void DrawSearchPanel(AppState& state, float top);       // below the menu bar
void DrawTimelinePanel(AppState& state, float bottom);  // above the status bar
void DrawSourcesPanel(AppState& state, float top, float bottom);
void DrawArticlePanel(AppState& state);
void DrawPlaceTooltip(AppState& state);
void DrawFeatureTooltip(AppState& state);
void DrawAddArticlesPanel(AppState& state);
void DrawActorsPanel(AppState& state);
void DrawExportPanel(AppState& state);
void DrawSaveViewPanel(AppState& state);
// The menu bar; returns its height in window coordinates.
float DrawMainMenu(AppState& state);

}  // namespace atlas::ui

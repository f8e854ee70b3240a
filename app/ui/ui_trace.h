// A record of what the panels show, as JSON Lines appended to the file named by
// $ATLAS_UI_TRACE (nothing otherwise): end-to-end tests drive the GUI with real input events
// and read back which passages it listed. Also a plain audit of an analyst's session.
#pragma once
#include <string>
#include <string_view>

#include "ui/app_state.h"

namespace atlas::ui {

bool UiTraceEnabled();
void TraceSources(const SourcesList& sources);
void TraceSearch(const AppState& state);
void TraceCorpus(const AppState& state);  // markers and passages after a corpus change
void TraceFocus(std::string_view field);   // a text field took the keyboard

}  // namespace atlas::ui

// What the Export dialog holds (paper or pixels, briefing text and furniture, the output
// file) and the export request it makes from the map as shown. No drawing, no GL.
#pragma once
#include <string>

#include "map/view_spec.h"
#include "render/map_export.h"

namespace atlas::ui {

struct AppState;

struct ExportSettings {
  enum class Size { kA4, kA3, kLetter, kPixels };
  Size size = Size::kA4;
  bool portrait = false;
  int dpi = 300;                  // with a paper size: 150 or 300 (72-600 accepted)
  int width = 1920, height = 1080;  // with Size::kPixels (up to 8K)
  bool briefing = true;           // title block, legend, scale bar... or the bare map
  map::BriefSpec brief;
  std::string out;                // the PNG's path
};

// A fresh dialog: A4 landscape at 300 dpi, a briefing titled after the view, saved in the
// user's Pictures folder (or home) under a dated name.
ExportSettings DefaultExportSettings(const std::string& today);

// The request exporting what the window shows: its extent (as a longitude/latitude box, so a
// page of another shape shows at least the same area), layers, date window, actors and naming,
// at the dialog's size, into the GUI's own corpus store. Throws AtlasError for a bad size or
// an empty output path.
render::ExportRequest BuildExportRequest(const AppState& state, const ExportSettings& settings);

}  // namespace atlas::ui

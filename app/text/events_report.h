// The `events` tool's work: owns the JSON Lines report of the dated events of text files
// (DESIGN.md's form). No GL, ImGui, SQL or GDAL.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace atlas::text {

struct EventsOptions {
  std::vector<std::string> files;  // paths as given ("file" repeats them); empty: the bundled corpus
};

// Writes, per event, {"file","line","date_start","date_end","year_inferred","type",
// "places":[{"place","name","lat","lon"}],"actors":[...],"quote","confidence"}: line 1-based
// over the raw file where the date is stated; date_start "YYYY-MM-DD", "YYYY-MM" or "YYYY"
// as precise as the text is; date_end the same or null; actors by their actors.json names;
// quote verbatim. A file that cannot be read gets one line on `err` naming it and the others
// go on. Returns 0 when every file was read, 1 otherwise.
int WriteEventsJsonl(const EventsOptions& options, std::ostream& out, std::ostream& err);

// The bundled corpus files (AssetsDir()/corpus/*.txt), sorted.
std::vector<std::string> BundledCorpusFiles();

}  // namespace atlas::text

// ISO 8601 dates as curated data writes them ("2024-07-28", "2024-07", "2024") read into
// PartialDate, and the first/last day a PartialDate covers. No GL, ImGui, SQL or GDAL.
#pragma once
#include <optional>
#include <string_view>

#include "text/document_model.h"

namespace atlas::text {

// The date `text` states, at its precision; nullopt unless it is exactly YYYY, YYYY-MM or
// YYYY-MM-DD naming a real month and day.
std::optional<PartialDate> ParseIsoDate(std::string_view text);

// The first and the last day of a known date's period (a year, a month or the day itself).
PartialDate FirstDayOf(const PartialDate& date);
PartialDate LastDayOf(const PartialDate& date);

// True when the periods of two known dates share at least one day.
bool Overlaps(const PartialDate& a_from, const PartialDate& a_to, const PartialDate& b_from, const PartialDate& b_to);

}  // namespace atlas::text

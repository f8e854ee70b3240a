// Dates as a briefing writes them: "10 Nov 2020", "Nov 2020", "2020", and periods such as
// "10 Nov 2020 – 25 Aug 2022" or "since 1 Jan 2024". Text only.
#pragma once
#include <string>

namespace atlas {

// From ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY"; anything else is returned as it is.
std::string ReadableDate(const std::string& iso);
// Today's date (UTC) as YYYY-MM-DD.
std::string TodayIso();
// An inclusive period; an empty `to` means still so ("since …"); equal ends give one date.
std::string ReadablePeriod(const std::string& from, const std::string& to);

}  // namespace atlas

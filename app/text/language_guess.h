// GuessLanguage: a text's language from its script and tell-tale letters and words (en, ru, ar,
// hy, az, tr and neighbours). Uses ICU; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string>
#include <string_view>

namespace atlas::text {

// ISO 639-1 code ("en", "ru", "ar", "hy", "az", "tr", "ka", "fa", "uk", "el", "he"), or ""
// when there are too few letters or the Latin-script language is none of en/az/tr.
// Looks at the first 64 KiB only.
std::string GuessLanguage(std::string_view text);

}  // namespace atlas::text

// How a name is written where it was found, compared with how the gazetteer lists it:
// capitals (acronyms, case-sensitive names) and the letters Turkic alphabets add (ş ç ö ü
// ğ ə). Folding for matching ignores both; these checks restore them where they decide.
// Owns spelling comparisons only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string_view>

#include "text/gazetteer.h"

namespace atlas::text {

// Two or more letters and every letter a capital ("SAM", "MOSCOW").
bool AllCapitalLetters(std::string_view text);

// Every capital of `listed` is a capital in `as_written` and both fold alike; the listed
// small letters may be written either way ("Zangezur Corridor" for "Zangezur corridor",
// but not "Us" for "US").
bool CapitalsKept(std::string_view listed, std::string_view as_written);

// Equal after case folding, diacritics kept; dotted and dotless i count as one letter
// (İran, Iran), so "Şuşa" equals "ŞUŞA" but not "Susa".
bool SameLetters(std::string_view listed, std::string_view as_written);

// The same checks against all of an entry's listed names.
bool ListedAsWritten(const GazetteerEntry& entry, std::string_view as_written);  // byte for byte
bool ListedWithTheseCapitals(const GazetteerEntry& entry, std::string_view as_written);
bool ListedWithTheseLetters(const GazetteerEntry& entry, std::string_view as_written);

}  // namespace atlas::text

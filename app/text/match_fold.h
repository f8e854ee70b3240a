// FoldForMatching: the one folding used to compare text with word and phrase lists (dates,
// boilerplate, repeated titles). Uses ICU; must not include GL, ImGui, SQL or GDAL.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace atlas::text {

// Lower case (root locale) with Turkic dotted and dotless i both to "i", Arabic hamza-carrying
// alefs to bare alef, alef maqsura to ya, tatweel and harakat removed, Russian ё to е,
// curly apostrophes to "'". Other characters pass unchanged. Input is valid UTF-8.
std::string FoldForMatching(std::string_view text);

// One code point (U+FFFD for ill-formed input) as FoldForMatching folds it, or U_SENTINEL
// when folding drops it. FoldForMatching is this, code point by code point, except that it
// lower-cases Σ to ς at the end of a word.
int32_t FoldCodePointForMatching(int32_t c);

// Every run of Unicode white space (NBSP and thin spaces included) as one ASCII space,
// leading and trailing white space (and a BOM) removed. Web copy-pastes are full of NBSPs.
std::string CollapseSpaces(std::string_view text);

// Letters and digits only, folded as above: "Tensions between Iran… “Israel”" and
// "TENSIONS BETWEEN IRAN - ISRAEL" give the same key.
std::string LettersKey(std::string_view text);

// The 64-bit FNV-1a hash of LettersKey(text), without building the key: 0 when the key is
// empty, and 1 when a key hashes to 0, so that 0 means "no letters".
uint64_t LettersKeyHash(std::string_view text);

}  // namespace atlas::text

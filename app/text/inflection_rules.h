// InflectionRules: which letters may surround a gazetteer name inside a word, by script —
// Russian, Turkic (Azerbaijani/Turkish), Armenian and Georgian endings, Arabic clitic
// prefixes — over folded text. Owns these word-shape rules; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace atlas::text {

enum class NameScript { kOther, kLatin, kCyrillic, kArmenian, kGeorgian, kArabic };

// The script of a folded name: that of its last letter.
NameScript ScriptOfName(std::string_view folded);

// A pattern to scan for: the folded name itself, or a stem that only counts when an
// inflection ending follows it (Russian "москв" + а/е/у/ы/ой; Georgian "თბილის" + ი/ში).
struct NameForm {
  std::string text;
  bool needs_ending = false;
  // Russian names of several words inflect each word (Нагорный Карабах -> в Нагорном
  // Карабахе): `text` is then the first word's stem, and these are the stems of the words
  // after it, each followed in the text by a Russian ending or none.
  std::vector<std::string> next_stems;
};
std::vector<NameForm> FormsOfName(std::string_view folded);
// The same for an adjective (actor adjectives): a one-word Russian adjective also inflects
// its ending (российский -> российской, российские), so its stem is scanned too.
std::vector<NameForm> FormsOfAdjective(std::string_view folded);

// True when `rest` (the letters that follow a name up to the end of the word, folded) is
// an inflection the name's script allows. `turkic` turns on Azerbaijani/Turkish case
// endings for Latin names (Bakıda, Şuşaya); an empty rest is allowed unless `needs_ending`.
bool AcceptsEnding(NameScript script, std::string_view rest, bool turkic, bool needs_ending);

// True when `prefix` (the letters before an Arabic-script name, back to the start of the
// word, folded) is a sequence of clitics: و ف ب ل ك ال and their combinations.
bool AcceptsArabicPrefix(std::string_view prefix);

}  // namespace atlas::text

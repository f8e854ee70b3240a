// Endings and clitics around names; see inflection_rules.h. All lists are folded forms:
// й->и, ё->е, ı->i, ə->e, ş->s, ç->c, ğ->g, ü->u, ö->o (TextNormalizer).
#include "text/inflection_rules.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/utf8_text.h"
#include "util/split_on_spaces.h"

namespace atlas::text {
namespace {

// Russian noun and adjective endings, all cases and numbers (folded: й -> и).
constexpr std::array<std::string_view, 47> kRussian = {
    "а",   "я",   "у",   "ю",   "е",   "и",   "ы",   "о",   "ои",  "еи",  "ом",  "ем",
    "ою",  "ею",  "ью",  "ь",   "ам",  "ям",  "ами", "ями", "ах",  "ях",  "ов",  "ев",
    "ии",  "ие",  "ыи",  "ая",  "яя",  "ое",  "ее",  "ые",  "ого", "его", "ому", "ему",
    "ым",  "им",  "ую",  "юю",  "ых",  "их",  "ыми", "ими", "ои",  "еи",  "ию"};

// Azerbaijani and Turkish case endings after harmony and buffer consonants, folded. The
// derivations that make demonyms (-li, -lu) and languages (-ca, -ce) are not here.
constexpr std::array<std::string_view, 44> kTurkic = {
    "a",   "e",   "i",    "u",    "ya",   "ye",   "yi",    "yu",    "na",   "ne",   "ni",
    "nu",  "in",  "un",   "nin",  "nun",  "da",   "de",    "ta",    "te",   "nda",  "nde",
    "dan", "den", "tan",  "ten",  "ndan", "nden", "la",    "le",    "yla",  "yle",  "ile",
    "daki", "deki", "taki", "teki", "ndaki", "ndeki", "dir", "dur", "tir", "tur", "nin"};

// Armenian case endings, with the glide յ after a final vowel (Մոսկվայում).
constexpr std::array<std::string_view, 16> kArmenian = {
    "ի", "ում", "ից", "ը", "ն", "ով", "ին", "ու", "յի", "յում", "յից", "յին", "յով", "յը", "յն", "վում"};

// Georgian case endings and postpositions written together with the noun.
constexpr std::array<std::string_view, 12> kGeorgian = {
    "ი", "ის", "ს", "ში", "ით", "იდან", "დან", "ზე", "თან", "მა", "ისკენ", "ში"};

// Arabic clitic sequences: conjunctions و ف, prepositions ب ل ك, the article ال (ل+ال -> لل).
constexpr std::array<std::string_view, 22> kArabicPrefixes = {
    "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل",
    "فلل", "وب", "فب", "ول", "فل", "وك", "فك", "وبال", "وكال", "فبال"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool EndsWith(std::string_view s, std::string_view tail) { return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail; }

}  // namespace

NameScript ScriptOfName(std::string_view folded) {
  const auto* s = reinterpret_cast<const uint8_t*>(folded.data());
  int32_t i = static_cast<int32_t>(folded.size());
  while (i > 0) {
    UChar32 c;
    U8_PREV(s, 0, i, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
      case USCRIPT_LATIN: return NameScript::kLatin;
      case USCRIPT_CYRILLIC: return NameScript::kCyrillic;
      case USCRIPT_ARMENIAN: return NameScript::kArmenian;
      case USCRIPT_GEORGIAN: return NameScript::kGeorgian;
      case USCRIPT_ARABIC: return NameScript::kArabic;
      default: return NameScript::kOther;
    }
  }
  return NameScript::kOther;
}

namespace {

// The unchanging part of a Russian word: adjectives lose their two-letter ending
// (лачинский -> лачинск), feminine, neuter and soft nouns their last letter (море -> мор).
std::string RussianStem(std::string_view word) {
  const size_t letters = CountCodePoints(word);
  for (std::string_view e : {"ии", "ыи", "ои", "ая", "яя", "ое", "ее", "ые", "ие"})
    if (letters > 4 && EndsWith(word, e)) return std::string(word.substr(0, word.size() - e.size()));
  for (std::string_view e : {"а", "я", "ь", "о", "е"})
    if (letters > 3 && EndsWith(word, e)) return std::string(word.substr(0, word.size() - e.size()));
  return std::string(word);
}

}  // namespace

std::vector<NameForm> FormsOfName(std::string_view folded) {
  std::vector<NameForm> forms{{std::string(folded), false, {}}};
  auto stem = [&](std::string_view tail, std::string_view replacement = {}) {
    std::string s(folded.substr(0, folded.size() - tail.size()));
    s += replacement;
    if (CountCodePoints(s) >= 3) forms.push_back({std::move(s), true, {}});
  };
  switch (ScriptOfName(folded)) {
    case NameScript::kCyrillic: {
      const std::vector<std::string_view> words = SplitOnSpaces(folded);
      if (words.size() > 1) {  // every word inflects: Южный Кавказ -> на Южном Кавказе
        NameForm phrase;
        phrase.text = RussianStem(words[0]);
        phrase.needs_ending = phrase.text != words[0];
        for (size_t i = 1; i < words.size(); ++i) phrase.next_stems.push_back(RussianStem(words[i]));
        if (CountCodePoints(phrase.text) >= 3) forms.push_back(std::move(phrase));
        break;
      }
      // Feminine and soft-sign nouns change their last letter: Москва -> Москве, Россия -> России.
      for (std::string_view tail : {"а", "я", "ь"})
        if (EndsWith(folded, tail)) {
          stem(tail);
          break;
        }
      break;
    }
    case NameScript::kGeorgian:
      if (EndsWith(folded, "ი")) stem("ი");  // თბილისი -> თბილისში
      break;
    case NameScript::kArmenian:
      if (EndsWith(folded, "ու")) stem("ու", "վ");  // Բաքու -> Բաքվում
      break;
    default:
      break;
  }
  return forms;
}

std::vector<NameForm> FormsOfAdjective(std::string_view folded) {
  std::vector<NameForm> forms = FormsOfName(folded);
  if (ScriptOfName(folded) != NameScript::kCyrillic || folded.find(' ') != std::string_view::npos) return forms;
  std::string stem = RussianStem(folded);
  if (stem != folded && CountCodePoints(stem) >= 3) forms.push_back({std::move(stem), true, {}});
  return forms;
}

bool AcceptsEnding(NameScript script, std::string_view rest, bool turkic, bool needs_ending) {
  if (rest.empty()) return !needs_ending;
  switch (script) {
    case NameScript::kCyrillic: return In(kRussian, rest);
    case NameScript::kArmenian: return In(kArmenian, rest);
    case NameScript::kGeorgian: return In(kGeorgian, rest);
    case NameScript::kLatin: return turkic && In(kTurkic, rest);
    default: return false;
  }
}

bool AcceptsArabicPrefix(std::string_view prefix) { return In(kArabicPrefixes, prefix); }

}  // namespace atlas::text

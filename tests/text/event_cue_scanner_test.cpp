// EventCueScanner over the bundled lexicon: whole words (with the endings of their language),
// stems, suffixes, phrases, longest cue first, never a cue inside another word.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/event_cue_scanner.h"

namespace atlas::text {
namespace {

// (surface, kind, type) per cue found; type only for kType cues.
std::vector<std::string> Cues(std::string_view text) {
  static const EventCueScanner scanner;
  std::vector<std::string> out;
  for (const EventCue& c : scanner.Find(text)) {
    std::string s(text.substr(c.span.begin, c.span.size()));
    switch (c.entry->kind) {
      case CueKind::kType: s += "=" + std::string(ToString(c.entry->type)); break;
      case CueKind::kOccurrence: s += "=occurs"; break;
      case CueKind::kFuture: s += "=ahead"; break;
      case CueKind::kReport: s += "=report"; break;
      case CueKind::kAnaphor: s += "=anaphor"; break;
      case CueKind::kBound: s += "=bound"; break;
    }
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(EventCueScanner, EnglishWordsStemsAndPhrases) {
  EXPECT_EQ(Cues("Peace talks took place after the clashes."),
            (Strings{"Peace talks=diplomatic", "took place=occurs", "clashes=military"}));
  // A listed word matches only as a whole word; a stem matches any word it starts.
  EXPECT_EQ(Cues("The warden of the warehouse"), Strings{});
  EXPECT_EQ(Cues("negotiators negotiated"), (Strings{"negotiators=diplomatic", "negotiated=diplomatic"}));
}

TEST(EventCueScanner, TheMoreSpecificSpellingWins) {
  // "investigation" is listed as a political word: the economic "investment*" does not start it,
  // and "importance" is no import.
  EXPECT_EQ(Cues("an investigation of fundamental importance"), (Strings{"investigation=political"}));
  EXPECT_EQ(Cues("according to the accord"), (Strings{"accord=diplomatic"}));
}

TEST(EventCueScanner, InflectedWordsInOtherLanguages) {
  EXPECT_EQ(Cues("на переговорах в Москве"), (Strings{"переговорах=diplomatic"}));
  EXPECT_EQ(Cues("Цены на газ выросли"), (Strings{"Цены=economic", "газ=economic"}));
  EXPECT_EQ(Cues("газета"), Strings{}) << "газ takes Russian endings only, not any letters";
  EXPECT_EQ(Cues("ortak tatbikatına başladı"), (Strings{"tatbikatına=military", "başladı=occurs"}));
  EXPECT_EQ(Cues("Bakıda danışıqlar keçirilib"), (Strings{"danışıqlar=diplomatic", "keçirilib=occurs"}));
  EXPECT_EQ(Cues("Հայաստանի բանակը"), (Strings{"բանակը=military"})) << "բանակ with an Armenian ending";
  EXPECT_EQ(Cues("բանակցությունները"), (Strings{"բանակցությունները=diplomatic"})) << "not the army word";
}

TEST(EventCueScanner, SuffixesPlanWordsAndBounds) {
  EXPECT_EQ(Cues("ziyaret edecek"), (Strings{"ziyaret=diplomatic", "edecek=ahead"}));
  EXPECT_EQ(Cues("uçak"), Strings{}) << "a suffix needs its stem letters before it";
  EXPECT_EQ(Cues("in power since 2003"), (Strings{"since=bound"}));
  EXPECT_EQ(Cues("Moscow plans to sign"), (Strings{"plans=ahead"}));
  EXPECT_EQ(Cues("He said that the war"), (Strings{"said that=report", "war=military"}));
}

}  // namespace
}  // namespace atlas::text

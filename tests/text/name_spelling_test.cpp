// Spelling checks that folding alone cannot make: capitals and Turkic letters.
#include <gtest/gtest.h>

#include "text/name_spelling.h"

namespace atlas::text {
namespace {

TEST(NameSpelling, AllCapitalLetters) {
  EXPECT_TRUE(AllCapitalLetters("SAM"));
  EXPECT_TRUE(AllCapitalLetters("ŞUŞA"));
  EXPECT_TRUE(AllCapitalLetters("U.S."));
  EXPECT_FALSE(AllCapitalLetters("Sam"));
  EXPECT_FALSE(AllCapitalLetters("A"));         // one letter is no acronym
  EXPECT_FALSE(AllCapitalLetters("باكو"));      // uncased script
}

TEST(NameSpelling, CapitalsKeptAllowsMoreCapitalsNeverFewer) {
  EXPECT_TRUE(CapitalsKept("US", "US"));
  EXPECT_FALSE(CapitalsKept("US", "Us"));
  EXPECT_TRUE(CapitalsKept("Zangezur corridor", "Zangezur Corridor"));
  EXPECT_FALSE(CapitalsKept("Zangezur corridor", "zangezur corridor"));
  EXPECT_TRUE(CapitalsKept("United States", "United\u00A0States"));  // folds alike
  EXPECT_FALSE(CapitalsKept("აშშ", "usa"));                           // same length, other name
}

TEST(NameSpelling, SameLettersKeepsTurkicLettersButNotCase) {
  EXPECT_TRUE(SameLetters("Şuşa", "ŞUŞA"));
  EXPECT_TRUE(SameLetters("İran", "Iran"));
  EXPECT_FALSE(SameLetters("Şuşa", "Susa"));
  EXPECT_FALSE(SameLetters("Gorus", "Görüş"));
}

}  // namespace
}  // namespace atlas::text

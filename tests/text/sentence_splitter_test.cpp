// SentenceSplitter: ICU sentence breaks by language, abbreviations kept, and no break inside
// a span the caller marks as one unit (a date, a name).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/sentence_splitter.h"

namespace atlas::text {
namespace {

std::vector<std::string> Sentences(const SentenceSplitter& s, std::string_view text, const std::vector<ByteSpan>& units = {}) {
  std::vector<std::string> out;
  for (const ByteSpan& b : s.Split(text, units)) out.emplace_back(text.substr(b.begin, b.size()));
  return out;
}

ByteSpan SpanOf(std::string_view text, std::string_view part) {
  const size_t at = text.find(part);
  return {at, at + part.size()};
}

TEST(SentenceSplitter, SplitsTrimsAndKeepsAbbreviations) {
  const SentenceSplitter en("en");
  EXPECT_EQ(Sentences(en, "  Talks began.  Mr. Aliyev arrived on Monday! Did they agree?\n"),
            (std::vector<std::string>{"Talks began.", "Mr. Aliyev arrived on Monday!", "Did they agree?"}));
  EXPECT_TRUE(Sentences(en, " \n ").empty());
}

TEST(SentenceSplitter, NoBreakInsideAUnit) {
  const SentenceSplitter en("en");
  const std::string text = "Putin spoke in Sochi on Oct. 3 at the plenary session. Aliyev answered.";
  EXPECT_EQ(Sentences(en, text, {SpanOf(text, "Oct. 3")}),
            (std::vector<std::string>{"Putin spoke in Sochi on Oct. 3 at the plenary session.", "Aliyev answered."}));
}

TEST(SentenceSplitter, OtherScriptsAndTerminators) {
  EXPECT_EQ(Sentences(SentenceSplitter("hy"), "Բանակցությունները սկսվեցին։ Նախարարը ժամանեց։"),
            (std::vector<std::string>{"Բանակցությունները սկսվեցին։", "Նախարարը ժամանեց։"}));
  EXPECT_EQ(Sentences(SentenceSplitter("ru"), "Переговоры прошли в Москве. Стороны договорились."),
            (std::vector<std::string>{"Переговоры прошли в Москве.", "Стороны договорились."}));
}

}  // namespace
}  // namespace atlas::text

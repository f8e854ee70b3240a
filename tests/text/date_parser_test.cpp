// DateExpressionParser: every date form the corpus uses, the other languages, relative
// expressions against a reference date, and the look-alikes that are not dates.
#include <gtest/gtest.h>

#include <string>

#include "text/calendar_arithmetic.h"
#include "text/date_parser.h"

namespace atlas::text {
namespace {

PartialDate Ref(int y, int m, int d) { return *DayDate(y, m, d, false); }

// What one found expression says, in a form that reads well in failures.
struct Seen {
  std::string surface, start, end;
  bool inferred = false;
  DateForm form = DateForm::kWritten;
};

std::vector<Seen> Find(const std::string& text, PartialDate reference = {}) {
  DateExpressionParser parser;
  DateContext context;
  context.reference = reference;
  std::vector<Seen> out;
  for (const DateExpression& e : parser.FindAll(text, context))
    out.push_back({text.substr(e.span.begin, e.span.size()), e.start.Iso(), e.end.Iso(), e.start.inferred, e.form});
  return out;
}

// The single expression in `text`; fails the test when there is not exactly one.
Seen One(const std::string& text, PartialDate reference = {}) {
  auto all = Find(text, reference);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Seen{} : all.front();
}

TEST(DateParser, WrittenDatesOfTheCorpus) {
  EXPECT_EQ(One("JUL 21, 2023").start, "2023-07-21");
  EXPECT_EQ(One("March 17 2023").start, "2023-03-17");
  EXPECT_EQ(One("February 08, 2022").start, "2022-02-08");
  Seen saker = One("THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS •");
  EXPECT_EQ(saker.start, "2020-11-11");
  EXPECT_EQ(saker.surface, "NOVEMBER 11, 2020");
  EXPECT_FALSE(saker.inferred);
  EXPECT_EQ(One("after the 10 November, 2020 Nagorno-Karabakh ceasefire").start, "2020-11-10");
}

TEST(DateParser, DateWithClockTimeIsOneDateNotARange) {
  Seen s = One("5 October 2019 14:54 (UTC+04:00)");
  EXPECT_EQ(s.start, "2019-10-05");
  EXPECT_EQ(s.end, "");
  EXPECT_EQ(s.surface, "5 October 2019 14:54 (UTC+04:00)");
}

TEST(DateParser, NumericDates) {
  Seen glued = One("time22-07-2025");
  EXPECT_EQ(glued.start, "2025-07-22");
  EXPECT_EQ(glued.surface, "22-07-2025");
  EXPECT_EQ(One("منذ 27/9/2020").start, "2020-09-27");
  EXPECT_EQ(One("2020-11-12").start, "2020-11-12");
  EXPECT_EQ(One("on 12.11.2020 in Moscow").start, "2020-11-12");
  EXPECT_EQ(One("9/27/2020").start, "2020-09-27");  // day first is impossible here
  EXPECT_TRUE(Find("31/02/2020 and 2020-13-01").empty());
}

TEST(DateParser, YearInferredFromReferenceAndFlagged) {
  Seen oct = One("voiced Oct. 3 at the plenary session", Ref(2019, 10, 5));
  EXPECT_EQ(oct.start, "2019-10-03");
  EXPECT_TRUE(oct.inferred);
  EXPECT_EQ(oct.surface, "Oct. 3");
  EXPECT_EQ(One("Baku summit on August 8", Ref(2016, 8, 20)).start, "2016-08-08");
  // December seen from late January is last December.
  EXPECT_EQ(One("On December 2, President Aliyev declared", Ref(2021, 1, 27)).start, "2020-12-02");
  // Without a reference the expression is found but not placed.
  auto unplaced = Find("on August 8");
  ASSERT_EQ(unplaced.size(), 1u);
  EXPECT_EQ(unplaced[0].start, "");
}

TEST(DateParser, Ranges) {
  Seen jan = One("From January 20 to February 7, large-scale exercises", Ref(2025, 1, 25));
  EXPECT_EQ(jan.start, "2025-01-20");
  EXPECT_EQ(jan.end, "2025-02-07");
  Seen aug = One("his visit to Baku on August 14-15, according to", Ref(2016, 8, 20));
  EXPECT_EQ(aug.start, "2016-08-14");
  EXPECT_EQ(aug.end, "2016-08-15");
  Seen apr = One("the April 2-5 hostilities", Ref(2016, 8, 20));
  EXPECT_EQ(apr.start, "2016-04-02");
  EXPECT_EQ(apr.end, "2016-04-05");
  Seen oct = One("On October 19-20, I had a series of telephone conversations", Ref(2020, 11, 18));
  EXPECT_EQ(oct.end, "2020-10-20");
  Seen between = One("between 10 and 12 July 2023");
  EXPECT_EQ(between.start, "2023-07-10");
  EXPECT_EQ(between.end, "2023-07-12");
  Seen days_first = One("14-15 August 2016");
  EXPECT_EQ(days_first.end, "2016-08-15");
  Seen across = One("20 December 2020 – 7 January 2021");
  EXPECT_EQ(across.start, "2020-12-20");
  EXPECT_EQ(across.end, "2021-01-07");
}

TEST(DateParser, MonthsAlone) {
  PartialDate ref = Ref(2016, 8, 16);
  Seen sep = One("In September, Moscow and Baku plan to sign", ref);
  EXPECT_EQ(sep.start, "2016-09");
  EXPECT_EQ(sep.surface, "September");
  EXPECT_TRUE(sep.inferred);
  EXPECT_EQ(One("next February Moscow and Baku plan to sign", ref).start, "2017-02");
  EXPECT_EQ(One("last December's shooting down", Ref(2025, 7, 11)).start, "2024-12");
  EXPECT_EQ(One("in early last November stated", Ref(2021, 1, 10)).start, "2020-11");
  EXPECT_EQ(One("in December", Ref(2022, 2, 8)).start, "2021-12");
  EXPECT_EQ(One("at the end of June", Ref(2025, 7, 22)).start, "2025-06");
  EXPECT_EQ(One("in May 2018, Turkey expelled").start, "2018-05");
  // "may" the verb and "March" after "the" are no dates.
  EXPECT_TRUE(Find("Armenia may leave the alliance", ref).empty());
  EXPECT_TRUE(Find("the March on Washington", ref).empty());
}

TEST(DateParser, Years) {
  EXPECT_EQ(One("In 2020, Baku conquered the region").start, "2020");
  EXPECT_EQ(One("in 2017, Russia is going to sell").start, "2017");
  EXPECT_EQ(One("relations since 2011 have").start, "2011");
  EXPECT_EQ(One("the 2015 incident when Turkiye downed a jet").start, "2015");
  Seen decade = One("by the USSR in the 1920s");
  EXPECT_EQ(decade.start, "1920");
  EXPECT_EQ(decade.end, "1929");
  Seen autumn = One("in the autumn of 2020");
  EXPECT_EQ(autumn.start, "2020-09");
  EXPECT_EQ(autumn.end, "2020-11");
  auto both = Find("in 2008 and 2020");
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[1].start, "2020");
}

TEST(DateParser, NumbersThatAreNotDates) {
  EXPECT_TRUE(Find("personnel from the 404th Brigade stationed there").empty());
  EXPECT_TRUE(Find("2,000 peacekeepers and 1,960 personnel").empty());
  EXPECT_TRUE(Find("2000 US personnel in Erevan did nothing").empty());
  EXPECT_TRUE(Find("the 2000 soldiers were moved").empty());
  EXPECT_TRUE(Find("18-20-year-old conscripts, 3,100 WORDS, 16 observation points").empty());
  EXPECT_TRUE(Find("at 14:54 local time, a 2+2 meeting").empty());
  EXPECT_TRUE(Find("original text: https://vz.ru/world/2020/11/12/1070326.html").empty());
}

TEST(DateParser, WeekdaysAgainstTheReference) {
  PartialDate tuesday = Ref(2025, 7, 22);  // a Tuesday
  // A weekday alone is the latest such day on or before the reference: that very day here.
  EXPECT_EQ(One("Peskov said on Tuesday", tuesday).start, "2025-07-22");
  EXPECT_EQ(One("on Sunday during his meeting", tuesday).start, "2025-07-20");
  EXPECT_EQ(One("Last Friday, President Aliyev", Ref(2022, 2, 8)).start, "2022-02-04");
  EXPECT_EQ(One("last Tuesday", tuesday).start, "2025-07-15");
  EXPECT_EQ(One("next Tuesday", tuesday).start, "2025-07-29");
  EXPECT_EQ(One("Tuesday, July 22, 2025").start, "2025-07-22");
  EXPECT_EQ(One("во вторник", tuesday).start, "2025-07-22");
  EXPECT_EQ(One("يوم الأحد", tuesday).start, "2025-07-20");
  Seen unplaced = One("on Tuesday");
  EXPECT_EQ(unplaced.start, "");
}

TEST(DateParser, RelativeExpressions) {
  PartialDate ref = Ref(2025, 7, 22);
  Seen week = One("Speaking at the forum last week", ref);
  EXPECT_EQ(week.start, "2025-07-14");
  EXPECT_EQ(week.end, "2025-07-20");
  EXPECT_EQ(One("in Ekaterinburg last month", ref).start, "2025-06");
  EXPECT_EQ(One("the conversation I had yesterday", Ref(2021, 1, 27)).start, "2021-01-26");
  EXPECT_EQ(One("I am going to Kiev tomorrow", Ref(2022, 2, 7)).start, "2022-02-08");
  EXPECT_EQ(One("suspended a year ago", ref).start, "2024");
  EXPECT_EQ(One("earlier this year", ref).start, "2025");
  EXPECT_EQ(One("3 days ago", ref).start, "2025-07-19");
  EXPECT_EQ(One("вчера", ref).start, "2025-07-21");
  EXPECT_EQ(One("geçen ay", ref).start, "2025-06");
  EXPECT_EQ(One("keçən il", ref).start, "2024");
  EXPECT_EQ(One("الأسبوع الماضي", ref).start, "2025-07-14");
  EXPECT_EQ(One("yarın", ref).start, "2025-07-23");
}

TEST(DateParser, AnaphoraCountFromTheDateBefore) {
  PartialDate ref = Ref(2020, 12, 1);
  auto seen = Find("On November 25, troops entered Kalbajar. The day before, shelling stopped.", ref);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].start, "2020-11-24");
  EXPECT_EQ(seen[1].form, DateForm::kAnaphoric);
  // "X comes a day after Y": Y happened the day before X.
  auto talks = Find("Talks took place on Thursday. The talks come a day after Sheikh Mohamed met Pashinyan.", Ref(2025, 7, 10));
  ASSERT_EQ(talks.size(), 2u);
  EXPECT_EQ(talks[1].start, "2025-07-09");
  EXPECT_EQ(One("a day later", Ref(2025, 7, 10)).start, "2025-07-11");
}

TEST(DateParser, OtherLanguages) {
  EXPECT_EQ(One("21 июля 2023 года").start, "2023-07-21");
  EXPECT_EQ(One("21 iyul 2023").start, "2023-07-21");
  EXPECT_EQ(One("21 Temmuz 2023").start, "2023-07-21");
  EXPECT_EQ(One("3 Kasım 2020 tarihinde").start, "2020-11-03");
  EXPECT_EQ(One("في 11 تشرين الثاني 2020").start, "2020-11-11");
  EXPECT_EQ(One("12 نوفمبر 2020").start, "2020-11-12");
  EXPECT_EQ(One("2023 թ. հուլիսի 21-ին").start, "2023-07-21");
  EXPECT_EQ(One("iyulun 21-də", Ref(2023, 8, 1)).start, "2023-07-21");
  EXPECT_EQ(One("в 2017 году").start, "2017");
  EXPECT_EQ(One("2017-ci ildə").start, "2017");
  EXPECT_EQ(One("2017'de").start, "2017");
  EXPECT_EQ(One("с 20 по 22 июля 2023").end, "2023-07-22");
  EXPECT_EQ(One("в июле", Ref(2023, 8, 1)).start, "2023-07");
  EXPECT_EQ(One("20 ŞUBAT 2022").start, "2022-02-20");
}

TEST(DateParser, SpansPointIntoTheText) {
  std::string text = "Türkiyə: 21 iyul 2023 — Şuşa";
  DateExpressionParser parser;
  auto found = parser.FindAll(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].span.begin, found[0].span.size()), "21 iyul 2023");
}

TEST(DateParser, LongLineStaysLinear) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "On March 3 2021 troops moved 2,000 km. ";
  DateExpressionParser parser;
  auto found = parser.FindAll(line);
  EXPECT_EQ(found.size(), 20000u);
}

}  // namespace
}  // namespace atlas::text

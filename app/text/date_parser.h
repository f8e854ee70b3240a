// DateExpressionParser: finds date expressions in text with their byte spans and resolves them to
// PartialDate ranges against a reference date (segmenter, events). No GL, ImGui, SQL or GDAL.
#pragma once

// Forms found: "JUL 21, 2023", "27/9/2020", "time22-07-2025", "August 14-15", "between 10 and
// 12 July", "last December", "in 2017", "the 1990s", "on Tuesday", "last week", "a day after",
// "21 июля 2023", "21 iyul 2023", "21 Temmuz 2023", "11 تشرين الثاني 2020", "հուլիսի 21".
#include <string_view>
#include <vector>

#include "text/document_model.h"

namespace atlas::text {

enum class DateForm {
  kNumeric,    // 2020-11-12, 27/9/2020, 22-07-2025
  kWritten,    // a day and a month name, with or without the year: "JUL 21, 2023", "Oct. 3"
  kMonthYear,  // "September 2023"
  kMonth,      // a month named alone: "in September", "last December"
  kYear,       // "in 2017", "since 2011", "the 2015 incident", "2017-ci ildə"
  kDecade,     // "the 1990s"
  kSeason,     // "the autumn of 2020"
  kWeekday,    // "on Tuesday", "last Friday"
  kRelative,   // "yesterday", "last week", "a year ago", "earlier this year"
  kAnaphoric,  // "the day before", "a day after": counted from the date mentioned before
};

struct DateExpression {
  ByteSpan span;       // the words that state the date (cue prepositions such as "in" excluded)
  DateForm form = DateForm::kWritten;
  PartialDate start;   // unknown when the expression needs a reference date that is missing
  PartialDate end;     // known only for ranges: "August 14-15", "last week", "the 1990s"
  bool has_time = false;  // a clock time followed: "5 October 2019 14:54 (UTC+04:00)"
  // A future or plan word within six words before it ("will be handed over on December 1",
  // "rescheduled for November 25", "будет"): the text looks forward to this date.
  bool looks_ahead = false;
  bool resolved() const { return start.known(); }
  // The text states the full date (no part of it was inferred).
  bool stated() const { return start.known() && !start.inferred; }
};

// Relative and year-less expressions are resolved against `reference` (the article date).
// Anaphoric ones ("the next day") count from the last day-precision date found earlier in
// the same text, else from `anchor` when known, else from `reference`.
//
// Decisions, so that results are predictable:
// - A weekday alone ("on Tuesday") is the latest such day on or before the reference: news
//   reports the past, and a reference that is itself a Tuesday means that very day.
//   "last Tuesday" is strictly before the reference, "next Tuesday" strictly after.
// - A day and month without a year take the year that puts them less than ~9 months before
//   and at most 3 months after the reference; a month alone ("in September") likewise.
// - "last week" is the Monday-Sunday week before the reference's; "last month" and
//   "last year" are the calendar month and year before.
// - "X comes a day after Y": after a form of "come", "a day after" counts backwards.
// - Numeric dates are day first (27/9/2020) unless that is impossible (9/27/2020) or
//   DateParserOptions::month_first is set.
// - Bare numbers are never years: a year needs a cue ("in 2017", "since 2011", "the 2015
//   war"), a marker ("2017 году", "2017'de") or a month. "2,000" is a count.
struct DateContext {
  PartialDate reference;
  PartialDate anchor;
};

struct DateParserOptions {
  bool month_first = false;     // read ambiguous numeric dates as MM/DD/YYYY
  bool relative = true;         // find weekday, relative and anaphoric expressions
};

// False when `text` can hold no written or numeric date and no month with its year
// (DateForm kWritten, kNumeric, kMonthYear): each of those holds a number, and a month's name
// or digits glued to '-', '/' or '.' and more digits. Much cheaper than FindAll, for callers
// that want only such dates.
bool MayHoldFullDate(std::string_view text);

class DateExpressionParser {
 public:
  explicit DateExpressionParser(DateParserOptions options = {}) : options_(options) {}

  // Every date expression in `text`, in order, non-overlapping; spans are offsets into
  // `text`. Unresolvable ones (no reference) are returned with an unknown start.
  // Expressions never cross a line break; addresses (http://..., www....) are skipped.
  std::vector<DateExpression> FindAll(std::string_view text, const DateContext& context = {}) const;

 private:
  DateParserOptions options_;
};

}  // namespace atlas::text

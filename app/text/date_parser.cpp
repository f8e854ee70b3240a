// Date expressions: token patterns and their resolution; see date_parser.h.
//
// [SECTION] Token tests
// [SECTION] Date parts (day, month, year, weekday)
// [SECTION] Absolute patterns (numeric, written, ranges)
// [SECTION] Partial patterns (month, year, decade, season)
// [SECTION] Relative patterns (weekday, phrases)
// [SECTION] Time of day
// [SECTION] Scan
// [SECTION] Full-date prefilter
#include "text/date_parser.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

#include "text/calendar_arithmetic.h"
#include "text/code_point_class.h"
#include "text/date_lexicon.h"
#include "text/date_token_stream.h"
#include "text/eight_bytes.h"

namespace atlas::text {
namespace {

struct Match {
  size_t first = 0;  // first token of the expression
  size_t end = 0;    // token past the expression
  DateExpression expr;
};

struct Part {
  int value = 0;
  size_t end = 0;       // token past the part
  bool weak = false;    // months/weekdays: a lower-case word that is also a common word
  bool marked = false;  // years: a suffix or a year word confirms it ("2017'de", "2017 года")
  bool abbreviated = false;
};

// A written day-month(-year), possibly a range, before resolution. Zero means "not written".
struct WrittenDate {
  int year = 0, month = 0, day = 0;
  int end_year = 0, end_month = 0, end_day = 0;
};

class Matcher {
 public:
  Matcher(std::string_view text, const DateParserOptions& options, const DateContext& context)
      : stream_(text), lex_(DateLexicon::Get()), options_(options), context_(context) {}

  std::vector<DateExpression> Run();

 private:
  std::optional<Match> LongestAt(size_t i);

  // [SECTION] Token tests -------------------------------------------------------------------
  const DateToken* T(size_t i) { return stream_.At(i); }
  bool IsWord(size_t i) { const DateToken* t = T(i); return t && t->kind == DateTokenKind::kWord && !t->in_url; }
  bool IsNumber(size_t i) { const DateToken* t = T(i); return t && t->kind == DateTokenKind::kNumber && !t->in_url && !t->grouped; }
  bool IsPunct(size_t i, std::string_view p) { const DateToken* t = T(i); return t && t->kind == DateTokenKind::kPunct && t->key == p; }
  bool IsDash(size_t i) {
    const DateToken* t = T(i);
    if (!t || t->kind != DateTokenKind::kPunct) return false;
    for (std::string_view d : {"-", "\u2013", "\u2014", "\u2012", "\u2212", "\u2010", "\u2011"})
      if (t->key == d) return true;
    return false;
  }
  bool Continues(size_t i) { const DateToken* t = T(i); return t && !t->line_before; }
  bool Glued(size_t i) { const DateToken* t = T(i); return t && !t->space_before && !t->line_before; }
  // What the word at token i means to the parser (nullptr for a number, punctuation, an
  // address or an ordinary word).
  const DateWordEntry* Entry(size_t i) { return IsWord(i) ? T(i)->entry : nullptr; }
  bool Kind(size_t i, DateWordKind kind) {
    const DateWordEntry* e = Entry(i);
    return e && e->Is(kind);
  }
  bool Value(size_t i, long min, long max) { return IsNumber(i) && T(i)->value >= min && T(i)->value <= max; }
  // "to", "until", "-", "по", "إلى": the second end of a range follows.
  bool IsRangeTo(size_t i) {
    if (!Continues(i)) return false;
    if (IsDash(i)) return true;
    if (!Kind(i, DateWordKind::kRangeJoin)) return false;
    const std::string& k = T(i)->key;
    return k != "and" && k != "or" && k != "и" && k != "ve" && k != "və" && k != "و" && k != "ile" && k != "ilə";
  }
  bool IsRangeJoin(size_t i) { return Continues(i) && (IsDash(i) || Kind(i, DateWordKind::kRangeJoin)); }
  bool IsApostrophe(size_t i) { return IsPunct(i, "'") || IsPunct(i, "\u2019"); }
  int NumberWord(size_t i) {  // "two", "три": -1 when not a number word
    const DateWordEntry* e = Entry(i);
    return e ? e->number : -1;
  }

  // [SECTION] Date parts ----------------------------------------------------------------------

  // A suffix glued to a number: "16th", "21-го", "2017'de", "21-i".
  size_t SkipSuffix(size_t j) {
    if (Glued(j) && Kind(j, DateWordKind::kOrdinal)) return j + 1;
    if (Glued(j) && (IsDash(j) || IsApostrophe(j)) && Glued(j + 1) && Kind(j + 1, DateWordKind::kOrdinal)) return j + 2;
    return j;
  }
  // A number glued to ':' '.' ',' and more digits is a time or a decimal, not a date part.
  bool ContinuesAsNumber(size_t i) {
    return Glued(i + 1) && (IsPunct(i + 1, ":") || IsPunct(i + 1, ".") || IsPunct(i + 1, ",") || IsPunct(i + 1, "/")) &&
           IsNumber(i + 2) && Glued(i + 2);
  }
  std::optional<Part> Day(size_t i) {
    if (!Value(i, 1, 31) || T(i)->digits > 2 || ContinuesAsNumber(i)) return std::nullopt;
    return Part{static_cast<int>(T(i)->value), SkipSuffix(i + 1)};
  }
  std::optional<Part> Year(size_t i) {
    if (!Value(i, 1000, 2999) || T(i)->digits != 4 || ContinuesAsNumber(i)) return std::nullopt;
    if (Glued(i + 1) && IsDash(i + 1) && IsNumber(i + 2) && Glued(i + 2)) return std::nullopt;  // 2020-11-12, 2020-21
    Part p{static_cast<int>(T(i)->value), SkipSuffix(i + 1)};
    p.marked = p.end > i + 1;
    if (Continues(p.end) && Kind(p.end, DateWordKind::kYearWord)) {
      ++p.end, p.marked = true;
      if (Glued(p.end) && IsPunct(p.end, ".")) ++p.end;  // "г.", "թ."
    }
    return p;
  }
  // The meanings of the name at token i, trying two-word names first ("تشرين الثاني",
  // "bazar ertəsi"); `end` is set past the name.
  const std::vector<DateWord>& Name(size_t i, size_t* end) {
    static const std::vector<DateWord> kNoMeaning;
    *end = i + 1;
    if (Kind(i, DateWordKind::kNamePrefix) && IsWord(i + 1) && Continues(i + 1)) {
      const auto& two = lex_.Lookup(T(i)->key + " " + T(i + 1)->key);
      if (!two.empty()) return *end = i + 2, two;
    }
    const DateWordEntry* e = Entry(i);
    return e ? e->meanings : kNoMeaning;
  }
  bool IsLatinAbbreviation(const std::string& k) {
    return k.size() <= 4 && static_cast<unsigned char>(k[0]) < 0x80 && k != "may" && k != "june" && k != "july";
  }
  std::optional<Part> Month(size_t i) {
    if (!IsWord(i)) return std::nullopt;
    size_t end;
    std::optional<Part> part;
    for (const DateWord& w : Name(i, &end)) {
      if (w.kind != DateWordKind::kMonth) continue;
      bool weak = w.needs_capital && !T(i)->capitalized && !T(i)->all_caps;
      if (!part || (part->weak && !weak)) part = Part{w.value, end, weak};
    }
    if (!part) return std::nullopt;
    if (IsLatinAbbreviation(T(i)->key) && Glued(end) && IsPunct(end, ".")) ++part->end;  // "Oct."
    return part;
  }
  std::optional<Part> Weekday(size_t i) {
    if (!IsWord(i)) return std::nullopt;
    size_t end;
    for (const DateWord& w : Name(i, &end)) {
      if (w.kind != DateWordKind::kWeekday) continue;
      Part p{w.value, end};
      p.weak = w.needs_capital && !T(i)->capitalized && !T(i)->all_caps;
      p.abbreviated = IsLatinAbbreviation(T(i)->key) && end == i + 1;
      if (Glued(p.end) && IsPunct(p.end, ".") && p.abbreviated) ++p.end;
      if (Continues(p.end) && Kind(p.end, DateWordKind::kPeriodWord)) ++p.end, p.weak = false;  // "salı günü"
      return p;
    }
    return std::nullopt;
  }

  // [SECTION] Absolute patterns ----------------------------------------------------------------

  Match Make(size_t first, size_t end, DateForm form, const PartialDate& start, const PartialDate& last = {}) {
    Match m;
    m.first = first;
    m.end = end;
    m.expr.form = form;
    m.expr.start = start;
    m.expr.end = last;
    m.expr.span = {T(first)->begin, T(end - 1)->end};
    return m;
  }

  // Resolves a written date; nullopt when it is no calendar date ("February 30").
  std::optional<Match> Resolve(size_t first, size_t end, DateForm form, WrittenDate w) {
    bool range = w.end_day != 0;
    if (range && !w.end_month) w.end_month = w.month;
    if (!DayDate(2000, w.month, w.day, false) || (range && !DayDate(2000, w.end_month, w.end_day, false))) return std::nullopt;
    if (range && w.end_month == w.month && w.end_day <= w.day) return std::nullopt;
    bool inferred = false;
    if (!w.year && w.end_year) w.year = w.end_month < w.month ? w.end_year - 1 : w.end_year;
    if (!w.year) w.year = YearNear(w.month, w.day, context_.reference), inferred = true;
    if (!w.year) return Make(first, end, form, {});  // found, but no reference to place it
    if (range && !w.end_year) w.end_year = w.end_month < w.month ? w.year + 1 : w.year;
    auto start = DayDate(w.year, w.month, w.day, inferred);
    if (!start) return std::nullopt;
    PartialDate last;
    if (range) {
      auto e = DayDate(w.end_year, w.end_month, w.end_day, inferred);
      if (!e || !Before(*start, *e)) return std::nullopt;
      last = *e;
    }
    return Make(first, end, form, *start, last);
  }

  // 2020-11-12, 27/9/2020, 22.07.2025, time22-07-2025.
  std::optional<Match> Numeric(size_t i) {
    if (!IsNumber(i)) return std::nullopt;
    if (i >= 2 && Glued(i) && IsNumber(i - 2) && (IsPunct(i - 1, "/") || IsPunct(i - 1, ".") || IsDash(i - 1))) return std::nullopt;
    if (!T(i + 1) || !Glued(i + 1)) return std::nullopt;
    const std::string sep = T(i + 1)->key;
    if (sep != "-" && sep != "/" && sep != ".") return std::nullopt;
    if (!IsNumber(i + 2) || !Glued(i + 2) || !IsPunct(i + 3, sep) || !Glued(i + 3) || !IsNumber(i + 4) || !Glued(i + 4))
      return std::nullopt;
    if (Glued(i + 5) && IsPunct(i + 5, sep) && IsNumber(i + 6) && Glued(i + 6)) return std::nullopt;  // a longer chain
    long a = T(i)->value, b = T(i + 2)->value, c = T(i + 4)->value;
    int da = T(i)->digits, db = T(i + 2)->digits, dc = T(i + 4)->digits;
    WrittenDate w;
    if (da == 4 && db <= 2 && dc <= 2) {
      w = {static_cast<int>(a), static_cast<int>(b), static_cast<int>(c)};
    } else if (dc == 4 && da <= 2 && db <= 2) {
      bool month_first = (options_.month_first && a <= 12) || (a <= 12 && b > 12);
      if (a > 12) month_first = false;
      w = {static_cast<int>(c), static_cast<int>(month_first ? a : b), static_cast<int>(month_first ? b : a)};
    } else {
      return std::nullopt;
    }
    if (w.year < 1000 || w.year > 2999 || w.month < 1 || w.month > 12) return std::nullopt;
    return Resolve(i, i + 5, DateForm::kNumeric, w);
  }

  // After a first day: "-15", "to February 7", "– 3 August".
  // `month_first` says how the second end is written ("February 7" or "7 February").
  void RangeTail(size_t& k, WrittenDate& w, bool month_first) {
    if (!IsRangeTo(k)) return;
    size_t j = k + 1;
    if (month_first) {
      if (auto m = Month(j); m && !m->weak) {
        if (auto d = Day(m->end)) { w.end_month = m->value, w.end_day = d->value, k = d->end; }
        return;
      }
    }
    auto d = Day(j);
    if (!d) return;
    if (!month_first) {  // "20 January – 7 February": the second end names its month
      auto m = Month(d->end);
      if (!m || m->weak) return;
      w.end_month = m->value, w.end_day = d->value, k = m->end;
      return;
    }
    if (Kind(d->end, DateWordKind::kCountNoun)) return;
    w.end_day = d->value, k = d->end;
  }

  // An optional year after a written date: ", 2023", " 2023", " 2023 года".
  void TrailingYear(size_t& k, WrittenDate& w) {
    size_t j = k;
    if (Continues(j) && IsPunct(j, ",")) ++j;
    if (!Continues(j)) return;
    auto y = Year(j);
    if (!y || Kind(y->end, DateWordKind::kCountNoun)) return;
    if (w.end_day) w.end_year = y->value;
    else w.year = y->value;
    k = y->end;
  }

  // "JUL 21, 2023", "March 17 2023", "Oct. 3", "August 14-15", "From January 20 to
  // February 7", "September 2023".
  std::optional<Match> MonthFirst(size_t i) {
    auto m = Month(i);
    if (!m) return std::nullopt;
    if (auto d = Continues(m->end) ? Day(m->end) : std::nullopt) {
      WrittenDate w{0, m->value, d->value};
      size_t k = d->end;
      TrailingYear(k, w);  // "July 28, 2020 – August 3, 2020": each end may name its year
      RangeTail(k, w, true);
      if (w.end_day) TrailingYear(k, w);
      if (m->weak && !w.year && !w.end_year) return std::nullopt;  // "may 5": the verb, most likely
      return Resolve(i, k, DateForm::kWritten, w);
    }
    if (m->weak || !Continues(m->end)) return std::nullopt;
    auto y = Year(m->end);
    if (!y || Kind(y->end, DateWordKind::kCountNoun)) return std::nullopt;
    return Make(i, y->end, DateForm::kMonthYear, MonthDate(y->value, m->value, false));
  }

  // "5 October 2019", "10 November, 2020", "21 июля 2023 года", "16th of November",
  // "14-15 August", "20 January – 7 February 2025".
  std::optional<Match> DayFirst(size_t i) {
    auto d = Day(i);
    if (!d) return std::nullopt;
    WrittenDate w{0, 0, d->value};
    size_t k = d->end;
    if (IsRangeTo(k)) {  // "14-15 August"
      if (auto d2 = Day(k + 1)) {
        size_t j = d2->end;
        if (Continues(j) && IsWord(j) && T(j)->key == "of") ++j;
        if (auto m = Continues(j) ? Month(j) : std::nullopt) {
          w.month = m->value, w.end_month = m->value, w.end_day = d2->value;
          k = m->end;
          TrailingYear(k, w);
          if (m->weak && !w.end_year) return std::nullopt;
          return Resolve(i, k, DateForm::kWritten, w);
        }
      }
    }
    if (Continues(k) && IsWord(k) && T(k)->key == "of") ++k;
    auto m = Continues(k) ? Month(k) : std::nullopt;
    if (!m) return std::nullopt;
    w.month = m->value;
    k = m->end;
    TrailingYear(k, w);
    RangeTail(k, w, false);
    if (w.end_day) TrailingYear(k, w);
    if (m->weak && !w.year && !w.end_year) return std::nullopt;
    return Resolve(i, k, DateForm::kWritten, w);
  }

  // "2023 թ. հուլիսի 21-ին", "2023 July 21": year, month name, day.
  std::optional<Match> YearFirst(size_t i) {
    auto y = Year(i);
    if (!y || !Continues(y->end)) return std::nullopt;
    size_t j = y->end;
    if (IsPunct(j, ",")) ++j;
    auto m = Month(j);
    if (!m || m->weak || !Continues(m->end)) return std::nullopt;
    auto d = Day(m->end);
    if (!d) return std::nullopt;
    return Resolve(i, d->end, DateForm::kWritten, WrittenDate{y->value, m->value, d->value});
  }

  // "between 10 and 12 July", "с 20 по 22 июля", "between 2008 and 2012".
  std::optional<Match> Between(size_t i) {
    if (!Kind(i, DateWordKind::kBetween) || !Continues(i + 1)) return std::nullopt;
    if (auto y = Year(i + 1); y && IsRangeJoin(y->end)) {
      auto y2 = Year(y->end + 1);
      if (y2 && y2->value > y->value && y2->value - y->value <= 100)
        return Make(i + 1, y2->end, DateForm::kYear, YearDate(y->value, false), YearDate(y2->value, false));
    }
    auto d = Day(i + 1);
    if (!d || !IsRangeJoin(d->end)) return std::nullopt;
    auto d2 = Day(d->end + 1);
    if (!d2) return std::nullopt;
    size_t j = d2->end;
    if (Continues(j) && IsWord(j) && T(j)->key == "of") ++j;
    auto m = Continues(j) ? Month(j) : std::nullopt;
    if (!m) return std::nullopt;
    WrittenDate w{0, m->value, d->value, 0, m->value, d2->value};
    size_t k = m->end;
    TrailingYear(k, w);
    if (m->weak && !w.end_year) return std::nullopt;
    return Resolve(i + 1, k, DateForm::kWritten, w);
  }

  // [SECTION] Partial patterns -----------------------------------------------------------------

  // Cue words before a month or year alone: "in", "since", "early", "last", "the", "mid-".
  struct Cues {
    size_t next = 0;        // token after the cues
    size_t first_kept = 0;  // first token kept in the span ("last", "early"), else `next`
    int direction = 0;      // -1 last, +1 next, 2 this
    bool only_attributive = true;
    bool any = false;
  };
  // Three patterns start with cues: they are read once per token (cues_at_).
  Cues ReadCues(size_t i) {
    if (cues_at_ != i) cues_ = ReadCuesAt(i), cues_at_ = i;
    return cues_;
  }
  Cues ReadCuesAt(size_t i) {
    Cues c;
    c.next = c.first_kept = i;
    bool kept = false;
    for (int n = 0; n < 4 && IsWord(c.next) && (n == 0 || Continues(c.next)); ++n) {
      size_t j = c.next;
      const DateWordEntry* e = Entry(j);
      if (!e) break;
      bool cue = e->Is(DateWordKind::kCue), the = e->Is(DateWordKind::kAttributive);
      bool part = e->Is(DateWordKind::kPartOf), last = e->Is(DateWordKind::kLast);
      bool next = e->Is(DateWordKind::kNext), self = e->Is(DateWordKind::kThis);
      if (!(cue || the || part || last || next || self)) break;
      if (last) c.direction = -1;
      if (next) c.direction = 1;
      if (self) c.direction = 2;
      if (!the) c.only_attributive = false;
      if ((part || last || next || self) && !kept) c.first_kept = j, kept = true;
      c.any = true;
      c.next = j + 1;
      if (part && Glued(c.next) && IsDash(c.next) && Glued(c.next + 1)) ++c.next;  // "mid-2020"
    }
    if (!kept) c.first_kept = c.next;
    return c;
  }

  // "in 2017", "since 2011", "the 2015 incident", "early 2021", "from 2008 to 2012",
  // and the second year of "in 2008 and 2020".
  std::optional<Match> CueYear(size_t i) {
    Cues c = ReadCues(i);
    bool listed = i == after_year_ && (IsPunct(i, ",") || (IsWord(i) && (T(i)->key == "and" || T(i)->key == "or")));
    if (listed) c.next = c.first_kept = i + 1, c.any = true, c.only_attributive = false;
    if (!c.any || !Continues(c.next)) return std::nullopt;
    if (auto decade = Decade(c.next)) return decade;
    auto y = Year(c.next);
    if (!y || Kind(y->end, DateWordKind::kCountNoun)) return std::nullopt;
    if (c.only_attributive) {  // "the 2015 incident", not "the 2000 soldiers" or "the 2020 Law"
      const DateToken* noun = T(y->end);
      if (!noun || noun->kind != DateTokenKind::kWord || noun->capitalized || !Continues(y->end)) return std::nullopt;
    }
    if (IsRangeTo(y->end)) {
      if (auto y2 = Year(y->end + 1); y2 && y2->value > y->value && y2->value - y->value <= 100)
        return Make(c.first_kept, y2->end, DateForm::kYear, YearDate(y->value, false), YearDate(y2->value, false));
    }
    return Make(c.first_kept, y->end, DateForm::kYear, YearDate(y->value, false));
  }

  // "2017 году", "2017'de", "2017-ci ildə": the marker itself says "year".
  std::optional<Match> MarkedYear(size_t i) {
    auto y = Year(i);
    if (!y || !y->marked) return std::nullopt;
    return Make(i, y->end, DateForm::kYear, YearDate(y->value, false));
  }

  // "1990s", "1920’s".
  std::optional<Match> Decade(size_t i) {
    if (!Value(i, 1000, 2990) || T(i)->digits != 4 || T(i)->value % 10 != 0) return std::nullopt;
    size_t j = i + 1;
    if (Glued(j) && IsApostrophe(j)) ++j;
    if (!Glued(j) || !IsWord(j) || T(j)->key != "s") return std::nullopt;
    int y = static_cast<int>(T(i)->value);
    return Make(i, j + 1, DateForm::kDecade, YearDate(y, false), YearDate(y + 9, false));
  }

  // "the autumn of 2020", "summer 2019".
  std::optional<Match> Season(size_t i) {
    if (!Kind(i, DateWordKind::kSeason) || !Continues(i + 1)) return std::nullopt;
    int first_month = lex_.Value(T(i)->key, DateWordKind::kSeason);
    size_t j = i + 1;
    if (IsWord(j) && T(j)->key == "of") ++j;
    auto y = Continues(j) ? Year(j) : std::nullopt;
    if (!y) return std::nullopt;
    return Make(i, y->end, DateForm::kSeason, MonthDate(y->value, first_month, false),
                MonthDate(y->value, first_month + 2, false));
  }

  // "in September", "last December", "early last November", "next February", and the
  // postfix forms "Temmuz ayında", "تموز الماضي". A following day or year makes it a full date.
  std::optional<Match> MonthAlone(size_t i) {
    Cues c = ReadCues(i);
    size_t at = c.any ? c.next : i;
    if (c.any && !Continues(at)) return std::nullopt;
    auto m = Month(at);
    if (!m) return std::nullopt;
    if (auto full = MonthFirst(at)) return full;
    int direction = c.direction;
    size_t end = m->end;
    bool confirmed = false;
    if (Continues(end) && Kind(end, DateWordKind::kPeriodWord)) ++end, confirmed = true;
    if (Continues(end) && Kind(end, DateWordKind::kLast)) ++end, direction = -1, confirmed = true;
    else if (Continues(end) && Kind(end, DateWordKind::kNext)) ++end, direction = 1, confirmed = true;
    if (m->weak || (!confirmed && (!c.any || c.only_attributive))) return std::nullopt;
    int year = YearOfMonth(m->value, direction, context_.reference);
    PartialDate start = year ? MonthDate(year, m->value, true) : PartialDate{};
    return Make(c.any ? c.first_kept : at, end, DateForm::kMonth, start);
  }

  // [SECTION] Relative patterns ----------------------------------------------------------------

  // "on Tuesday", "last Friday", "Tuesday, July 22, 2025", "во вторник", "يوم الثلاثاء".
  std::optional<Match> WeekdayDate(size_t i) {
    Cues c = ReadCues(i);
    size_t at = c.any ? c.next : i;
    auto w = Weekday(at);
    if (!w) return std::nullopt;
    size_t after = w->end;
    if (Continues(after) && IsPunct(after, ",")) ++after;
    if (Continues(after)) {
      std::optional<Match> full = Numeric(after);
      if (!full) full = MonthFirst(after);
      if (!full) full = DayFirst(after);
      if (full && full->expr.start.known()) {
        full->expr.span.begin = T(at)->begin;
        full->first = at;
        return full;
      }
    }
    bool english_capital = T(at)->capitalized || T(at)->all_caps;
    bool accepted = w->weak ? false : (c.any || english_capital);
    if (!options_.relative || !accepted || w->abbreviated) return std::nullopt;
    PartialDate start;
    const PartialDate& ref = context_.reference;
    if (ref.precision == DatePrecision::kDay) {
      int today = IsoWeekday(ref);
      int back = (today - w->value + 7) % 7;
      if (c.direction == -1 && back == 0) back = 7;
      if (c.direction == 1) back = -((w->value - today + 7) % 7 == 0 ? 7 : (w->value - today + 7) % 7);
      start = *ShiftDays(ref, -back);
    }
    return Make(c.direction ? c.first_kept : at, w->end, DateForm::kWeekday, start);
  }

  // The longest relative phrase starting at token i ("last week", "3 days ago", "вчера").
  std::optional<Match> RelativePhraseAt(size_t i) {
    if (!options_.relative || (!IsWord(i) && !IsNumber(i))) return std::nullopt;
    const RelativePhrase* best = nullptr;
    size_t best_end = 0;
    int best_amount = 0;
    TimeUnit best_unit = TimeUnit::kDay;
    const auto& phrases = lex_.relative_phrases();
    auto try_phrase = [&](size_t k) {
      const RelativePhrase& p = phrases[k];
      size_t j = i;
      int amount = p.amount;
      TimeUnit unit = p.unit;
      bool ok = true;
      for (const DateLexicon::PhraseWord& word : lex_.PhraseWords(k)) {
        if (!ok) break;
        ok = T(j) && (j == i || Continues(j)) && !T(j)->in_url;
        if (!ok) break;
        if (word.kind == DateLexicon::PhraseWord::kNumber) {
          if (IsNumber(j) && T(j)->value >= 1 && T(j)->value <= 1000) amount = static_cast<int>(T(j)->value);
          else if (NumberWord(j) > 0) amount = NumberWord(j);
          else ok = false;
        } else if (word.kind == DateLexicon::PhraseWord::kUnit) {
          const DateWordEntry* e = Entry(j);
          ok = e && e->is_unit;
          if (ok) unit = e->unit;
        } else {
          ok = IsWord(j) && T(j)->key == word.word;
        }
        ++j;
      }
      if (ok && j > best_end) best = &p, best_end = j, best_amount = amount, best_unit = unit;
    };
    if (const DateWordEntry* e = Entry(i))
      for (size_t k : e->phrases) try_phrase(k);
    if (IsNumber(i) || NumberWord(i) > 0)
      for (size_t k : lex_.PhrasesStartingWithNumber()) try_phrase(k);
    if (!best) return std::nullopt;
    int sign = best->sign;
    bool ends_with_after = best->pattern.size() >= 5 && best->pattern.substr(best->pattern.size() - 5) == "after";
    if (best->base == RelativeBase::kAnchor && sign > 0 && ends_with_after && i > 0 && Kind(i - 1, DateWordKind::kComeVerb))
      sign = -1;  // "the talks come a day after X": X was the day before
    return ResolveRelative(i, best_end, *best, sign, best_amount, best_unit);
  }

  Match ResolveRelative(size_t first, size_t end, const RelativePhrase& p, int sign, int amount, TimeUnit unit) {
    DateForm form = p.base == RelativeBase::kAnchor ? DateForm::kAnaphoric : DateForm::kRelative;
    const PartialDate& base = p.base == RelativeBase::kAnchor ? anchor_ : context_.reference;
    PartialDate start, last;
    if (base.known()) {
      if (p.base == RelativeBase::kPeriod) {
        if (unit == TimeUnit::kWeek && base.precision == DatePrecision::kDay) {
          auto monday = ShiftDays(base, -IsoWeekday(base) + 7 * sign);
          start = *monday;
          last = sign == 0 ? base : *ShiftDays(*monday, 6);
          last.inferred = true;
        } else if (unit == TimeUnit::kMonth && base.precision >= DatePrecision::kMonth) {
          start = ShiftMonths(base, sign);
        } else if (unit == TimeUnit::kYear) {
          start = YearDate(base.year + sign, true);
        }
      } else {
        int steps = sign * amount;
        if ((unit == TimeUnit::kDay || unit == TimeUnit::kWeek) && base.precision == DatePrecision::kDay)
          start = *ShiftDays(base, steps * (unit == TimeUnit::kWeek ? 7 : 1));
        else if (unit == TimeUnit::kMonth && base.precision >= DatePrecision::kMonth)
          start = ShiftMonths(base, steps);
        else if (unit == TimeUnit::kYear)
          start = YearDate(base.year + steps, true);
      }
    }
    return Make(first, end, form, start, last);
  }

  // [SECTION] Time of day ------------------------------------------------------------------------

  size_t SkipUtcOffset(size_t z) {
    if ((IsPunct(z, "+") || IsDash(z)) && IsNumber(z + 1) && Glued(z + 1)) {
      z += 2;
      if (Glued(z) && IsPunct(z, ":") && IsNumber(z + 1) && Glued(z + 1)) z += 2;
    }
    return z;
  }

  // "14:54", "14:54 (UTC+04:00)", ", 10:30 am GMT" after a full date.
  size_t AbsorbTime(size_t k, bool* has_time) {
    size_t j = k;
    if (Continues(j) && IsPunct(j, ",")) ++j;
    if (Continues(j) && IsWord(j) && (T(j)->key == "at" || T(j)->key == "saat" || T(j)->key == "в")) ++j;
    if (!Continues(j) || !Value(j, 0, 23) || T(j)->digits > 2 || !IsPunct(j + 1, ":") || !Glued(j + 1) ||
        !Value(j + 2, 0, 59) || T(j + 2)->digits != 2 || !Glued(j + 2))
      return k;
    j += 3;
    if (Glued(j) && IsPunct(j, ":") && Value(j + 1, 0, 59) && Glued(j + 1)) j += 2;
    if (Continues(j) && Kind(j, DateWordKind::kMeridiem)) ++j;
    size_t z = j;
    bool paren = Continues(z) && IsPunct(z, "(");
    if (paren) ++z;
    if (Continues(z) && Kind(z, DateWordKind::kTimeZone)) z = SkipUtcOffset(z + 1);
    else z = SkipUtcOffset(z);
    if (!paren) j = z;
    else if (z > j + 1 && IsPunct(z, ")")) j = z + 1;
    *has_time = true;
    return j;
  }

  // Whether any pattern can begin at token i: every one begins with a number (not a grouped
  // count), a word the lexicon knows, or, right after a year, the list separator of CueYear.
  // Most tokens are ordinary words, and the scan steps over them without trying the patterns.
  bool CanStart(size_t i) {
    if (T(i)->in_url) return false;
    return IsNumber(i) || Entry(i) || i == after_year_;
  }

  DateTokenStream stream_;
  const DateLexicon& lex_;
  DateParserOptions options_;
  DateContext context_;
  PartialDate anchor_;
  Cues cues_;
  size_t cues_at_ = static_cast<size_t>(-1);  // the token cues_ was read at
  size_t after_year_ = static_cast<size_t>(-1);  // token right after the last year expression
};

// [SECTION] Scan ---------------------------------------------------------------------------------

// The longest match of any pattern at token i.
std::optional<Match> Matcher::LongestAt(size_t i) {
  using Pattern = std::optional<Match> (Matcher::*)(size_t);
  static constexpr Pattern kPatterns[] = {
      &Matcher::Numeric,  &Matcher::WeekdayDate, &Matcher::MonthFirst, &Matcher::DayFirst,
      &Matcher::YearFirst, &Matcher::Between,    &Matcher::Season,     &Matcher::Decade,
      &Matcher::CueYear,  &Matcher::MarkedYear,  &Matcher::MonthAlone, &Matcher::RelativePhraseAt,
  };
  if (!CanStart(i)) return std::nullopt;
  std::optional<Match> best;
  for (Pattern p : kPatterns) {
    std::optional<Match> m = (this->*p)(i);
    if (m && (!best || m->end > best->end)) best = std::move(m);
  }
  return best;
}

std::vector<DateExpression> Matcher::Run() {
  std::vector<DateExpression> found;
  anchor_ = context_.anchor.known() ? context_.anchor : context_.reference;
  size_t i = 0;
  while (T(i)) {
    std::optional<Match> best = LongestAt(i);
    if (!best) {
      stream_.Release(i >= 8 ? i - 8 : 0);
      ++i;
      continue;
    }
    DateExpression& e = best->expr;
    if (e.start.precision == DatePrecision::kDay && !e.end.known()) {
      size_t end = AbsorbTime(best->end, &e.has_time);
      if (end > best->end) e.span.end = T(end - 1)->end, best->end = end;
    }
    for (size_t k = best->first >= 6 ? best->first - 6 : 0; k < best->first && !e.looks_ahead; ++k)
      e.looks_ahead = Kind(k, DateWordKind::kFuture) && !T(k + 1)->line_before;
    if (e.start.precision == DatePrecision::kDay) anchor_ = e.start;
    after_year_ = e.form == DateForm::kYear ? best->end : static_cast<size_t>(-1);
    found.push_back(e);
    i = best->end;
    stream_.Release(i >= 8 ? i - 8 : 0);
  }
  return found;
}

}  // namespace

// [SECTION] Full-date prefilter ------------------------------------------------------------------

namespace {

// Numbers start with any script's digit; most text is ASCII, read eight bytes at a time.
bool HasDigit(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    if (uint64_t eight; i + 8 <= n && eight_bytes::AllAscii(eight = eight_bytes::Load(s + i))) {
      if (eight_bytes::InRange(eight, '0', '9') != 0) return true;
      i += 8;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 0 && ClassOf(c).digit()) return true;
  }
  return false;
}

// Digits glued to '-', '/' or '.' glued to digits (where a numeric date, 27/9/2020, could be),
// or a word (as the tokenizer reads words) that names a month or begins a two-word name.
bool HasNumericShapeOrMonthName(std::string_view text) {
  const DateLexicon& lexicon = DateLexicon::Get();
  std::string key;
  auto names_a_month = [&](std::string_view word) {
    FoldDateWord(word, key);
    const DateWordEntry* e = lexicon.Find(key);
    return e && (e->Is(DateWordKind::kMonth) || e->Is(DateWordKind::kNamePrefix));
  };
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  UChar32 before_last = 0, last = 0;
  int32_t word = -1;  // where the current word began
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c = s[i];
    if (c < 0x80) ++i;
    else U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;  // as the tokenizer reads ill-formed input
    const CodePointClass k = ClassOf(c);
    if (k.digit() && (last == '-' || last == '/' || last == '.') && ClassOf(before_last).digit()) return true;
    before_last = last, last = c;
    if (IsDateWordPart(k)) {
      if (word < 0) word = at;
    } else if (word >= 0) {
      if (names_a_month(text.substr(static_cast<size_t>(word), static_cast<size_t>(at - word)))) return true;
      word = -1;
    }
  }
  return word >= 0 && names_a_month(text.substr(static_cast<size_t>(word)));
}

}  // namespace

bool MayHoldFullDate(std::string_view text) { return HasDigit(text) && HasNumericShapeOrMonthName(text); }

std::vector<DateExpression> DateExpressionParser::FindAll(std::string_view text, const DateContext& context) const {
  return Matcher(text, options_, context).Run();
}

}  // namespace atlas::text

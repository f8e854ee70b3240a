// Calendar computations with std::chrono; see calendar_arithmetic.h.
#include "text/calendar_arithmetic.h"

#include <chrono>

namespace atlas::text {
namespace {

namespace chrono = std::chrono;

chrono::sys_days FirstDay(const PartialDate& d) {
  unsigned month = d.precision >= DatePrecision::kMonth ? static_cast<unsigned>(d.month) : 1u;
  unsigned day = d.precision == DatePrecision::kDay ? static_cast<unsigned>(d.day) : 1u;
  return chrono::sys_days(chrono::year(d.year) / chrono::month(month) / chrono::day(day));
}

PartialDate FromDays(chrono::sys_days days, bool inferred) {
  chrono::year_month_day ymd(days);
  PartialDate d;
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  d.precision = DatePrecision::kDay;
  d.inferred = inferred;
  return d;
}

int MonthIndex(int year, int month) { return year * 12 + (month - 1); }

}  // namespace

std::optional<PartialDate> DayDate(int year, int month, int day, bool inferred) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  chrono::year_month_day ymd(chrono::year(year), chrono::month(static_cast<unsigned>(month)), chrono::day(static_cast<unsigned>(day)));
  if (!ymd.ok()) return std::nullopt;
  return PartialDate{year, month, day, DatePrecision::kDay, inferred};
}

PartialDate MonthDate(int year, int month, bool inferred) { return PartialDate{year, month, 0, DatePrecision::kMonth, inferred}; }
PartialDate YearDate(int year, bool inferred) { return PartialDate{year, 0, 0, DatePrecision::kYear, inferred}; }

std::optional<PartialDate> ShiftDays(const PartialDate& date, int days) {
  if (date.precision != DatePrecision::kDay) return std::nullopt;
  return FromDays(FirstDay(date) + chrono::days(days), true);
}

PartialDate ShiftMonths(const PartialDate& date, int months) {
  int index = MonthIndex(date.year, date.precision >= DatePrecision::kMonth ? date.month : 1) + months;
  return MonthDate(index / 12, index % 12 + 1, true);
}

int IsoWeekday(const PartialDate& day) {
  return static_cast<int>(chrono::weekday(FirstDay(day)).iso_encoding()) - 1;
}

bool Before(const PartialDate& a, const PartialDate& b) { return FirstDay(a) < FirstDay(b); }

int DaysBetween(const PartialDate& a, const PartialDate& b) { return static_cast<int>((FirstDay(b) - FirstDay(a)).count()); }

int YearNear(int month, int day, const PartialDate& reference) {
  if (!reference.known()) return 0;
  if (reference.precision == DatePrecision::kYear) return reference.year;
  PartialDate ref = reference;
  if (ref.precision == DatePrecision::kMonth) ref.day = 15, ref.precision = DatePrecision::kDay;
  for (int year : {ref.year, ref.year - 1, ref.year + 1}) {
    auto candidate = DayDate(year, month, day == 0 ? 1 : day, true);
    if (!candidate) continue;  // 29 February in a common year
    int ahead = DaysBetween(ref, *candidate);
    if (ahead > -275 && ahead <= 92) return year;
  }
  return 0;
}

int YearOfMonth(int month, int direction, const PartialDate& reference) {
  if (!reference.known()) return 0;
  if (reference.precision == DatePrecision::kYear) return direction == 0 || direction == 2 ? reference.year : 0;
  if (direction == 2) return reference.year;
  int ref = MonthIndex(reference.year, reference.month);
  int low = direction < 0 ? ref - 12 : direction > 0 ? ref + 1 : ref - 9;
  for (int index = low; index < low + 12; ++index)
    if (index % 12 + 1 == month) return index / 12;
  return 0;
}

}  // namespace atlas::text

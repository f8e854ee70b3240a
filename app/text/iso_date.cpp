// ISO dates; see iso_date.h.
#include "text/iso_date.h"

#include <charconv>
#include <chrono>

#include "text/calendar_arithmetic.h"

namespace atlas::text {
namespace {

// A run of exactly `digits` ASCII digits at the start of `text`, or -1.
int Digits(std::string_view text, size_t digits) {
  if (text.size() < digits) return -1;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + digits, value);
  return ec == std::errc() && end == text.data() + digits ? value : -1;
}

}  // namespace

std::optional<PartialDate> ParseIsoDate(std::string_view text) {
  for (char c : text)
    if (c != '-' && (c < '0' || c > '9')) return std::nullopt;
  const int year = Digits(text, 4);
  if (year < 0) return std::nullopt;
  if (text.size() == 4) return YearDate(year, false);
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const int month = Digits(text.substr(5), 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (text.size() == 7) return MonthDate(year, month, false);
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const int day = Digits(text.substr(8), 2);
  return day < 1 ? std::nullopt : DayDate(year, month, day, false);
}

PartialDate FirstDayOf(const PartialDate& date) {
  return *DayDate(date.year, date.precision >= DatePrecision::kMonth ? date.month : 1,
                  date.precision == DatePrecision::kDay ? date.day : 1, date.inferred);
}

PartialDate LastDayOf(const PartialDate& date) {
  if (date.precision == DatePrecision::kDay) return date;
  if (date.precision == DatePrecision::kYear) return *DayDate(date.year, 12, 31, date.inferred);
  namespace chrono = std::chrono;
  const chrono::year_month_day_last last(chrono::year(date.year), chrono::month_day_last(chrono::month(static_cast<unsigned>(date.month))));
  return *DayDate(date.year, date.month, static_cast<int>(static_cast<unsigned>(last.day())), date.inferred);
}

bool Overlaps(const PartialDate& a_from, const PartialDate& a_to, const PartialDate& b_from, const PartialDate& b_to) {
  // Each period runs from the first day of its start to the last day of its end.
  return !Before(LastDayOf(a_to), FirstDayOf(b_from)) && !Before(LastDayOf(b_to), FirstDayOf(a_from));
}

}  // namespace atlas::text

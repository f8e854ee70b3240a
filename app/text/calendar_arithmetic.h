// CalendarArithmetic: the calendar computations date resolution needs (valid dates, shifts,
// weekdays, the year of a year-less date) on PartialDate via std::chrono. No GL, ImGui, SQL, GDAL.
#pragma once
#include <optional>

#include "text/document_model.h"

namespace atlas::text {

// A day-precision date, or nullopt when y-m-d is not a real date.
std::optional<PartialDate> DayDate(int year, int month, int day, bool inferred);
PartialDate MonthDate(int year, int month, bool inferred);
PartialDate YearDate(int year, bool inferred);

// `date` (day precision) moved by `days`; the result is marked inferred.
std::optional<PartialDate> ShiftDays(const PartialDate& date, int days);
// `date` (month precision or finer) moved by whole months, at month precision.
PartialDate ShiftMonths(const PartialDate& date, int months);

int IsoWeekday(const PartialDate& day);  // 0 = Monday ... 6 = Sunday; day precision only

// Orders two known dates by their first day (a month counts from its 1st).
bool Before(const PartialDate& a, const PartialDate& b);
// Whole days from a to b (both taken at their first day).
int DaysBetween(const PartialDate& a, const PartialDate& b);

// The year of "<day> <month>" written without one, relative to a reference date: the one
// that puts it less than about nine months before and at most three months after the
// reference (news mostly looks back). 0 when the reference is unknown.
int YearNear(int month, int day, const PartialDate& reference);

// The year of a month named alone: direction 0 "in July" (as YearNear), -1 "last July"
// (the latest strictly before the reference month), +1 "next July" (the first after),
// and 2 "this July" (the reference year). 0 when it cannot be worked out.
int YearOfMonth(int month, int direction, const PartialDate& reference);

}  // namespace atlas::text

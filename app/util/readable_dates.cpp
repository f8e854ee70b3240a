// Readable dates; see readable_dates.h.
#include "util/readable_dates.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace atlas {

std::string ReadableDate(const std::string& iso) {
  static const std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int year = 0, month = 0, day = 0;
  char text[32];
  if (iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d", &year, &month, &day) == 3 && month >= 1 &&
      month <= 12) {
    std::snprintf(text, sizeof text, "%d %s %d", day, kMonths[size_t(month - 1)], year);
    return text;
  }
  if (iso.size() == 7 && std::sscanf(iso.c_str(), "%4d-%2d", &year, &month) == 2 && month >= 1 && month <= 12) {
    std::snprintf(text, sizeof text, "%s %d", kMonths[size_t(month - 1)], year);
    return text;
  }
  return iso;
}

std::string ReadablePeriod(const std::string& from, const std::string& to) {
  if (to.empty()) return from.empty() ? std::string() : "since " + ReadableDate(from);
  if (from.empty()) return "until " + ReadableDate(to);
  if (from == to) return ReadableDate(from);
  return ReadableDate(from) + " \u2013 " + ReadableDate(to);
}

std::string TodayIso() {
  const std::chrono::year_month_day ymd(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return text;
}

}  // namespace atlas

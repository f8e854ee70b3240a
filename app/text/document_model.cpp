// Small helpers for the corpus data model; see document_model.h.
#include "text/document_model.h"

#include <cstdio>

namespace atlas::text {

std::string_view ToString(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kPlace: return "place";
    case PlaceKind::kRegion: return "region";
    case PlaceKind::kCorridor: return "corridor";
    case PlaceKind::kCountry: return "country";
  }
  return "place";
}

bool ParsePlaceKind(std::string_view s, PlaceKind* out) {
  for (PlaceKind k : {PlaceKind::kPlace, PlaceKind::kRegion, PlaceKind::kCorridor, PlaceKind::kCountry}) {
    if (s == ToString(k)) {
      *out = k;
      return true;
    }
  }
  return false;
}

std::string PartialDate::Iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kDay: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    case DatePrecision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case DatePrecision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case DatePrecision::kNone: return {};
  }
  return buf;
}

}  // namespace atlas::text

// Working out a reference date for an undated article; see undated_article_reference.h.
#include "text/undated_article_reference.h"

#include "text/calendar_arithmetic.h"
#include "text/iso_date.h"

namespace atlas::text {

PartialDate ReferenceFromClues(const UndatedArticleClues& clues) {
  PartialDate opens, closes;
  for (const ActorPerson* person : clues.officeholders) {
    if (!person || person->roles.empty()) continue;
    // The person's whole time in office: first known start to last end.
    PartialDate first, last;
    bool start_unknown = false, still_held = false;
    for (const ActorRole& r : person->roles) {
      if (!r.from.known()) start_unknown = true;
      else if (!first.known() || Before(FirstDayOf(r.from), first)) first = FirstDayOf(r.from);
      if (!r.to.known()) still_held = true;
      else if (!last.known() || Before(last, LastDayOf(r.to))) last = LastDayOf(r.to);
    }
    if (still_held) {
      if (!clues.known_until.known()) continue;
      last = LastDayOf(clues.known_until);
    }
    if (!start_unknown && first.known() && (!opens.known() || Before(opens, first))) opens = first;
    if (last.known() && (!closes.known() || Before(last, closes))) closes = last;
  }
  if (!opens.known() || !closes.known() || Before(closes, opens)) return {};
  if (clues.latest_past_year > closes.year) return {};  // the text knows a later year
  if (DaysBetween(opens, closes) > kMaxWindowDays) return {};
  PartialDate reference = closes;
  reference.inferred = true;
  return reference;
}

}  // namespace atlas::text

// Events under a filter; see event_layer_model.h.
#include "map/event_layer_model.h"

#include <algorithm>

namespace atlas::map {
namespace {

// A quote cut to a marker title at a word boundary.
std::string TitleFromQuote(const std::string& quote) {
  constexpr size_t kLength = 110;
  if (quote.size() <= kLength) return quote;
  size_t cut = quote.rfind(' ', kLength);
  if (cut == std::string::npos || cut < kLength / 2) cut = kLength;
  while (cut > 0 && (static_cast<unsigned char>(quote[cut]) & 0xC0) == 0x80) --cut;  // never inside a character
  return quote.substr(0, cut) + "\u2026";
}

}  // namespace

bool InvolvesAnyActor(const std::vector<std::string>& actors, const std::vector<std::string>& chosen) {
  if (chosen.empty()) return true;
  return std::any_of(actors.begin(), actors.end(),
                     [&](const std::string& a) { return std::find(chosen.begin(), chosen.end(), a) != chosen.end(); });
}

std::vector<EventMarker> EventsForFilter(const CuratedLayers* curated, store::EventQueries* stored,
                                         const store::CorpusFilter& filter, const text::Gazetteer& gazetteer,
                                         const geo::MapProjection& projection) {
  std::vector<EventMarker> events;
  if (curated)
    for (EventMarker& e : CuratedEventMarkers(curated->events))
      if (EventInPeriod(e, filter.date_from, filter.date_to) && InvolvesAnyActor(e.actor_ids, filter.actors))
        events.push_back(std::move(e));
  if (!stored) return events;
  for (store::StoredEvent& s : stored->Events(filter)) {
    const EventKindInfo* kind = FindEventKind(s.type);
    if (!kind) continue;
    const text::GazetteerEntry* where = nullptr;
    for (const std::string& id : s.place_ids)
      if ((where = gazetteer.Find(id))) break;
    if (!where) continue;
    EventMarker e;
    e.id = "x" + std::to_string(s.event_id);
    e.store_id = s.event_id;
    e.kind = kind->kind;
    e.position = projection.Forward({where->lon, where->lat});
    e.date_start = s.first_day;
    e.date_end = s.last_day == s.first_day ? std::string() : s.last_day;
    e.title = TitleFromQuote(s.quote);
    e.quote = std::move(s.quote);
    e.confidence = s.confidence;
    e.actor_ids = std::move(s.actor_ids);
    e.place_ids = std::move(s.place_ids);
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace atlas::map

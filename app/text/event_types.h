// The event type lexicon (type, occurrence, plan, report, anaphor and bound words in en, ru, az,
// tr, hy; weighted; data in one place) and the type names. No GL, ImGui, SQL or GDAL.
#pragma once
#include <span>
#include <string_view>

#include "text/document_model.h"

namespace atlas::text {

enum class CueKind {
  kType,        // evidence for `type`, with its weight
  kOccurrence,  // something was said, held or happened ("announced", "состоялись", "keçirildi")
  kFuture,      // the sentence looks ahead ("plans to", "будет", "-acak"): a plan, not a fact yet
  kReport,      // what follows is what someone said ("saying that", "заявил, что", "dedi ki")
  kAnaphor,     // refers back to something named before ("it", "the region", "там", "orada")
  kBound,       // makes a date the bound of a span of time, not an event's date: "since 2003",
                // "until 2030", "с 2003 года", "2003-cü ildən bəri", "2003'ten beri"
};

// One entry of the lexicon. `text` is written naturally (folding makes "Müdafiə" match
// "MÜDAFİƏ" and "mudafie"); its shape says how it matches a word:
//   "talks"      the word, with the inflection endings of its language (Russian, Turkic,
//                Armenian — inflection_rules.h); English words are matched as listed
//   "negotiat*"  any word starting so
//   "*acaq"      any word ending so (Turkic future suffixes)
// Phrases match word for word; only their last word takes an ending or '*'.
struct EventCueEntry {
  std::string_view text;
  std::string_view language;  // en, ru, az, tr, hy
  CueKind kind = CueKind::kType;
  EventType type = EventType::kPolitical;  // for kType
  double weight = 1;                       // for kType: how strongly it shows the type
};

// The whole lexicon, in one table (event_types.cpp).
std::span<const EventCueEntry> EventCueLexicon();

// Types in the order that breaks a tie between equally supported types.
std::span<const EventType> EventTypesByPrecedence();

}  // namespace atlas::text

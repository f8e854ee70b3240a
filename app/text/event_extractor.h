// EventExtractor: owns finding the dated events an article states, with their dates, places,
// actors, type and confidence. No GL, ImGui, SQL or GDAL.
#pragma once
#include <vector>

#include "text/actor_dictionary.h"
#include "text/date_parser.h"
#include "text/document_model.h"
#include "text/event_cue_scanner.h"

namespace atlas::text {

struct EventExtractorOptions {
  // For an article without a date: the officeholders it names bound when it was written
  // (undated_article_reference.h). Null: such articles only yield dates that state a year.
  // Must outlive the extractor.
  const ActorDictionary* actors = nullptr;
  // The type evidence (lexicon weight) a clause needs to state an event; a year or decade
  // alone needs half as much again.
  double min_evidence = 1.0;
};

// How an article becomes events:
// - Each passage is split into sentences (ICU); each resolved date expression in a sentence
//   (DateExpressionParser, against the article date) is a candidate. When a sentence holds
//   several dates, each one's clause runs from the last clause break (, ; : dash bracket)
//   after the date before it to the first before the date after it.
// - The clause must carry evidence of an event: the type lexicon's words (event_types.h),
//   weighted, in the clause (full weight) and the rest of its sentence (half weight). The type
//   is the best-supported one; ties go to the type whose word stands nearest the date, then
//   to EventTypesByPrecedence().
// - Places: the clause's place mentions, else its sentence's, else those of the nearest
//   sentence before it in the passage. Actors: the clause's, else the sentence's.
// - Looking ahead (a plan word near the date, or a date after the article's) keeps the event
//   with its confidence lowered.
// - Relative dates ("on Tuesday", "last week") need the article's date; an undated article
//   resolves year-less dates against a reference worked out from its text, flagged as
//   year_inferred and with a lower confidence.
// - Title passages (a header line repeated as a passage) are left out.
class EventExtractor {
 public:
  explicit EventExtractor(EventExtractorOptions options = {});

  // The events of `article` (one of doc.articles, its passages linked and tagged), in text
  // order. Not thread-safe (scratch is reused): one extractor per thread.
  std::vector<ExtractedEvent> Extract(const Document& doc, const Article& article) const;

 private:
  PartialDate ReferenceFor(const Document& doc, const Article& article) const;

  EventExtractorOptions options_;
  DateExpressionParser parser_;
  EventCueScanner cues_;
};

}  // namespace atlas::text

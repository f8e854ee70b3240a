// The corpus pipeline over a read document (segment, link, tag actors, extract events), shared
// by the store's ingest and the `events` tool. No GL, ImGui, SQL or GDAL.
#pragma once
#include "text/actor_tagger.h"
#include "text/document_model.h"
#include "text/event_extractor.h"
#include "text/mention_linker.h"

namespace atlas::text {

// Segments `doc` (replacing its articles), makes each article's title line a passage of its
// own (a place named only in a headline still leads to the article), and links the whole
// text once, handing each mention to the passage that contains it.
void SegmentAndLink(Document& doc, const MentionLinker& linker = BundledLinker());

// Tags every passage with the actors it names, people counted at their article's date.
// Replaces Passage::actors; spans are offsets into doc.text.
void TagActors(Document& doc, const ActorTagger& tagger = BundledActorTagger());

// Fills every article's events (after SegmentAndLink and TagActors).
void ExtractEvents(Document& doc, const EventExtractor& extractor);

// All of the above with the bundled gazetteer and actors: a read document ready to store or report.
void AnalyseDocument(Document& doc, const EventExtractor& extractor);

}  // namespace atlas::text

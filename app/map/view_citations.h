// The sources behind a view, for a briefing: every place marker, corridor, presence feature
// and event the view shows, with the passages (numbered once each) and outside pages behind
// it; written as Markdown and HTML with the mentions and quotes marked. No GL, no ImGui.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "store/corpus_queries.h"
#include "store/event_queries.h"

namespace atlas::map {

struct CitedPassage {
  int number = 0;
  store::PassageHit passage;
  std::vector<std::string> marked_places;  // mentions of these place ids are marked
  std::string quote;                       // marked too, when found in the passage
};

struct CitedFeature {
  std::string kind;    // "Place", "Corridor", "On the ground", "Event"
  std::string name;    // "Lachin", "Lachin corridor"
  std::string detail;  // "12 mentions", "blockaded (12 Dec 2022 – 22 Apr 2023)", "military, 2–5 Apr 2016"
  std::vector<int> passages;           // numbers into Citations::passages
  std::vector<std::string> elsewhere;  // outside sources: "AzerNews, 2022-08-26: title <url>"
};

struct Citations {
  std::vector<CitedPassage> passages;  // in order of first citation; number = index + 1
  std::vector<CitedFeature> features;
  int articles = 0;                    // distinct articles among the passages
};

struct CitationSources {
  store::CorpusQueries* passages = nullptr;
  store::EventQueries* events = nullptr;
  store::CorpusFilter filter;
  // Names for headings: a place id's label, an actor id's name.
  std::function<std::string(const std::string&)> place_name, actor_name;
};

// Collects the sources of what `view` shows with `layers` on: places (most mentioned first),
// corridors, presence and events (by date), each passage listed once.
Citations CollectCitations(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
                           const CitationSources& sources);

// What the citation files say about the view they belong to.
struct CitationHeader {
  std::string title;    // the briefing's title, or the view's name
  std::string period;   // the date window and actor filter in words
  std::string picture;  // the PNG's file name
};

std::string CitationsMarkdown(const Citations& citations, const CitationHeader& header);
std::string CitationsHtml(const Citations& citations, const CitationHeader& header);

}  // namespace atlas::map

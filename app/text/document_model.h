// The corpus data model shared by segmenter, linker, event extraction and the store:
// documents, articles, passages, place and actor mentions, events. Plain data; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/source_map.h"

namespace atlas::text {

// A half-open byte range [begin, end) into Document::text.
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool operator==(const ByteSpan&) const = default;
};

enum class PlaceKind { kPlace, kRegion, kCorridor, kCountry };
std::string_view ToString(PlaceKind kind);          // "place" | "region" | "corridor" | "country"
bool ParsePlaceKind(std::string_view s, PlaceKind* out);

// A place name found in text, linked to a gazetteer entry.
struct PlaceMention {
  ByteSpan span;           // the surface, exactly as written
  std::string place_id;    // Gazetteer id
  bool metonym = false;    // a capital (or "the Kremlin") standing for its government
};

enum class DatePrecision { kNone, kYear, kMonth, kDay };

// A calendar date known to some precision; `inferred` when not stated but worked out.
struct PartialDate {
  int year = 0, month = 0, day = 0;
  DatePrecision precision = DatePrecision::kNone;
  bool inferred = false;
  bool known() const { return precision != DatePrecision::kNone; }
  std::string Iso() const;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (unknown)
};

// An actor (assets/actors/actors.json) named in text: by one of its names, an adjective, a
// metonym (Kremlin, Ankara) or a person holding one of its roles at the time (ActorTagger).
struct ActorMention {
  ByteSpan span;          // the surface, exactly as written
  std::string actor_id;   // ActorDictionary id
  enum class Via { kName, kAdjective, kMetonym, kPerson } via = Via::kName;
  std::string person;     // the person's name when via == kPerson
};

// One paragraph of article text, the unit that is stored, searched and cited.
struct Passage {
  ByteSpan span;
  int first_line = 0;  // 1-based, over the raw file
  int last_line = 0;
  std::vector<PlaceMention> mentions;
  std::vector<ActorMention> actors;
};

enum class EventType { kMilitary, kDiplomatic, kInfrastructure, kHumanitarian, kPolitical, kEconomic };
// "military" | "diplomatic" | "infrastructure" | "humanitarian" | "political" | "economic"
// (defined with the type lexicon, event_types.cpp).
std::string_view ToString(EventType type);
bool ParseEventType(std::string_view s, EventType* out);

// A dated event an article states (EventExtractor): what happened or happens at a date.
struct ExtractedEvent {
  int passage_index = 0;   // within its article
  ByteSpan span;           // the quote (sentence or clause) in Document::text
  int line = 0;            // 1-based over the raw file, where the date is stated
  PartialDate start;
  std::optional<PartialDate> end;  // the last day (or month, year) of a range
  bool year_inferred = false;      // the year was not stated but worked out
  EventType type = EventType::kPolitical;
  std::vector<std::string> place_ids;  // Gazetteer ids, the quote's own first
  std::vector<std::string> actor_ids;  // ActorDictionary ids
  double confidence = 0;               // 0..1
};

struct Article {
  std::string title, outlet, author, language;  // empty when unknown; language is ISO 639-1
  PartialDate date;
  std::string date_note;  // how an inferred date was worked out
  ByteSpan span;          // from the first title line to the last body line
  int first_line = 0, last_line = 0;
  std::vector<ByteSpan> header_lines;  // title repeats, outlet, dateline, byline: kept, not passages
  std::vector<Passage> passages;
  std::vector<ExtractedEvent> events;
};

// How a file was read: plain text is used as is; markup is reduced to its readable text.
enum class SourceFormat { kPlainText, kMarkdown, kHtml };

// What a markup file says about itself (HTML <title>, <h1> and meta tags; Markdown front
// matter and first heading). Empty when not stated. `published` is as written (often ISO 8601).
struct SourceHints {
  std::string title, headline, published, author, site_name;
};

// A text file as the program reads it. `text` is valid UTF-8: invalid byte sequences are
// replaced by U+FFFD (each maximal ill-formed subsequence by one, as Python's 'replace').
// Line and column numbers are computed over the file as read, raw() (see SourceLocator).
struct Document {
  std::string path;
  std::string text;
  std::vector<std::string> warnings;  // e.g. "3 invalid UTF-8 sequences replaced"
  // For markup, `text` is the extracted readable text and `source` the whole decoded file;
  // `source_map` takes `text` offsets back to `source` offsets (see SourceLocator for lines).
  // For plain text `source` is empty and the map is the identity.
  SourceFormat format = SourceFormat::kPlainText;
  std::string source;
  SourceMap source_map;
  SourceHints hints;
  std::string_view raw() const { return source.empty() ? std::string_view(text) : std::string_view(source); }
  std::vector<Article> articles;
  std::vector<ByteSpan> boilerplate;  // spans that belong to no article, or inline furniture
};

}  // namespace atlas::text

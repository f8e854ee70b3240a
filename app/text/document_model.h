// The corpus data model shared by segmenter, linker, event extraction and the store:
// documents, articles, passages and place mentions. Plain data; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
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

// One paragraph of article text, the unit that is stored, searched and cited.
struct Passage {
  ByteSpan span;
  int first_line = 0;  // 1-based, over the raw file
  int last_line = 0;
  std::vector<PlaceMention> mentions;
};

struct Article {
  std::string title, outlet, author, language;  // empty when unknown; language is ISO 639-1
  PartialDate date;
  std::string date_note;  // how an inferred date was worked out
  ByteSpan span;          // from the first title line to the last body line
  int first_line = 0, last_line = 0;
  std::vector<ByteSpan> header_lines;  // title repeats, outlet, dateline, byline: kept, not passages
  std::vector<Passage> passages;
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

// HandBuiltDocument: a Document written out by hand for store tests — articles, one line per
// passage line, places, actors and events tagged by their surface — with exact spans and lines.
#pragma once
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/corpus_store.h"
#include "text/document_model.h"

namespace atlas::store::testing {

inline text::PartialDate Day(int y, int m, int d) { return {y, m, d, text::DatePrecision::kDay}; }
inline text::PartialDate Month(int y, int m) { return {y, m, 0, text::DatePrecision::kMonth}; }
inline text::PartialDate Year(int y) { return {y, 0, 0, text::DatePrecision::kYear}; }

// Passages are separated by blank lines; a passage's text may hold '\n' to span lines.
// Tags name their surface, found (the first time) in the last passage added.
class HandBuiltDocument {
 public:
  explicit HandBuiltDocument(std::string path) { doc_.path = std::move(path); }

  // Starts an article; its title becomes its first passage, as ingest makes it.
  HandBuiltDocument& Article(const std::string& title, text::PartialDate date) {
    doc_.articles.emplace_back();
    text::Article& a = doc_.articles.back();
    a.title = title;
    a.outlet = "Test Outlet";
    a.date = date;
    a.first_line = NextLine();
    Passage(title);
    a.span.begin = a.passages.back().span.begin;
    return *this;
  }

  HandBuiltDocument& Passage(const std::string& text) {
    text::Article& a = doc_.articles.back();
    text::Passage p;
    p.first_line = NextLine();
    if (!doc_.text.empty()) doc_.text += "\n\n";
    p.span = {doc_.text.size(), doc_.text.size() + text.size()};
    doc_.text += text;
    p.last_line = p.first_line + int(std::count(text.begin(), text.end(), '\n'));
    a.passages.push_back(std::move(p));
    a.last_line = a.passages.back().last_line;
    a.span.end = doc_.text.size();
    return *this;
  }

  HandBuiltDocument& Place(const std::string& surface, const std::string& place_id) {
    Last().mentions.push_back({Find(surface), place_id, false});
    return *this;
  }

  HandBuiltDocument& Actor(const std::string& surface, const std::string& actor_id,
                           text::ActorMention::Via via = text::ActorMention::Via::kName, std::string person = "") {
    Last().actors.push_back({Find(surface), actor_id, via, std::move(person)});
    return *this;
  }

  // An event stated by `quote` in the last passage.
  HandBuiltDocument& Event(const std::string& quote, text::PartialDate start, std::optional<text::PartialDate> end,
                           text::EventType type, std::vector<std::string> places, std::vector<std::string> actors,
                           double confidence = 0.75, bool year_inferred = false) {
    text::Article& a = doc_.articles.back();
    text::ExtractedEvent e;
    e.passage_index = int(a.passages.size()) - 1;
    e.span = Find(quote);
    e.line = Last().first_line;
    e.start = start;
    e.end = end;
    e.year_inferred = year_inferred;
    e.type = type;
    e.place_ids = std::move(places);
    e.actor_ids = std::move(actors);
    e.confidence = confidence;
    a.events.push_back(std::move(e));
    return *this;
  }

  const text::Document& doc() const { return doc_; }
  DocumentIdentity identity() const { return {doc_.path, "hash-of-" + doc_.path, int64_t(doc_.text.size())}; }

 private:
  text::Passage& Last() { return doc_.articles.back().passages.back(); }
  int NextLine() const {
    return doc_.text.empty() ? 1 : int(std::count(doc_.text.begin(), doc_.text.end(), '\n')) + 3;
  }
  text::ByteSpan Find(const std::string& surface) {
    const text::ByteSpan& p = Last().span;
    const size_t at = std::string_view(doc_.text).substr(p.begin, p.size()).find(surface);
    if (at == std::string::npos) throw std::logic_error("'" + surface + "' is not in the last passage");
    return {p.begin + at, p.begin + at + surface.size()};
  }
  text::Document doc_;
};

}  // namespace atlas::store::testing

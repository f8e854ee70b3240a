// The corpus pipeline; see corpus_pipeline.h.
#include "text/corpus_pipeline.h"

#include <algorithm>

#include "text/segmenter.h"

namespace atlas::text {
namespace {

// The title line among an article's header lines becomes a passage of its own.
void AddTitlePassage(const std::string& text, Article& a) {
  if (a.title.empty()) return;
  for (const ByteSpan& h : a.header_lines) {
    if (std::string_view(text).substr(h.begin, h.size()) != a.title) continue;
    Passage title;
    title.span = h;
    title.first_line = title.last_line = a.first_line;  // the title opens its article
    a.passages.insert(a.passages.begin(), title);
    return;
  }
}

// Mentions are found once over the whole text, then handed to the passage containing them.
void AssignMentions(const std::vector<PlaceMention>& mentions, Document& doc) {
  for (Article& a : doc.articles) {
    for (Passage& p : a.passages) {
      auto first = std::lower_bound(mentions.begin(), mentions.end(), p.span.begin,
                                    [](const PlaceMention& m, size_t at) { return m.span.begin < at; });
      for (auto it = first; it != mentions.end() && it->span.end <= p.span.end; ++it) p.mentions.push_back(*it);
    }
  }
}

}  // namespace

void SegmentAndLink(Document& doc, const MentionLinker& linker) {
  Segmenter().Segment(doc);
  for (Article& a : doc.articles) AddTitlePassage(doc.text, a);
  AssignMentions(linker.Link(doc.text), doc);
}

void TagActors(Document& doc, const ActorTagger& tagger) {
  for (Article& a : doc.articles)
    for (Passage& p : a.passages) {
      p.actors.clear();
      tagger.TagInto(std::string_view(doc.text).substr(p.span.begin, p.span.size()), a.date, &p.actors);
      for (ActorMention& m : p.actors) m.span = {m.span.begin + p.span.begin, m.span.end + p.span.begin};
    }
}

void ExtractEvents(Document& doc, const EventExtractor& extractor) {
  for (Article& a : doc.articles) a.events = extractor.Extract(doc, a);
}

void AnalyseDocument(Document& doc, const EventExtractor& extractor) {
  SegmentAndLink(doc);
  TagActors(doc);
  ExtractEvents(doc, extractor);
}

}  // namespace atlas::text

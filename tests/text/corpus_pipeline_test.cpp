// The shared corpus pipeline: a title passage first, every place and actor mention handed to the
// passage holding it with offsets into Document::text, people tagged at the article's date, and
// events filled per article.
#include <gtest/gtest.h>

#include <string>

#include "text/corpus_pipeline.h"
#include "text/document_reader.h"

namespace atlas::text {
namespace {

std::string TestData(const std::string& rel) { return std::string(ATLAS_TEST_DATA) + "/text/data/" + rel; }

TEST(CorpusPipeline, PassagesGetMentionsActorsAndArticlesEvents) {
  Document doc = ReadDocument(TestData("events/en_article.txt"));
  AnalyseDocument(doc, EventExtractor(EventExtractorOptions{&BundledActorDictionary()}));
  ASSERT_EQ(doc.articles.size(), 1u);
  const Article& a = doc.articles[0];
  ASSERT_GE(a.passages.size(), 2u);
  // The headline is a passage of its own, first, with its place.
  const Passage& title = a.passages[0];
  EXPECT_EQ(doc.text.substr(title.span.begin, title.span.size()), a.title);
  ASSERT_FALSE(title.mentions.empty());
  EXPECT_EQ(title.mentions.back().place_id, "abu_dhabi");
  for (const Passage& p : a.passages) {
    for (const PlaceMention& m : p.mentions) {
      EXPECT_GE(m.span.begin, p.span.begin);
      EXPECT_LE(m.span.end, p.span.end);
    }
    for (const ActorMention& m : p.actors) {
      EXPECT_GE(m.span.begin, p.span.begin);
      EXPECT_LE(m.span.end, p.span.end);
    }
  }
  // "Dmitry Peskov" is tagged as a person of Russia at the article's date, spans into doc.text.
  bool peskov = false;
  for (const Passage& p : a.passages)
    for (const ActorMention& m : p.actors)
      if (m.via == ActorMention::Via::kPerson && doc.text.substr(m.span.begin, m.span.size()) == "Dmitry Peskov")
        peskov = m.actor_id == "russia";
  EXPECT_TRUE(peskov);
  EXPECT_GE(a.events.size(), 3u);
  for (const ExtractedEvent& e : a.events) {
    ASSERT_LT(static_cast<size_t>(e.passage_index), a.passages.size());
    const Passage& p = a.passages[static_cast<size_t>(e.passage_index)];
    EXPECT_GE(e.span.begin, p.span.begin);
    EXPECT_LE(e.span.end, p.span.end);
  }
}

}  // namespace
}  // namespace atlas::text

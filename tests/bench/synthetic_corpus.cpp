// Copies of the bundled corpus, and documents analysed for the store; see synthetic_corpus.h.
#include "synthetic_corpus.h"

#include <algorithm>

#include "store/corpus_ingest.h"
#include "text/actor_tagger.h"
#include "util/data_paths.h"

namespace atlas::bench {
namespace fs = std::filesystem;

std::vector<std::string> SynthesiseCorpus(const fs::path& dir, size_t mb, size_t* bytes) {
  std::vector<fs::path> sources;
  for (const auto& e : fs::directory_iterator(AssetsDir() / "corpus"))
    if (e.path().extension() == ".txt") sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  std::vector<std::string> files;
  *bytes = 0;
  for (int copy = 0; *bytes < mb * 1000000; ++copy)
    for (const auto& src : sources) {
      fs::path to = dir / ("copy" + std::to_string(copy) + "_" + src.filename().string());
      fs::copy_file(src, to, fs::copy_options::overwrite_existing);
      *bytes += fs::file_size(to);
      files.push_back(to.string());
    }
  return files;
}

namespace {

void TagActors(const std::string& text, text::Article& a) {
  for (text::Passage& p : a.passages) {
    std::vector<text::ActorMention> found =
        text::BundledActorTagger().Tag(std::string_view(text).substr(p.span.begin, p.span.size()), a.date);
    for (text::ActorMention& m : found) {
      m.span = {m.span.begin + p.span.begin, m.span.end + p.span.begin};
      p.actors.push_back(std::move(m));
    }
  }
}

template <typename T, typename Id>
std::vector<std::string> DistinctIds(const std::vector<T>& tags, Id id, size_t at_most) {
  std::vector<std::string> ids;
  for (const T& t : tags)
    if (ids.size() < at_most && std::find(ids.begin(), ids.end(), t.*id) == ids.end()) ids.push_back(t.*id);
  return ids;
}

// About one passage in six states an event, as the extractor finds in the bundled corpus
// (94 events in 590 passages): here every third passage naming a place and an actor.
void AddEvents(text::Article& a) {
  if (a.date.precision != text::DatePrecision::kDay) return;
  int eligible = 0;
  for (size_t i = 0; i < a.passages.size(); ++i) {
    const text::Passage& p = a.passages[i];
    if (p.mentions.empty() || p.actors.empty() || eligible++ % 3 != 0) continue;
    text::ExtractedEvent e;
    e.passage_index = int(i);
    e.span = p.span;
    e.line = p.first_line;
    e.start = a.date;
    if (i % 5 == 0 && a.date.day <= 26)
      e.end = text::PartialDate{a.date.year, a.date.month, a.date.day + 2, a.date.precision};
    e.type = static_cast<text::EventType>(i % 6);
    e.place_ids = DistinctIds(p.mentions, &text::PlaceMention::place_id, 3);
    e.actor_ids = DistinctIds(p.actors, &text::ActorMention::actor_id, 4);
    e.confidence = 0.5 + double(i % 5) / 10;
    a.events.push_back(std::move(e));
  }
}

}  // namespace

text::Document PrepareWithActorsAndEvents(const fs::path& file) {
  text::Document doc = store::PrepareDocument(file);
  auto has = [&](auto member_test) {
    return std::any_of(doc.articles.begin(), doc.articles.end(), member_test);
  };
  const bool tagged = has([](const text::Article& a) {
    return std::any_of(a.passages.begin(), a.passages.end(), [](const text::Passage& p) { return !p.actors.empty(); });
  });
  const bool with_events = has([](const text::Article& a) { return !a.events.empty(); });
  for (text::Article& a : doc.articles) {
    if (!tagged) TagActors(doc.text, a);
    if (!with_events) AddEvents(a);
  }
  return doc;
}

}  // namespace atlas::bench

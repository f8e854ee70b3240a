// bench_corpus_queries: the map's interactive corpus queries on a corpus N times the bundled
// one (default 100x, about 20 MB and 60k passages, with actors and events): click -> Sources,
// full-text and place-name search, filter changes (dates, actors), the timeline, event
// layers, the Actors panel and citations. Prints milliseconds; asserts nothing about time.
//
// usage: bench_corpus_queries [--copies N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "map/place_markers.h"
#include "store/actor_queries.h"
#include "store/corpus_queries.h"
#include "store/event_queries.h"
#include "store/passage_tag_index.h"
#include "bench_table.h"
#include "synthetic_corpus.h"
#include "text/mention_linker.h"
#include "text/text_normalizer.h"

namespace fs = std::filesystem;
namespace store = atlas::store;
using Clock = std::chrono::steady_clock;

namespace {

// Median of `runs` timings of fn, in milliseconds.
double MedianMs(int runs, const std::function<void()>& fn) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    fn();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

// One line of the table: what was asked, how many rows came back, the median time, the goal.
std::string g_scale;  // "queries at 100x: ", the figures' prefix

void Measure(const std::string& what, int goal_ms, const std::function<size_t()>& query) {
  size_t rows = 0;
  const double ms = MedianMs(9, [&] { rows = query(); });
  const std::string rows_text = std::to_string(rows) + " rows";
  atlas::bench::PrintBenchRow(g_scale + what, ms, "ms",
                              goal_ms > 0 ? "<= " + std::to_string(goal_ms) + " ms; " + rows_text : rows_text);
}

store::CorpusFilter Filter(std::string from, std::string to, std::vector<std::string> actors = {},
                           std::vector<std::string> types = {}) {
  store::CorpusFilter f;
  f.date_from = std::move(from);
  f.date_to = std::move(to);
  f.actors = std::move(actors);
  f.event_types = std::move(types);
  return f;
}

// Analyses the synthesised files (with actors and events) and stores them in ingest's batches,
// through a connection of its own, as ingest does beside the GUI.
void StoreCorpus(const std::vector<std::string>& files, const fs::path& database) {
  store::CorpusStore corpus(database);
  std::vector<std::unique_ptr<atlas::text::Document>> docs;
  std::vector<store::CorpusStore::DocumentToStore> batch;
  size_t bytes = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    docs.push_back(std::make_unique<atlas::text::Document>(atlas::bench::PrepareWithActorsAndEvents(files[i])));
    batch.push_back({{fs::absolute(files[i]).string(), "synthetic" + std::to_string(i), 0}, docs.back().get()});
    bytes += docs.back()->text.size();
    if (bytes >= (size_t(8) << 20) || i + 1 == files.size()) {
      corpus.ReplaceDocuments(batch);
      batch.clear();
      docs.clear();
      bytes = 0;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  int copies = 100;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--copies") == 0) copies = std::atoi(argv[i + 1]);
  const fs::path dir = fs::temp_directory_path() / ("bench_queries_" + std::to_string(::getpid()));
  fs::create_directories(dir / "corpus");
  size_t bytes = 0;
  const auto files = atlas::bench::SynthesiseCorpus(dir / "corpus", size_t(copies) * 223 / 1000 + 1, &bytes);
  StoreCorpus(files, dir / "corpus.sqlite");
  store::CorpusStore corpus(dir / "corpus.sqlite");
  store::CorpusQueries q(corpus);
  store::ActorQueries actors(corpus);
  store::EventQueries events(corpus);
  const auto& gazetteer = atlas::text::BundledLinker().gazetteer();
  atlas::geo::MapProjection projection;

  const store::StoredCounts totals = corpus.Counts();
  g_scale = "queries at " + std::to_string(copies) + "x: ";
  std::printf("# queries corpus: %.1f MB, %lld passages, %lld mentions, %lld actor mentions, %lld events\n", double(bytes) / 1e6,
              static_cast<long long>(totals.passages), static_cast<long long>(totals.mentions),
              static_cast<long long>(totals.actor_mentions), static_cast<long long>(totals.events));
  std::printf("# query times are medians of 9\n");
  const std::vector<std::string> russia_turkey = {"russia", "turkey"};

  // [Places and Sources]
  for (const char* place : {"lachin", "shusha", "russia"})
    Measure(std::string("click ") + place + " -> Sources", 50,
            [&] { return q.PassagesMentioning({place}, {}).size(); });
  Measure("click lachin -> Sources, actors russia+turkey", 50,
          [&] { return q.PassagesMentioning({"lachin"}, Filter("", "", russia_turkey)).size(); });
  Measure("click lachin -> Sources, 2020-09-15..2021-03-15, russia+turkey", 50,
          [&] { return q.PassagesMentioning({"lachin"}, Filter("2020-09-15", "2021-03-15", russia_turkey)).size(); });
  for (const char* words : {"peacekeepers", "Lachin corridor", "pipeline"})
    Measure(std::string("full-text search ") + words, 100, [&] { return q.Search(words, {}).size(); });
  Measure("full-text search peacekeepers, actors russia+turkey", 100,
          [&] { return q.Search("peacekeepers", Filter("", "", russia_turkey)).size(); });
  {
    // Place-name search as the search box does it: fold the query, prefix-scan the names.
    std::vector<std::string> folded;
    for (const auto& e : gazetteer.entries())
      for (const auto& n : e.names) folded.push_back(atlas::text::TextNormalizer::Instance().FoldString(n.text));
    std::sort(folded.begin(), folded.end());
    Measure("place-name search \"Şuşa\"", 100, [&] {
      const std::string key = atlas::text::TextNormalizer::Instance().FoldString("Şuşa");
      auto it = std::lower_bound(folded.begin(), folded.end(), key);
      size_t hits = 0;
      for (; it != folded.end() && it->compare(0, key.size(), key) == 0; ++it) ++hits;
      return hits;
    });
  }

  // [Filter changes: counts by place and markers; the timeline]
  // Actor filters and day-exact windows are answered by the in-memory tag index, built by the
  // first such query after the store changes (start-up, each ingest); then every filter change.
  Measure("tag index build (once per change of the store)", 0, [&] {
    const store::PassageTagIndex index(corpus.db());
    return size_t(index.CountPassages({}));
  });
  auto counts_and_markers = [&](const store::CorpusFilter& f) {
    const auto counts = q.CountMentionsByPlace(f);
    return atlas::map::BuildPlaceMarkers(gazetteer, counts, projection, atlas::map::NamingConvention::kBoth).size();
  };
  Measure("filter change: dates (months) -> counts and markers", 50,
          [&] { return counts_and_markers(Filter("2020-09-01", "2020-12-31")); });
  Measure("filter change: dates (days) -> counts and markers", 50,
          [&] { return counts_and_markers(Filter("2020-09-15", "2021-03-15")); });
  Measure("filter change: actor russia -> counts and markers", 50,
          [&] { return counts_and_markers(Filter("", "", {"russia"})); });
  Measure("filter change: actors russia+turkey -> counts and markers", 50,
          [&] { return counts_and_markers(Filter("", "", russia_turkey)); });
  Measure("filter change: 2020-09..2020-12, russia+turkey -> counts", 50,
          [&] { return counts_and_markers(Filter("2020-09-01", "2020-12-31", russia_turkey)); });
  Measure("passage count, actors russia+turkey", 50,
          [&] { return size_t(q.PassageCount(Filter("", "", russia_turkey))); });
  Measure("timeline: passages per month", 50, [&] { return q.PassagesPerMonth().size(); });
  Measure("timeline: passages per month, actors russia+turkey", 50,
          [&] { return q.PassagesPerMonth(Filter("", "", russia_turkey)).size(); });

  // [Event layers]
  Measure("events: all", 50, [&] { return events.Events({}).size(); });
  Measure("events: 2020-09-01..2020-12-31", 50,
          [&] { return events.Events(Filter("2020-09-01", "2020-12-31")).size(); });
  Measure("events: military, 2020-09..2020-12", 50,
          [&] { return events.Events(Filter("2020-09-01", "2020-12-31", {}, {"military"})).size(); });
  Measure("events: actors russia+turkey", 50, [&] { return events.Events(Filter("", "", russia_turkey)).size(); });
  Measure("events: military+diplomatic, russia+turkey, 2020..2023", 50, [&] {
    return events.Events(Filter("2020-01-01", "2023-12-31", russia_turkey, {"military", "diplomatic"})).size();
  });
  {
    const auto some = events.Events({}, 200);
    size_t next = 0;
    Measure("click event -> its passage", 50, [&] {
      if (some.empty()) return size_t(0);
      return size_t(events.PassagesForEvent(some[next++ % some.size()].event_id).has_value());
    });
  }

  // [Actors panel]
  Measure("actor counts", 50, [&] { return actors.ActorCounts({}).size(); });
  Measure("actor counts, 2020-09-15..2021-03-15 (days)", 50,
          [&] { return actors.ActorCounts(Filter("2020-09-15", "2021-03-15")).size(); });
  Measure("actor counts, actors russia+turkey", 50,
          [&] { return actors.ActorCounts(Filter("", "", russia_turkey)).size(); });
  Measure("actor months", 50, [&] { return actors.ActorMonths({}).size(); });
  Measure("actor months, actors russia+turkey", 50,
          [&] { return actors.ActorMonths(Filter("", "", russia_turkey)).size(); });
  Measure("actor co-occurrence", 50, [&] { return actors.ActorCoOccurrence({}).size(); });
  Measure("actor co-occurrence, 2020-09-15..2021-03-15", 50,
          [&] { return actors.ActorCoOccurrence(Filter("2020-09-15", "2021-03-15")).size(); });
  Measure("actor co-occurrence, actor turkey", 50,
          [&] { return actors.ActorCoOccurrence(Filter("", "", {"turkey"})).size(); });
  Measure("passages involving russia", 50, [&] { return actors.PassagesInvolvingActor("russia", {}).size(); });
  Measure("passages involving russia, 2020-09-15..2021-03-15, with turkey", 50, [&] {
    return actors.PassagesInvolvingActor("russia", Filter("2020-09-15", "2021-03-15", {"turkey"})).size();
  });

  // [Citations]
  Measure("passage at line (002_043b1c65a9d22d94.txt:1085)", 50, [&] {
    return size_t(q.PassageAtLine("copy0_002_043b1c65a9d22d94.txt", 1085).has_value());
  });
  fs::remove_all(dir);
  return 0;
}

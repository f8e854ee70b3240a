// JSON Lines of extracted events; see events_report.h.
#include "text/events_report.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "text/corpus_pipeline.h"
#include "text/document_reader.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::text {
namespace {

using nlohmann::ordered_json;

ordered_json EventJson(const std::string& file, const Document& doc, const ExtractedEvent& e) {
  const Gazetteer& gazetteer = BundledLinker().gazetteer();
  const ActorDictionary& actors = BundledActorTagger().dictionary();
  ordered_json places = ordered_json::array();
  for (const std::string& id : e.place_ids)
    if (const GazetteerEntry* p = gazetteer.Find(id))
      places.push_back({{"place", p->id}, {"name", p->name}, {"lat", p->lat}, {"lon", p->lon}});
  ordered_json actor_names = ordered_json::array();
  for (const std::string& id : e.actor_ids)
    if (const Actor* a = actors.Find(id)) actor_names.push_back(a->name);
  return {{"file", file},
          {"line", e.line},
          {"date_start", e.start.Iso()},
          {"date_end", e.end ? ordered_json(e.end->Iso()) : ordered_json(nullptr)},
          {"year_inferred", e.year_inferred},
          {"type", std::string(ToString(e.type))},
          {"places", std::move(places)},
          {"actors", std::move(actor_names)},
          {"quote", doc.text.substr(e.span.begin, e.span.size())},
          {"confidence", std::round(e.confidence * 100) / 100}};
}

}  // namespace

std::vector<std::string> BundledCorpusFiles() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(AssetsDir() / "corpus", ec))
    if (entry.is_regular_file(ec) && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

int WriteEventsJsonl(const EventsOptions& options, std::ostream& out, std::ostream& err) {
  const std::vector<std::string> files = options.files.empty() ? BundledCorpusFiles() : options.files;
  const EventExtractor extractor(EventExtractorOptions{&BundledActorTagger().dictionary()});
  int status = 0;
  for (const std::string& file : files) {
    Document doc;
    try {
      doc = ReadDocument(file);
    } catch (const AtlasError& e) {
      err << e.what() << '\n';
      status = 1;
      continue;
    }
    for (const std::string& w : doc.warnings) err << file << ": " << w << '\n';
    AnalyseDocument(doc, extractor);
    for (const Article& a : doc.articles)
      for (const ExtractedEvent& e : a.events)
        out << EventJson(file, doc, e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return status;
}

}  // namespace atlas::text

// JSON Lines of articles and boilerplate; see article_listing.h.
#include "text/article_listing.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "text/source_locator.h"
#include "util/error.h"

namespace atlas::text {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json ArticleJson(const Document& doc, const Article& a) {
  Json j;
  j["file"] = doc.path;
  j["start_line"] = a.first_line;
  j["end_line"] = a.last_line;
  j["title"] = OrNull(a.title);
  j["outlet"] = OrNull(a.outlet);
  j["date"] = a.date.known() && !a.date.inferred ? Json(a.date.Iso()) : Json(nullptr);
  if (a.date.known() && a.date.inferred) j["date_inferred"] = a.date.Iso();
  if (!a.date_note.empty()) j["date_note"] = a.date_note;
  j["author"] = OrNull(a.author);
  j["language"] = OrNull(a.language);
  j["passages"] = a.passages.size();
  return j;
}

}  // namespace

std::string ArticlesAsJsonLines(const Document& doc, bool boilerplate) {
  std::vector<std::pair<int, Json>> rows;
  for (const Article& a : doc.articles) rows.push_back({a.first_line, ArticleJson(doc, a)});
  if (boilerplate) {
    SourceLocator locator(doc);
    auto article = doc.articles.begin();  // both lists are in text order: walk them together
    for (const ByteSpan& b : doc.boilerplate) {
      Json j;
      j["file"] = doc.path;
      j["start_line"] = locator.LineOf(b.begin);
      j["end_line"] = locator.LastLineOf(b.end);
      j["boilerplate"] = true;
      while (article != doc.articles.end() && article->span.end < b.end) ++article;
      if (article != doc.articles.end() && b.begin >= article->span.begin) j["inline"] = true;
      rows.push_back({j["start_line"].get<int>(), std::move(j)});
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string out;
  for (const auto& [line, j] : rows) out += j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
  return out;
}

int ListArticles(const ArticleListingOptions& options, std::ostream& out, std::ostream& err, const ProgressFn& progress) {
  Segmenter segmenter(options.segmenter);
  int failed = 0;
  for (size_t i = 0; i < options.files.size(); ++i) {
    const std::string& file = options.files[i];
    if (!ReportProgress(progress, static_cast<double>(i) / static_cast<double>(options.files.size()), file)) break;
    try {
      Document doc = ReadDocument(file, options.read);
      for (const std::string& w : doc.warnings) err << file << ": warning: " << w << "\n";
      segmenter.Segment(doc);
      out << ArticlesAsJsonLines(doc, options.boilerplate);
    } catch (const AtlasError& e) {
      err << e.what() << "\n";
      ++failed;
    }
  }
  ReportProgress(progress, 1.0, "done");
  out.flush();
  return failed;
}

}  // namespace atlas::text

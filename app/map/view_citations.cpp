// Sources behind a view and their Markdown and HTML; see view_citations.h.
//
// [SECTION] Collecting   what the view shows, and the passages behind each
// [SECTION] Writing      Markdown and HTML with marks
#include "map/view_citations.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "map/corridor_style.h"
#include "util/readable_dates.h"

namespace atlas::map {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Collecting
//-----------------------------------------------------------------------------

class Collector {
 public:
  Collector(Citations& out, const CitationSources& sources) : out_(out), sources_(sources) {}

  // Numbers a passage (once), adding what to mark in it; returns its number.
  int Cite(store::PassageHit passage, const std::string& place, const std::string& quote) {
    auto it = numbers_.find(passage.passage_id);
    CitedPassage* cited;
    if (it == numbers_.end()) {
      const int number = int(out_.passages.size()) + 1;
      numbers_[passage.passage_id] = number;
      articles_.insert(passage.article_id);
      out_.passages.push_back({number, std::move(passage), {}, {}});
      cited = &out_.passages.back();
    } else {
      cited = &out_.passages[size_t(it->second - 1)];
    }
    if (!place.empty() && std::find(cited->marked_places.begin(), cited->marked_places.end(), place) ==
                              cited->marked_places.end())
      cited->marked_places.push_back(place);
    if (!quote.empty() && cited->quote.empty()) cited->quote = quote;
    return cited->number;
  }

  void CiteSource(const SourceRef& ref, CitedFeature& feature) {
    if (ref.from_corpus()) {
      if (auto p = sources_.passages->PassageAtLine(ref.corpus_file, ref.line)) {
        feature.passages.push_back(Cite(std::move(*p), {}, ref.quote));
        return;
      }
      feature.elsewhere.push_back(ref.corpus_file + ", line " + std::to_string(ref.line) + ": \u201C" + ref.quote +
                                  "\u201D");
      return;
    }
    std::string text = ref.outlet;
    if (!ref.date.empty()) text += (text.empty() ? "" : ", ") + ReadableDate(ref.date);
    if (!ref.title.empty()) text += (text.empty() ? "" : ": ") + ref.title;
    if (!ref.url.empty()) text += " <" + ref.url + ">";
    feature.elsewhere.push_back(text);
  }

  void Finish() { out_.articles = int(articles_.size()); }

 private:
  Citations& out_;
  const CitationSources& sources_;
  std::unordered_map<int64_t, int> numbers_;
  std::set<int64_t> articles_;
};

std::string Name(const std::function<std::string(const std::string&)>& namer, const std::string& id) {
  return namer ? namer(id) : id;
}

bool LegInView(const geo::Path& leg, const geo::Bounds& view) {
  return std::any_of(leg.begin(), leg.end(), [&](const DVec2& p) { return view.Contains(p); });
}

void CitePlaces(const MapOverlay& overlay, const geo::Bounds& shown, const CitationSources& sources,
                Collector& collector, Citations& out) {
  std::vector<const PlaceMarker*> places;
  for (const PlaceMarker& m : *overlay.markers)
    if (shown.Contains(m.position)) places.push_back(&m);
  std::stable_sort(places.begin(), places.end(),
                   [](const PlaceMarker* a, const PlaceMarker* b) { return a->mentions > b->mentions; });
  for (const PlaceMarker* m : places) {
    CitedFeature f{"Place", m->label.empty() ? Name(sources.place_name, m->place_id) : m->label,
                   std::to_string(m->mentions) + (m->mentions == 1 ? " mention" : " mentions"), {}, {}};
    for (store::PassageHit& p : sources.passages->PassagesMentioning({m->place_id}, sources.filter, 100000))
      f.passages.push_back(collector.Cite(std::move(p), m->place_id, {}));
    out.features.push_back(std::move(f));
  }
}

void CiteCorridors(const MapOverlay& overlay, const geo::Bounds& shown, const CitationSources& sources,
                   Collector& collector, Citations& out) {
  for (const Corridor& c : overlay.curated->corridors) {
    const CorridorStatus* now = c.StatusOn(overlay.as_of);
    if (!now || !std::any_of(c.route.begin(), c.route.end(), [&](const geo::Path& l) { return LegInView(l, shown); }))
      continue;
    std::string status(CorridorStyleFor(now->status).title);
    CitedFeature f{"Corridor", c.name, status + " (" + ReadablePeriod(now->from, now->to) + "): " + now->label, {}, {}};
    // Its history up to the date shown, newest first, then the passages that mention it.
    for (auto s = c.history.rbegin(); s != c.history.rend(); ++s)
      if (&*s == now || (overlay.as_of.empty() || s->from <= overlay.as_of)) collector.CiteSource(s->source, f);
    for (store::PassageHit& p : sources.passages->PassagesMentioning({c.id}, sources.filter, 100000))
      f.passages.push_back(collector.Cite(std::move(p), c.id, {}));
    out.features.push_back(std::move(f));
  }
}

void CitePresence(const MapOverlay& overlay, const geo::Bounds& shown, const CitationSources& sources,
                  Collector& collector, Citations& out) {
  for (const PresenceFeature& p : overlay.curated->presence) {
    if (!p.ActiveOn(overlay.as_of)) continue;
    if (!std::any_of(p.points.begin(), p.points.end(), [&](const DVec2& at) { return shown.Contains(at); })) continue;
    CitedFeature f{"On the ground", p.name, Name(sources.actor_name, p.actor) + ", " + ReadablePeriod(p.from, p.to), {}, {}};
    for (const SourceRef& ref : p.sources) collector.CiteSource(ref, f);
    out.features.push_back(std::move(f));
  }
}

void CiteEvents(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
                const CitationSources& sources, Collector& collector, Citations& out) {
  const geo::Bounds shown = view.VisibleBounds();
  std::vector<const EventMarker*> events;
  for (size_t i : VisibleEvents(*overlay.events, layers))
    if (shown.Contains((*overlay.events)[i].position)) events.push_back(&(*overlay.events)[i]);
  std::stable_sort(events.begin(), events.end(),
                   [](const EventMarker* a, const EventMarker* b) { return a->date_start < b->date_start; });
  for (const EventMarker* e : events) {
    std::string detail = std::string(EventKinds()[size_t(e->kind)].id) + ", " +
                         ReadablePeriod(e->date_start, e->date_end.empty() ? e->date_start : e->date_end) +
                         (e->curated ? ", curated" : ", extracted (confidence " +
                                                         std::to_string(int(e->confidence * 100 + 0.5)) + "%)");
    CitedFeature f{"Event", e->title, std::move(detail), {}, {}};
    if (e->curated) {
      if (overlay.curated)
        for (const CuratedEvent& c : overlay.curated->events)
          if (c.id == e->id) collector.CiteSource(c.source, f);
    } else if (sources.events) {
      if (auto p = sources.events->PassagesForEvent(e->store_id)) {
        const std::string quote = p->quote.empty() ? e->quote : p->text.substr(size_t(p->quote.begin), size_t(p->quote.end - p->quote.begin));
        f.passages.push_back(collector.Cite(std::move(*p), {}, quote));
      }
    }
    out.features.push_back(std::move(f));
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Writing
//-----------------------------------------------------------------------------

struct Mark {
  size_t begin, end;
};

// Where to mark a cited passage: its chosen places' mentions and its quote, merged, in order.
std::vector<Mark> MarksOf(const CitedPassage& c) {
  std::vector<Mark> marks;
  for (const auto& h : c.passage.highlights)
    if (std::find(c.marked_places.begin(), c.marked_places.end(), h.place_id) != c.marked_places.end())
      marks.push_back({size_t(h.begin), size_t(h.end)});
  if (!c.quote.empty())
    if (size_t at = c.passage.text.find(c.quote); at != std::string::npos) marks.push_back({at, at + c.quote.size()});
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::vector<Mark> merged;
  for (const Mark& m : marks) {
    if (!merged.empty() && m.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, m.end);
    else
      merged.push_back(m);
  }
  return merged;
}

std::string SourceLine(const store::PassageHit& p) {
  std::string line = p.outlet.empty() ? "Unknown outlet" : p.outlet;
  line += ", " + (p.date.empty() ? std::string("undated") : ReadableDate(p.date) + (p.date_inferred ? " (date inferred)" : ""));
  if (!p.author.empty()) line += ", " + p.author;
  return line;
}

std::string FileName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Markdown: characters that would start formatting are escaped.
std::string MarkdownText(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '#' || c == '\\')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string HtmlText(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

template <typename Escape>
std::string Marked(const CitedPassage& c, const std::string& open, const std::string& close, Escape escape) {
  std::string out;
  size_t at = 0;
  const std::string& text = c.passage.text;
  for (const Mark& m : MarksOf(c)) {
    if (m.begin < at || m.end > text.size()) continue;
    out += escape(std::string_view(text).substr(at, m.begin - at)) + open +
           escape(std::string_view(text).substr(m.begin, m.end - m.begin)) + close;
    at = m.end;
  }
  return out + escape(std::string_view(text).substr(at));
}

std::string NumberList(const std::vector<int>& numbers, const std::string& prefix, const std::string& suffix) {
  std::string out;
  for (int n : numbers) out += (out.empty() ? "" : ", ") + prefix + std::to_string(n) + suffix;
  return out;
}

}  // namespace

Citations CollectCitations(const MapOverlay& overlay, const MapView& view, const LayerVisibility& layers,
                           const CitationSources& sources) {
  Citations out;
  if (!sources.passages) return out;
  Collector collector(out, sources);
  const geo::Bounds shown = view.VisibleBounds();
  if (overlay.markers && layers.IsVisible("places")) CitePlaces(overlay, shown, sources, collector, out);
  if (overlay.curated && layers.IsVisible("corridors")) CiteCorridors(overlay, shown, sources, collector, out);
  if (overlay.curated && layers.IsVisible("presence")) CitePresence(overlay, shown, sources, collector, out);
  if (overlay.events) CiteEvents(overlay, view, layers, sources, collector, out);
  collector.Finish();
  return out;
}

std::string CitationsMarkdown(const Citations& c, const CitationHeader& h) {
  std::string md = "# Sources: " + MarkdownText(h.title) + "\n\n";
  if (!h.picture.empty()) md += "For the map `" + h.picture + "`. ";
  if (!h.period.empty()) md += MarkdownText(h.period) + ". ";
  md += std::to_string(c.passages.size()) + " passages from " + std::to_string(c.articles) + " articles.\n\n";
  md += "## On the map\n\n";
  for (const CitedFeature& f : c.features) {
    md += "- **" + MarkdownText(f.kind) + ": " + MarkdownText(f.name) + "**";
    if (!f.detail.empty()) md += " \u2014 " + MarkdownText(f.detail);
    if (!f.passages.empty()) md += ". Passages " + NumberList(f.passages, "[", "]");
    md += "\n";
    for (const std::string& e : f.elsewhere) md += "  - Outside source: " + MarkdownText(e) + "\n";
  }
  md += "\n## Passages\n\n";
  for (const CitedPassage& p : c.passages) {
    md += "**[" + std::to_string(p.number) + "]** " + MarkdownText(SourceLine(p.passage));
    if (!p.passage.title.empty()) md += ", \u201C" + MarkdownText(p.passage.title) + "\u201D";
    md += " (" + MarkdownText(FileName(p.passage.file)) + ", line " + std::to_string(p.passage.first_line) + ")\n\n";
    md += "> " + Marked(p, "**", "**", MarkdownText) + "\n\n";
  }
  return md;
}

std::string CitationsHtml(const Citations& c, const CitationHeader& h) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sources: " + HtmlText(h.title) +
      "</title>\n<style>body{font-family:'Noto Sans',sans-serif;max-width:52em;margin:2em auto;line-height:1.45;"
      "color:#222}blockquote{margin:.4em 0 1.2em 1.2em;padding-left:.8em;border-left:3px solid #ccc}"
      "mark{background:#ffe08a}.src{color:#555}</style>\n</head>\n<body>\n";
  html += "<h1>Sources: " + HtmlText(h.title) + "</h1>\n<p>";
  if (!h.picture.empty()) html += "For the map <code>" + HtmlText(h.picture) + "</code>. ";
  if (!h.period.empty()) html += HtmlText(h.period) + ". ";
  html += std::to_string(c.passages.size()) + " passages from " + std::to_string(c.articles) + " articles.</p>\n";
  html += "<h2>On the map</h2>\n<ul>\n";
  for (const CitedFeature& f : c.features) {
    html += "<li><b>" + HtmlText(f.kind) + ": " + HtmlText(f.name) + "</b>";
    if (!f.detail.empty()) html += " \u2014 " + HtmlText(f.detail);
    if (!f.passages.empty()) {
      html += ". Passages ";
      for (size_t i = 0; i < f.passages.size(); ++i)
        html += (i ? ", " : "") + std::string("<a href=\"#p") + std::to_string(f.passages[i]) + "\">[" +
                std::to_string(f.passages[i]) + "]</a>";
    }
    if (!f.elsewhere.empty()) {
      html += "<ul>";
      for (const std::string& e : f.elsewhere) html += "<li>Outside source: " + HtmlText(e) + "</li>";
      html += "</ul>";
    }
    html += "</li>\n";
  }
  html += "</ul>\n<h2>Passages</h2>\n";
  for (const CitedPassage& p : c.passages) {
    html += "<p id=\"p" + std::to_string(p.number) + "\"><b>[" + std::to_string(p.number) + "]</b> <span class=\"src\">" +
            HtmlText(SourceLine(p.passage));
    if (!p.passage.title.empty()) html += ", \u201C" + HtmlText(p.passage.title) + "\u201D";
    html += " (" + HtmlText(FileName(p.passage.file)) + ", line " + std::to_string(p.passage.first_line) + ")</span></p>\n";
    html += "<blockquote dir=\"auto\">" + Marked(p, "<mark>", "</mark>", HtmlText) + "</blockquote>\n";
  }
  html += "</body>\n</html>\n";
  return html;
}

}  // namespace atlas::map

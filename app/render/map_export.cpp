// Headless view export; see map_export.h.
//
// [SECTION] Checks       the output path and the options, before any heavy work
// [SECTION] Corpus       the store, gazetteer, curated layers and actors behind the overlay
// [SECTION] Tiles        drawing the picture a tile at a time into a PNG stream
// [SECTION] Export       the bare map or the briefing page, and its citations
#include "render/map_export.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <system_error>

#include "map/actor_palette.h"
#include "map/attribution.h"
#include "map/curated_layers.h"
#include "map/event_layer_model.h"
#include "map/map_legend.h"
#include "map/place_markers.h"
#include "map/view_citations.h"
#include "render/briefing_page.h"
#include "render/headless_context.h"
#include "render/offscreen_target.h"
#include "render/png_stream.h"
#include "store/corpus_ingest.h"
#include "store/corpus_queries.h"
#include "store/event_queries.h"
#include "text/actor_dictionary.h"
#include "text/gazetteer_cache.h"
#include "util/atomic_file.h"
#include "util/data_paths.h"
#include "util/error.h"
#include "util/readable_dates.h"

namespace atlas::render {
namespace fs = std::filesystem;
namespace {

// Where the map's symbols fall in the map box (its pixels): what an inset should not hide.
std::vector<geo::DVec2> SymbolAnchors(const map::MapOverlay& overlay, const map::MapView& view) {
  std::vector<geo::DVec2> anchors;
  if (overlay.markers)
    for (const map::PlaceMarker& m : *overlay.markers) anchors.push_back(view.MapToScreen(m.position));
  if (overlay.events)
    for (const map::EventMarker& e : *overlay.events) anchors.push_back(view.MapToScreen(e.position));
  if (overlay.curated) {
    for (const map::PresenceFeature& p : overlay.curated->presence)
      if (p.ActiveOn(overlay.as_of))
        for (const geo::DVec2& point : p.points) anchors.push_back(view.MapToScreen(point));
    // A corridor counts about once per symbol's width of its line, however finely it is drawn.
    const double step = 24 * view.pixel_ratio();
    for (const map::Corridor& c : overlay.curated->corridors)
      for (const geo::Path& path : c.route)
        for (const geo::DVec2& point : path) {
          const geo::DVec2 at = view.MapToScreen(point);
          if (anchors.empty() || geo::Length(at - anchors.back()) >= step) anchors.push_back(at);
        }
  }
  return anchors;
}

double SecondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

//-----------------------------------------------------------------------------
// [SECTION] Checks
//-----------------------------------------------------------------------------

void CheckWritable(const fs::path& out) {
  if (out.empty()) throw AtlasError("export", "no output file given (--out)");
  if (out.extension() != ".png") throw AtlasError(out.string(), "the output must be a .png file");
  const fs::path dir = out.parent_path().empty() ? fs::path(".") : out.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw AtlasError(out.string(), "folder " + dir.string() + " does not exist");
  if (fs::is_directory(out, ec)) throw AtlasError(out.string(), "is a folder");
  // Try it: permissions alone do not tell (root, read-only mounts, /proc).
  fs::path probe = out;
  probe += ".probe-" + std::to_string(::getpid());
  const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw AtlasError(out.string(), std::string("cannot write: ") + std::strerror(errno));
  ::close(fd);
  ::unlink(probe.c_str());
}

// The corpus, curated and event layers are drawn when the view asks for any of them; a
// version 1 view file (extent, size, basemap layers) never does.
bool WantsCorpusLayers(const map::ViewSpec& spec) {
  if (spec.version < 2) return false;
  for (const auto& layer : map::MapLayers())
    if (layer.group != map::LayerGroup::kBasemap && spec.layers.IsVisible(layer.id)) return true;
  return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Corpus
//-----------------------------------------------------------------------------

// What the overlay points into, for one export.
struct ExportCorpus {
  std::unique_ptr<store::CorpusStore> store;
  std::unique_ptr<store::CorpusQueries> queries;
  std::unique_ptr<store::EventQueries> events;
  text::Gazetteer gazetteer;
  std::unique_ptr<map::CuratedLayers> curated;
  std::unique_ptr<map::ActorPalette> palette;
  store::CorpusFilter filter;
  map::NamingConvention naming = map::NamingConvention::kInternational;
  std::vector<map::PlaceMarker> markers;
  std::vector<map::EventMarker> event_markers;
  std::unordered_map<int64_t, std::string> town_names;

  map::MapOverlay Overlay() const {
    map::MapOverlay o;
    o.naming = naming;
    o.markers = &markers;
    o.town_names = &town_names;
    o.curated = curated.get();
    o.events = &event_markers;
    o.as_of = filter.date_to;
    const map::ActorPalette* p = palette.get();
    o.actor_colour = [p](const std::string& id) { return p->Colour(id); };
    o.version = 1;
    return o;
  }
};

std::unique_ptr<ExportCorpus> LoadExportCorpus(const ExportRequest& request, const geo::MapProjection& projection,
                                               const ProgressFn& progress) {
  auto c = std::make_unique<ExportCorpus>();
  const map::ViewSpec& spec = request.spec;
  const fs::path database = request.database.empty() ? store::DefaultCorpusPath() : request.database;
  std::error_code ec;
  const bool fresh = !fs::exists(database, ec);
  c->store = std::make_unique<store::CorpusStore>(database);
  if (fresh) {
    // As the map does on its first start: the bundled articles go in.
    ReportProgress(progress, 0.3, "adding the bundled articles to " + database.string());
    store::IngestOptions ingest;
    ingest.inputs = {AssetsDir() / "corpus"};
    ingest.database = database;
    store::IngestCorpus(ingest);
    c->store = std::make_unique<store::CorpusStore>(database);
  }
  c->queries = std::make_unique<store::CorpusQueries>(*c->store);
  c->events = std::make_unique<store::EventQueries>(*c->store);
  c->gazetteer = text::BundledGazetteer();
  c->curated = std::make_unique<map::CuratedLayers>(map::LoadCuratedLayers(
      AssetsDir() / "curated", c->gazetteer, projection, geo::BasemapSource::Default().vector_file));
  c->palette = std::make_unique<map::ActorPalette>(text::BundledActorDictionary());
  c->filter.date_from = spec.date_from;
  c->filter.date_to = spec.date_to;
  c->filter.actors = spec.actors;
  c->naming = spec.naming.value_or(map::NamingConvention::kInternational);
  for (const std::string& id : spec.actors)
    if (!text::BundledActorDictionary().Find(id)) throw AtlasError("export", "unknown actor '" + id + "' in the filter");
  c->markers = map::BuildPlaceMarkers(c->gazetteer, c->queries->CountMentionsByPlace(c->filter), projection, c->naming);
  c->event_markers = map::EventsForFilter(c->curated.get(), c->events.get(), c->filter, c->gazetteer, projection);
  c->town_names = map::TownNames(c->gazetteer, c->naming);
  return c;
}

// "27 Sep 2020 – 31 Dec 2023 · involving Russia, Turkey · corridors and presence as of 31 Dec 2023"
std::string PeriodLine(const ExportCorpus& c) {
  std::string line = c.filter.active() ? ReadablePeriod(c.filter.date_from, c.filter.date_to) : "All dates";
  if (!c.filter.actors.empty()) {
    std::string names;
    for (const std::string& id : c.filter.actors) names += (names.empty() ? "" : ", ") + c.palette->Name(id);
    line += " \u00B7 involving " + names;
  }
  line += " \u00B7 corridors and presence " +
          (c.filter.date_to.empty() ? std::string("at their latest status") : "as of " + ReadableDate(c.filter.date_to));
  return line;
}

//-----------------------------------------------------------------------------
// [SECTION] Tiles
//-----------------------------------------------------------------------------

// Draws a picture of `width` × `height` in bands of tiles (each at most `tile_size` square),
// writing each band to `png` as soon as it is done. `draw` renders one tile into the bound
// framebuffer. Returns the number of tiles.
template <typename DrawTile>
int RenderInTiles(int width, int height, int tile_size, int samples, PngStream& png, const DrawTile& draw,
                  const ProgressFn& progress, const fs::path& out) {
  int tiles = 0;
  const int total = ((width + tile_size - 1) / tile_size) * ((height + tile_size - 1) / tile_size);
  std::vector<uint8_t> band;
  for (int y = 0; y < height; y += tile_size) {
    const int th = std::min(tile_size, height - y);
    band.assign(size_t(width) * size_t(th) * 4, 0);
    for (int x = 0; x < width; x += tile_size) {
      const int tw = std::min(tile_size, width - x);
      OffscreenTarget target(tw, th, samples);
      target.Bind();
      draw(PageTile{x, y, tw, th});
      const Image tile = target.ReadImage();
      for (int row = 0; row < th; ++row)
        std::memcpy(&band[(size_t(row) * size_t(width) + size_t(x)) * 4], tile.Pixel(0, row), size_t(tw) * 4);
      ++tiles;
      if (!ReportProgress(progress, 0.5 + 0.4 * tiles / total, "rendering tile " + std::to_string(tiles) + " of " + std::to_string(total)))
        throw AtlasError(out.string(), "export cancelled");
    }
    png.WriteRows(band.data(), th, size_t(width) * 4);
  }
  return tiles;
}

}  // namespace

int DefaultSamples(const map::ViewSpec& spec) {
  const bool print = spec.pixel_ratio >= 2;
  const bool beyond_4k = int64_t(spec.width) * spec.height > int64_t(3840) * 2160;
  return print || beyond_4k ? 1 : 4;
}

fs::path CitationsPath(const fs::path& png, const char* extension) {
  fs::path p = png;
  p.replace_extension(std::string(".sources") + extension);
  return p;
}

Image RenderViewImage(MapRenderer& renderer, const map::BasemapAssets& assets, const map::ViewSpec& spec,
                      int samples, const map::MapOverlay& overlay) {
  map::MapView view;
  map::LimitViewToAssets(assets, view);
  map::ApplyViewSpec(spec, assets.projection, view);
  OffscreenTarget target(view.width(), view.height(), samples);
  target.Bind();
  renderer.SetViewportOrigin(0, 0);
  renderer.Draw(view, spec.layers, overlay);
  return target.ReadImage();
}

//-----------------------------------------------------------------------------
// [SECTION] Export
//-----------------------------------------------------------------------------

map::ViewSpec ResolveExportView(const MapExportOptions& o) {
  map::ViewSpec spec = map::ReadViewFile(o.view_file);
  if (o.paper) {
    const auto pixels = map::PaperPixels(*o.paper);
    if (!pixels) throw AtlasError("--paper", "unknown paper size '" + o.paper->size + "' (known: A4, A3, Letter)");
    spec.paper = o.paper;
    spec.width = pixels->first;
    spec.height = pixels->second;
    spec.pixel_ratio = o.paper->dpi / 96.0;
  }
  if (o.width) spec.width = *o.width;
  if (o.height) spec.height = *o.height;
  if (o.date_from) spec.date_from = *o.date_from;
  if (o.date_to) spec.date_to = *o.date_to;
  if (!spec.date_from.empty() && !spec.date_to.empty() && spec.date_to < spec.date_from)
    throw AtlasError("--to", "the date window ends (" + spec.date_to + ") before it starts (" + spec.date_from + ")");
  if (o.actors) spec.actors = *o.actors;
  if (o.naming) spec.naming = o.naming;
  for (const auto& [id, on] : o.layers) spec.layers.Set(id, on);
  const bool any_override = o.title || o.subtitle || o.author || o.paper || o.date_from || o.date_to || o.actors ||
                            o.naming || !o.layers.empty();
  if (any_override || o.brief) spec.version = map::ViewSpec::kVersion;  // the flags speak the new format
  if ((o.brief || o.title || o.subtitle || o.author) && !spec.brief) spec.brief = map::BriefSpec{};
  if (spec.brief) {
    if (o.title) spec.brief->title = *o.title;
    if (o.subtitle) spec.brief->subtitle = *o.subtitle;
    if (o.author) spec.brief->author = *o.author;
  }
  if (o.map_only) spec.brief.reset();
  return spec;
}

MapExportReport ExportView(const ExportRequest& request, const ProgressFn& progress) {
  CheckWritable(request.out);
  const map::ViewSpec& spec = request.spec;
  const bool briefing = spec.brief.has_value();
  MapExportReport report;
  const auto t0 = std::chrono::steady_clock::now();
  HeadlessContext context;
  auto assets = map::LoadBasemapAssets(
      geo::BasemapSource::Default(), map::DefaultBasemapStyle(),
      {.progress = [&](double f, std::string_view what) { return ReportProgress(progress, f * 0.3, what); }});
  FontSet fonts(AssetsDir() / "fonts", DefaultGlyphCacheFile());
  MapRenderer renderer(assets->scene, *assets->style, fonts);
  std::unique_ptr<ExportCorpus> corpus;
  if (briefing || WantsCorpusLayers(spec)) corpus = LoadExportCorpus(request, assets->projection, progress);
  const map::MapOverlay overlay = corpus ? corpus->Overlay() : map::MapOverlay{};
  report.load_seconds = SecondsSince(t0);

  if (!ReportProgress(progress, 0.5, "rendering")) throw AtlasError(request.out.string(), "export cancelled");
  const auto t1 = std::chrono::steady_clock::now();
  report.width = spec.width;
  report.height = spec.height;
  PngStream png(request.out, spec.width, spec.height);
  map::Citations citations;
  if (!briefing) {
    map::MapView view;
    map::LimitViewToAssets(*assets, view);
    map::ApplyViewSpec(spec, assets->projection, view);
    report.tiles = RenderInTiles(spec.width, spec.height, request.tile_size, request.samples, png, [&](PageTile t) {
      renderer.SetViewportOrigin(-t.x, t.y + t.h - spec.height);
      renderer.Draw(view, spec.layers, overlay);
    }, progress, request.out);
  } else {
    const map::BriefSpec& brief = *spec.brief;
    BriefingComposer composer(renderer, assets->projection);
    BriefingContent content;
    content.title = !brief.title.empty() ? brief.title : !spec.name.empty() ? spec.name : "The South Caucasus";
    content.subtitle = brief.subtitle;
    content.author = brief.author;
    content.period = PeriodLine(*corpus);
    content.scale_bar = brief.scale_bar;
    content.north_arrow = brief.north_arrow;
    content.locator = brief.locator;
    if (brief.credits)
      for (const map::Credit& c : map::DataCredits())
        if (std::string_view(c.what) != "Fonts") content.credits.emplace_back(c.line);
    // The layout depends on the legend, the legend on the map's extent: lay out once with
    // the full legend's room, then list exactly what that map shows.
    map::MapView probe_view;
    map::LimitViewToAssets(*assets, probe_view);
    probe_view.SetViewport(spec.width, spec.height, spec.pixel_ratio);
    map::ApplyViewExtent(spec, assets->projection, probe_view);
    content.legend = map::BuildLegend(overlay, probe_view, spec.layers, *assets->style,
                                      [&](const std::string& id) { return corpus->palette->Name(id); });
    content.sources = "Sources: the passages behind every place, event and corridor shown";
    PageLayout layout = composer.Layout(spec.width, spec.height, spec.pixel_ratio, content);
    map::MapView view;
    map::LimitViewToAssets(*assets, view);
    view.SetViewport(int(layout.map.w), int(layout.map.h), spec.pixel_ratio);
    map::ApplyViewExtent(spec, assets->projection, view);
    content.legend = map::BuildLegend(overlay, view, spec.layers, *assets->style,
                                      [&](const std::string& id) { return corpus->palette->Name(id); });
    for (const map::LegendGroup& g : content.legend)
      for (const map::LegendEntry& e : g.entries) report.legend.push_back(e.label);
    map::CitationSources sources;
    sources.passages = corpus->queries.get();
    sources.events = corpus->events.get();
    sources.filter = corpus->filter;
    sources.actor_name = [&](const std::string& id) { return corpus->palette->Name(id); };
    citations = map::CollectCitations(overlay, view, spec.layers, sources);
    if (content.locator) BriefingComposer::PlaceLocator(layout, SymbolAnchors(overlay, view));
    report.passages = int(citations.passages.size());
    report.articles = citations.articles;
    content.sources = "Sources: " + std::to_string(report.passages) + " passages from " +
                      std::to_string(report.articles) + " articles, listed in " +
                      CitationsPath(request.out, ".md").filename().string();
    report.tiles = RenderInTiles(spec.width, spec.height, request.tile_size, request.samples, png, [&](PageTile t) {
      composer.DrawPage(layout, content, view, spec.layers, overlay, t);
    }, progress, request.out);
  }
  report.render_seconds = SecondsSince(t1);

  if (!ReportProgress(progress, 0.9, "writing")) throw AtlasError(request.out.string(), "export cancelled");
  const auto t2 = std::chrono::steady_clock::now();
  png.Finish();
  report.written.push_back(request.out);
  if (briefing && request.citations) {
    map::CitationHeader header;
    header.title = spec.brief->title.empty() ? spec.name : spec.brief->title;
    header.period = PeriodLine(*corpus);
    header.picture = request.out.filename().string();
    for (const char* ext : {".md", ".html"}) {
      const fs::path path = CitationsPath(request.out, ext);
      WriteFileAtomically(path, std::string(ext) == ".md" ? map::CitationsMarkdown(citations, header)
                                                          : map::CitationsHtml(citations, header));
      report.written.push_back(path);
    }
  }
  report.encode_seconds = SecondsSince(t2);
  ReportProgress(progress, 1.0, "done");
  return report;
}

MapExportReport ExportMap(const MapExportOptions& options, const ProgressFn& progress) {
  CheckWritable(options.out);
  ExportRequest request;
  request.spec = ResolveExportView(options);
  request.out = options.out;
  request.database = options.database;
  // At print resolutions a pixel is too small for edge aliasing to show: skip multisampling.
  request.samples = options.samples.value_or(DefaultSamples(request.spec));
  return ExportView(request, progress);
}

}  // namespace atlas::render

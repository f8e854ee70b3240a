// Briefing page layout and drawing; see briefing_page.h.
//
// [SECTION] Layout      boxes for title, map, footer, legend columns and inset
// [SECTION] Drawing     the page, the map and inset inside it, then the furniture
#include "render/briefing_page.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cmath>

namespace atlas::render {
namespace {

constexpr map::Rgba kPaper = map::Hex(0xFFFFFF);
constexpr map::Rgba kInk = map::Hex(0x222222);
constexpr map::Rgba kMutedInk = map::Hex(0x5A5550);
constexpr map::Rgba kFrame = map::Hex(0x4A4540);
constexpr map::Rgba kExtent = map::Hex(0xC0392B);
constexpr map::Rgba kHalo = map::Hex(0xFFFFFF, 230);

// Sizes in logical pixels (multiplied by the page's unit).
constexpr float kMargin = 30, kGap = 10;
constexpr float kTitleSize = 24, kSubtitleSize = 14, kSmallSize = 10.5f, kLegendSize = 10.5f;
constexpr float kLegendRow = 17, kLegendColumn = 215, kLegendIcon = 24;

TextStyle Style(FontStyle font, float size, map::Rgba colour, float unit) {
  TextStyle s;
  s.font = font;
  s.size = size * unit;
  s.colour = colour;
  return s;
}

TextStyle HaloStyle(FontStyle font, float size, float unit) {
  TextStyle s = Style(font, size, kInk, unit);
  s.halo = kHalo;
  s.halo_width = 2.0f * unit;
  return s;
}

geo::Path Rectangle(const PageBox& b) {
  return {{b.x, b.y}, {b.right(), b.y}, {b.right(), b.bottom()}, {b.x, b.bottom()}, {b.x, b.y}};
}

map::LineStyle Line(map::Rgba colour, float width, map::Rgba casing = {}, float casing_width = 0) {
  map::LineStyle s;
  s.colour = colour;
  s.width = width;
  s.casing = casing;
  s.casing_width = casing_width;
  return s;
}

// Legend rows: a group title or an entry, in reading order.
struct LegendRow {
  const map::LegendGroup* group = nullptr;
  const map::LegendEntry* entry = nullptr;  // null: the group's title
};

std::vector<LegendRow> LegendRows(const BriefingContent& content) {
  std::vector<LegendRow> rows;
  for (const auto& g : content.legend) {
    rows.push_back({&g, nullptr});
    for (const auto& e : g.entries) rows.push_back({&g, &e});
  }
  return rows;
}

// Splits rows into columns of about equal height, never leaving a group title at a column's foot.
std::vector<std::vector<LegendRow>> LegendColumns(const std::vector<LegendRow>& rows, int columns) {
  std::vector<std::vector<LegendRow>> out(size_t(std::max(1, columns)));
  const size_t per_column = (rows.size() + out.size() - 1) / out.size();
  size_t column = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const bool full = out[column].size() >= per_column;
    const bool orphan_title = !rows[i].entry && out[column].size() + 1 >= per_column;
    if ((full || orphan_title) && column + 1 < out.size() && !out[column].empty()) ++column;
    out[column].push_back(rows[i]);
  }
  return out;
}

}  // namespace

geo::Bounds LocatorExtent(const geo::MapProjection& projection) {
  geo::Bounds b;
  for (double lon = 32.0; lon <= 54.0; lon += 1.0)
    for (double lat : {36.0, 47.5}) b.Add(projection.Forward({lon, lat}));
  for (double lat = 36.0; lat <= 47.5; lat += 0.5)
    for (double lon : {32.0, 54.0}) b.Add(projection.Forward({lon, lat}));
  return b;
}

BriefingComposer::BriefingComposer(MapRenderer& renderer, const geo::MapProjection& projection)
    : renderer_(renderer), projection_(projection) {}

std::vector<std::string> BriefingComposer::Wrap(const std::string& text, const TextStyle& style, float width) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    const std::string candidate = line.empty() ? word : line + " " + word;
    if (!line.empty() && renderer_.text().Measure(candidate, style).width > width) {
      lines.push_back(line);
      line = word;
    } else {
      line = candidate;
    }
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

//-----------------------------------------------------------------------------
// [SECTION] Layout
//-----------------------------------------------------------------------------

float BriefingComposer::LegendHeight(const BriefingContent& content, float unit, int columns) {
  size_t tallest = 0;
  for (const auto& column : LegendColumns(LegendRows(content), columns)) tallest = std::max(tallest, column.size());
  return float(tallest) * kLegendRow * unit;
}

PageLayout BriefingComposer::Layout(int width, int height, double pixel_ratio, const BriefingContent& content) {
  PageLayout l;
  l.width = width;
  l.height = height;
  const float u = l.unit = float(pixel_ratio);
  const float margin = std::round(kMargin * u), gap = std::round(kGap * u);
  const float inner_w = float(width) - 2 * margin;

  // Title block: title and subtitle on the left, author and period on the right.
  float left_h = 0, right_h = 0;
  if (!content.title.empty()) left_h += renderer_.text().Measure(content.title, Style(FontStyle::kBold, kTitleSize, kInk, u)).height;
  if (!content.subtitle.empty())
    left_h += 4 * u + renderer_.text().Measure(content.subtitle, Style(FontStyle::kRegular, kSubtitleSize, kInk, u)).height;
  const TextStyle small = Style(FontStyle::kRegular, kSmallSize, kMutedInk, u);
  for (const std::string* line : {&content.author, &content.period})
    if (!line->empty())
      right_h += float(Wrap(*line, small, inner_w * 0.42f).size()) * kSmallSize * 1.35f * u;
  l.title = {margin, margin, inner_w, std::ceil(std::max(left_h, right_h))};

  // Footer: legend columns on the left, the sources line and credits on the right.
  const float notes_w = std::max(std::round(inner_w * 0.3f), std::round(220 * u));
  const float legend_w = inner_w - notes_w - gap;
  l.legend_columns = std::max(1, int(legend_w / (kLegendColumn * u)));
  const float legend_h = content.legend.empty() ? 0 : LegendHeight(content, u, l.legend_columns);
  float notes_h = 0;
  notes_h += float(Wrap(content.sources, Style(FontStyle::kBold, kSmallSize, kInk, u), notes_w).size()) * kSmallSize * 1.35f * u;
  for (const std::string& c : content.credits)
    notes_h += float(Wrap(c, Style(FontStyle::kRegular, kSmallSize * 0.85f, kMutedInk, u), notes_w).size()) *
               kSmallSize * 0.85f * 1.35f * u;
  const float footer_h = std::ceil(std::min(std::max(legend_h, notes_h), float(height) * 0.4f));
  l.footer = {margin, float(height) - margin - footer_h, inner_w, footer_h};
  l.legend = {margin, l.footer.y, legend_w, footer_h};
  l.notes = {margin + legend_w + gap, l.footer.y, notes_w, footer_h};

  // The map takes the rest, in whole pixels.
  const float map_top = std::round(l.title.bottom() + (l.title.h > 0 ? gap : 0));
  const float map_bottom = std::round(l.footer.y - (footer_h > 0 ? gap : 0));
  l.map = {margin, map_top, std::round(inner_w), std::max(16.0f, map_bottom - map_top)};

  // The inset: top right inside the map, the wider region's shape.
  const geo::Bounds wide = LocatorExtent(projection_);
  const float inset_w = std::round(std::clamp(l.map.w * 0.2f, 110 * u, 300 * u));
  const float inset_h = std::round(inset_w * float((wide.max_y - wide.min_y) / (wide.max_x - wide.min_x)));
  const float inset_pad = std::round(8 * u);
  l.locator = {l.map.right() - inset_w - inset_pad, l.map.y + inset_pad, inset_w, inset_h};
  return l;
}

void BriefingComposer::PlaceLocator(PageLayout& l, const std::vector<geo::DVec2>& anchors) {
  const float pad = l.locator.y - l.map.y, w = l.locator.w, h = l.locator.h;
  // Top right or bottom right: the north arrow and the scale bar hold the left corners.
  const std::array<geo::DVec2, 2> corners{{{l.map.w - w - pad, pad}, {l.map.w - w - pad, l.map.h - h - pad}}};
  size_t best = 0, best_count = SIZE_MAX;
  for (size_t i = 0; i < corners.size(); ++i) {
    const geo::DVec2 c = corners[i];
    const size_t count = size_t(std::count_if(anchors.begin(), anchors.end(), [&](geo::DVec2 p) {
      return p.x >= c.x - pad && p.x <= c.x + w + pad && p.y >= c.y - pad && p.y <= c.y + h + pad;
    }));
    if (count < best_count) {
      best = i;
      best_count = count;
    }
  }
  l.locator.x = l.map.x + float(corners[best].x);
  l.locator.y = l.map.y + float(corners[best].y);
}

map::MapView BriefingComposer::MapViewFor(const PageLayout& layout, const geo::Bounds& extent) const {
  map::MapView view;
  view.SetViewport(int(layout.map.w), int(layout.map.h), layout.unit);
  view.FitBounds(extent, 0.0);
  return view;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing
//-----------------------------------------------------------------------------

void BriefingComposer::UsePageViewport(const PageLayout& l, const PageTile& tile) const {
  glDisable(GL_SCISSOR_TEST);
  glViewport(-tile.x, tile.y + tile.h - l.height, l.width, l.height);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void BriefingComposer::DrawPage(const PageLayout& l, const BriefingContent& content, const map::MapView& map_view,
                                const map::LayerVisibility& layers, const map::MapOverlay& overlay,
                                const PageTile& tile) {
  glDisable(GL_SCISSOR_TEST);
  glClearColor(kPaper.r / 255.f, kPaper.g / 255.f, kPaper.b / 255.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  // The map in its box: GL counts rows from the bottom of this tile.
  renderer_.SetViewportOrigin(int(l.map.x) - tile.x, tile.y + tile.h - int(l.map.bottom()));
  renderer_.Draw(map_view, layers, overlay);
  if (content.locator) DrawLocator(l, map_view, tile);
  renderer_.SetViewportOrigin(0, 0);

  UsePageViewport(l, tile);
  renderer_.lines().DrawPixels({Rectangle(l.map)}, Line(kFrame, 1.0f), l.unit, l.width, l.height);
  DrawTitleBlock(l, content);
  DrawMapFurniture(l, content, map_view);
  DrawLegend(l, content);
  DrawNotes(l, content);
  renderer_.symbols().Flush(l.width, l.height, 1.0f * l.unit);
  renderer_.text().Flush(l.width, l.height);
}

void BriefingComposer::DrawLocator(const PageLayout& l, const map::MapView& map_view, const PageTile& tile) {
  map::MapView inset;
  inset.SetViewport(int(l.locator.w), int(l.locator.h), l.unit * 0.6);
  inset.FitBounds(LocatorExtent(projection_), 0.0);
  map::LayerVisibility layers;
  for (const auto& layer : map::MapLayers()) layers.Set(layer.id, false);
  layers.Set("world", true);
  layers.Set("borders", true);
  renderer_.SetViewportOrigin(int(l.locator.x) - tile.x, tile.y + tile.h - int(l.locator.bottom()));
  renderer_.DrawBasemap(inset, layers);

  UsePageViewport(l, tile);
  // The map's extent on the inset, and the inset's frame.
  const geo::Bounds shown = map_view.VisibleBounds();
  geo::Path extent;
  for (geo::DVec2 corner : {geo::DVec2{shown.min_x, shown.max_y}, geo::DVec2{shown.max_x, shown.max_y},
                            geo::DVec2{shown.max_x, shown.min_y}, geo::DVec2{shown.min_x, shown.min_y},
                            geo::DVec2{shown.min_x, shown.max_y}}) {
    const geo::DVec2 at = inset.MapToScreen(corner);
    extent.push_back({l.locator.x + std::clamp(at.x, 0.0, double(l.locator.w)),
                      l.locator.y + std::clamp(at.y, 0.0, double(l.locator.h))});
  }
  renderer_.lines().DrawPixels({extent}, Line(kExtent, 1.6f, kHalo, 3.2f), l.unit, l.width, l.height);
  renderer_.lines().DrawPixels({Rectangle(l.locator)}, Line(kFrame, 1.0f, kPaper, 4.0f), l.unit, l.width, l.height);
}

void BriefingComposer::DrawTitleBlock(const PageLayout& l, const BriefingContent& content) {
  const float u = l.unit;
  float y = l.title.y;
  if (!content.title.empty()) {
    const TextStyle title = Style(FontStyle::kBold, kTitleSize, kInk, u);
    renderer_.text().Add(content.title, l.title.x, y, title);
    y += renderer_.text().Measure(content.title, title).height + 4 * u;
  }
  if (!content.subtitle.empty())
    renderer_.text().Add(content.subtitle, l.title.x, y, Style(FontStyle::kRegular, kSubtitleSize, kMutedInk, u));
  // Right column, right-aligned: who made it, and what period and filter it shows.
  const TextStyle small = Style(FontStyle::kRegular, kSmallSize, kMutedInk, u);
  float ry = l.title.y;
  for (const std::string* text : {&content.author, &content.period}) {
    if (text->empty()) continue;
    for (const std::string& line : Wrap(*text, small, l.title.w * 0.42f)) {
      const float w = renderer_.text().Measure(line, small).width;
      renderer_.text().Add(line, l.title.right() - w, ry, small);
      ry += kSmallSize * 1.35f * u;
    }
  }
}

void BriefingComposer::DrawMapFurniture(const PageLayout& l, const BriefingContent& content,
                                        const map::MapView& map_view) {
  const float u = l.unit;
  if (content.north_arrow) {
    // True north at the map's centre: in a conic projection it leans away from the page's up.
    const geo::LonLat centre = projection_.Inverse(map_view.center());
    const geo::DVec2 a = projection_.Forward(centre), b = projection_.Forward({centre.lon, centre.lat + 0.05});
    const double len = geo::Length(b - a);
    const geo::DVec2 dir{(b.x - a.x) / len, -(b.y - a.y) / len};  // page y points down
    const geo::DVec2 base{l.map.x + 26 * u, l.map.y + 52 * u};
    const geo::DVec2 tip = base + dir * (26.0 * u);
    const geo::DVec2 side{-dir.y, dir.x};
    const geo::Path shaft{base, tip};
    const geo::Path head{tip - dir * (9.0 * u) + side * (6.0 * u), tip, tip - dir * (9.0 * u) - side * (6.0 * u)};
    renderer_.lines().DrawPixels({shaft, head}, Line(kInk, 2.0f, kHalo, 5.0f), u, l.width, l.height);
    const TextStyle n = HaloStyle(FontStyle::kBold, 12, u);
    const TextSize size = renderer_.text().Measure("N", n);
    const geo::DVec2 at = tip + dir * (4.0 * u + size.height / 2);
    renderer_.text().Add("N", float(at.x) - size.width / 2, float(at.y) - size.height / 2, n);
  }
  if (content.scale_bar) {
    const map::ScaleBar bar = map::ComputeScaleBar(map_view, projection_, 160);
    const float x0 = l.map.x + 16 * u, y = l.map.bottom() - 18 * u;
    const float len = float(bar.pixels);
    // Four alternating segments: a white-cased black bar, white in the second and fourth.
    renderer_.lines().DrawPixels({{{x0, y}, {x0 + len, y}}}, Line(kInk, 5.0f, kHalo, 8.0f), u, l.width, l.height);
    std::vector<geo::Path> white;
    for (int i : {1, 3}) white.push_back({{x0 + len * float(i) / 4, y}, {x0 + len * float(i + 1) / 4, y}});
    renderer_.lines().DrawPixels(white, Line(kPaper, 3.0f), u, l.width, l.height);
    const TextStyle label = HaloStyle(FontStyle::kRegular, kSmallSize, u);
    const TextSize zero = renderer_.text().Measure("0", label), end = renderer_.text().Measure(bar.label, label);
    renderer_.text().Add("0", x0 - zero.width / 2, y - 6 * u - zero.height, label);
    renderer_.text().Add(bar.label, x0 + len - end.width / 2, y - 6 * u - end.height, label);
  }
}

void BriefingComposer::DrawLegend(const PageLayout& l, const BriefingContent& content) {
  if (content.legend.empty()) return;
  const float u = l.unit;
  const float column_w = l.legend.w / float(l.legend_columns);
  const TextStyle title = Style(FontStyle::kBold, kLegendSize, kInk, u);
  const TextStyle text = Style(FontStyle::kRegular, kLegendSize, kInk, u);
  const auto columns = LegendColumns(LegendRows(content), l.legend_columns);
  for (size_t c = 0; c < columns.size(); ++c) {
    float y = l.legend.y;
    const float x = l.legend.x + column_w * float(c);
    for (const LegendRow& row : columns[c]) {
      if (y + kLegendRow * u > l.legend.bottom() + 1) break;  // out of room: the footer is capped
      const float mid = y + kLegendRow * u / 2;
      if (!row.entry) {
        renderer_.text().Add(FitToWidth(row.group->title, title, column_w - 6 * u), x, y + 2 * u, title);
        y += kLegendRow * u;
        continue;
      }
      const map::LegendEntry& e = *row.entry;
      const float cx = x + kLegendIcon * u / 2;
      const float r = 5.5f * u;
      switch (e.kind) {
        case map::LegendEntry::Kind::kSymbol:
          renderer_.symbols().Add({cx, mid, r, e.shape, e.fill, e.outline});
          break;
        case map::LegendEntry::Kind::kPresence:
          renderer_.symbols().Add({cx, mid, r, map::SymbolShape::kDot, e.fill, e.outline});
          renderer_.symbols().Add({cx, mid, r * 0.36f, map::SymbolShape::kDot, kPaper, kPaper});
          break;
        case map::LegendEntry::Kind::kCluster: {
          renderer_.symbols().Add({cx, mid, r * 1.5f, map::SymbolShape::kDot, e.fill, e.outline});
          TextStyle count = Style(FontStyle::kBold, 8.5f, kPaper, u);
          const TextSize size = renderer_.text().Measure("3", count);
          renderer_.text().Add("3", cx - size.width / 2, mid - size.height / 2, count);
          break;
        }
        case map::LegendEntry::Kind::kLine:
        case map::LegendEntry::Kind::kDuration:
          renderer_.lines().DrawPixels({{{x + 2 * u, mid}, {x + (kLegendIcon - 2) * u, mid}}}, e.line, u, l.width,
                                       l.height);
          break;
      }
      const float text_w = column_w - (kLegendIcon + 6) * u;
      const std::string label = FitToWidth(e.label, text, text_w);
      renderer_.text().Add(label, x + (kLegendIcon + 6) * u, mid - renderer_.text().Measure(label, text).height / 2,
                           text);
      y += kLegendRow * u;
    }
  }
}

std::string BriefingComposer::FitToWidth(std::string label, const TextStyle& style, float width) {
  while (renderer_.text().Measure(label, style).width > width) {  // a long label is cut at a word
    const size_t cut = label.rfind(' ', label.size() - 4);
    if (cut == std::string::npos || cut == 0) break;
    label = label.substr(0, cut) + "\u2026";
  }
  return label;
}

void BriefingComposer::DrawNotes(const PageLayout& l, const BriefingContent& content) {
  const float u = l.unit;
  float y = l.notes.y;
  const TextStyle bold = Style(FontStyle::kBold, kSmallSize, kInk, u);
  for (const std::string& line : Wrap(content.sources, bold, l.notes.w)) {
    renderer_.text().Add(line, l.notes.x, y, bold);
    y += kSmallSize * 1.35f * u;
  }
  const TextStyle small = Style(FontStyle::kRegular, kSmallSize * 0.85f, kMutedInk, u);
  for (const std::string& credit : content.credits)
    for (const std::string& line : Wrap(credit, small, l.notes.w)) {
      if (y + kSmallSize * u > l.notes.bottom() + 1) return;
      renderer_.text().Add(line, l.notes.x, y, small);
      y += kSmallSize * 0.85f * 1.35f * u;
    }
}

}  // namespace atlas::render

// A briefing page: the map framed under a title block, with a locator inset, a north arrow
// and a true scale bar, and a footer with the legend of what is visible, the sources count
// and the data credits. Laid out in page pixels and drawn through the map renderer, whole or
// one tile at a time (identical pixels either way). Needs GL; no ImGui.
#pragma once
#include <string>
#include <vector>

#include "geo/map_projection.h"
#include "map/map_legend.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "map/scale_bar.h"
#include "render/map_renderer.h"

namespace atlas::render {

// A rectangle of the page in pixels, origin top-left.
struct PageBox {
  float x = 0, y = 0, w = 0, h = 0;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
};

// What the page says, worked out before anything is drawn.
struct BriefingContent {
  std::string title, subtitle, author;
  std::string period;  // "27 Sep 2020 – 31 Dec 2023 · Russia, Turkey · corridors as of 31 Dec 2023"
  std::vector<map::LegendGroup> legend;
  std::string sources;               // "Sources: 214 passages from 57 articles (list beside this picture)"
  std::vector<std::string> credits;  // data credit lines
  bool scale_bar = true, north_arrow = true, locator = true;
};

struct PageLayout {
  int width = 0, height = 0;
  float unit = 1;  // physical pixels per logical pixel (dpi / 96)
  PageBox title, map, footer, legend, notes, locator;
  int legend_columns = 1;
};

// The part of the page a framebuffer holds: all of it, or one tile (page pixels, top-left).
struct PageTile {
  int x = 0, y = 0, w = 0, h = 0;
};

class BriefingComposer {
 public:
  BriefingComposer(MapRenderer& renderer, const geo::MapProjection& projection);

  // Places the title block, map, footer and inset on a page of `width` × `height` pixels.
  PageLayout Layout(int width, int height, double pixel_ratio, const BriefingContent& content);
  // The view for the map box, fitted to `extent` (projected metres).
  map::MapView MapViewFor(const PageLayout& layout, const geo::Bounds& extent) const;

  // Draws the page into the bound framebuffer, which holds `tile` of it.
  void DrawPage(const PageLayout& layout, const BriefingContent& content, const map::MapView& map_view,
                const map::LayerVisibility& layers, const map::MapOverlay& overlay, const PageTile& tile);

  // Moves the locator inset to the map corner that covers the fewest of `anchors` (points of
  // the map's symbols, in pixels from the map box's top left): top right unless bottom right hides less.
  static void PlaceLocator(PageLayout& layout, const std::vector<geo::DVec2>& anchors);

 private:
  void UsePageViewport(const PageLayout& layout, const PageTile& tile) const;
  void DrawTitleBlock(const PageLayout& layout, const BriefingContent& content);
  void DrawLocator(const PageLayout& layout, const map::MapView& map_view, const PageTile& tile);
  void DrawMapFurniture(const PageLayout& layout, const BriefingContent& content, const map::MapView& map_view);
  void DrawLegend(const PageLayout& layout, const BriefingContent& content);
  void DrawNotes(const PageLayout& layout, const BriefingContent& content);
  float LegendHeight(const BriefingContent& content, float unit, int columns);
  std::vector<std::string> Wrap(const std::string& text, const TextStyle& style, float width);
  // `label` cut at a word and ended with an ellipsis until it fits `width`.
  std::string FitToWidth(std::string label, const TextStyle& style, float width);

  MapRenderer& renderer_;
  const geo::MapProjection& projection_;
};

// The wider region the locator inset shows (projected metres): the Black Sea to the Caspian,
// Ankara to Tehran.
geo::Bounds LocatorExtent(const geo::MapProjection& projection);

}  // namespace atlas::render

// Draw order and per-frame state for the basemap; see map_renderer.h.
#include "render/map_renderer.h"

#include "map/corridor_style.h"

#include <cmath>

namespace atlas::render {

MapRenderer::MapRenderer(const map::BasemapScene& scene, const map::BasemapStyle& style, const FontSet& fonts)
    : scene_(scene), style_(style), fill_program_("fill.vert", "fill.frag"), world_(scene.world), land_(scene.land),
      land_generalised_(scene.land_generalised), disputed_(scene.disputed), text_(fonts) {
  for (const auto& group : scene.lines) line_sets_.emplace_back(group);
  if (!scene.relief.empty()) {
    relief_ = MakeTexture();
    glBindTexture(GL_TEXTURE_2D, relief_.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, scene.relief.width, scene.relief.height, 0, GL_RED, GL_UNSIGNED_BYTE,
                 scene.relief.shade.data());
    // Bilinear only: trilinear sampling is costly in a software rasteriser, and the relief
    // fades out before it would be minified much.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
}

MapRenderer::~MapRenderer() = default;

TextStyle MapRenderer::LabelTextStyle(map::LabelClass cls, float ratio) const {
  const map::LabelStyle& ls = style_.label(cls);
  TextStyle ts;
  ts.font = ls.bold ? FontStyle::kBold : ls.italic ? FontStyle::kItalic : FontStyle::kRegular;
  ts.size = ls.size * ratio;
  ts.letter_spacing = ls.letter_spacing;
  ts.colour = ls.colour;
  ts.halo = ls.halo;
  ts.halo_width = ls.halo_width * ratio;
  return ts;
}

void MapRenderer::Draw(const map::MapView& view, const map::LayerVisibility& layers, const map::MapOverlay& overlay) {
  DrawBasemap(view, layers);
  DrawOverlay(view, layers, overlay);
}

void MapRenderer::SetViewportOrigin(int x, int y) {
  origin_x_ = x;
  origin_y_ = y;
}

void MapRenderer::UseMapViewport(const map::MapView& view) const {
  glViewport(origin_x_, origin_y_, view.width(), view.height());
  // Clears and draws stay inside the map's rectangle when it is part of a larger page.
  glEnable(GL_SCISSOR_TEST);
  glScissor(origin_x_, origin_y_, view.width(), view.height());
}

void MapRenderer::DrawOverlay(const map::MapView& view, const map::LayerVisibility& layers,
                              const map::MapOverlay& overlay) {
  UseMapViewport(view);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  DrawMarkers(view, layers, overlay);
  DrawLabels(view, layers, overlay);
  glDisable(GL_SCISSOR_TEST);
}

void MapRenderer::DrawBasemap(const map::MapView& view, const map::LayerVisibility& layers) {
  UseMapViewport(view);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  const map::Rgba water = style_.water;
  glClearColor(water.r / 255.f, water.g / 255.f, water.b / 255.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);

  const MapTransform transform = MapTransform::ForView(view);
  const float ratio = float(view.pixel_ratio());
  const double res = view.logical_resolution();
  // Culling bounds, grown by a few pixels so wide lines at the edge are not cut.
  geo::Bounds visible = view.VisibleBounds();
  const double margin = 8 * view.resolution() * ratio;
  visible.min_x -= margin, visible.min_y -= margin, visible.max_x += margin, visible.max_y += margin;
  ReliefBinding none;
  if (layers.IsVisible("world")) world_.Draw(fill_program_, transform, visible, style_, none);
  ReliefBinding relief;
  const float relief_strength = style_.ReliefStrengthAt(res);
  if (relief_ && layers.IsVisible("relief") && relief_strength > 0) {
    relief.texture = relief_.get();
    const auto& b = scene_.relief.bounds;
    relief.box[0] = float(b.min_x);
    relief.box[1] = float(b.min_y);
    relief.box[2] = float(b.max_x);
    relief.box[3] = float(b.max_y);
    relief.flat = scene_.relief.flat;
    relief.strength = relief_strength;
  }
  const bool generalised = res > map::BasemapScene::kGeneralisedLandResolution && !land_generalised_.empty();
  (generalised ? land_generalised_ : land_).Draw(fill_program_, transform, visible, style_, relief);
  if (layers.IsVisible("disputed")) disputed_.Draw(fill_program_, transform, visible, style_, none);
  for (const GpuLineSet& set : line_sets_) {
    if (!set.layer_id().empty() && !layers.IsVisible(set.layer_id())) continue;
    const map::LineStyle& line_style = style_.LineAt(set.role(), res);
    if (res > line_style.max_resolution) continue;
    set.Draw(lines_, transform, visible, res, line_style, ratio);
  }
  glDisable(GL_SCISSOR_TEST);
}

namespace {

// The point halfway along a route, by length.
geo::DVec2 Midway(const std::vector<geo::Path>& route) {
  double total = 0;
  for (const geo::Path& leg : route)
    for (size_t i = 1; i < leg.size(); ++i) total += geo::Length(leg[i] - leg[i - 1]);
  double left = total / 2;
  for (const geo::Path& leg : route)
    for (size_t i = 1; i < leg.size(); ++i) {
      const double step = geo::Length(leg[i] - leg[i - 1]);
      if (step >= left && step > 0) return leg[i - 1] + (leg[i] - leg[i - 1]) * (left / step);
      left -= step;
    }
  return route.empty() || route[0].empty() ? geo::DVec2{0, 0} : route[0][0];
}

// Corridor names with their status on the date, and presence names, for the label placer.
void AddCuratedLabelCandidates(const map::CuratedLayers& curated, const std::string& as_of,
                               std::vector<map::LabelCandidate>* out) {
  const map::BasemapStyle& style = map::DefaultBasemapStyle();
  for (const map::Corridor& c : curated.corridors) {
    const map::CorridorStatus* status = c.StatusOn(as_of);
    if (!status || c.route.empty()) continue;
    std::string status_title(map::CorridorStyleFor(status->status).title);
    if (!status_title.empty()) status_title[0] = char(std::tolower(static_cast<unsigned char>(status_title[0])));
    map::LabelCandidate label{c.name + "\n" + status_title, Midway(c.route), map::LabelClass::kCorridor,
                              style.label(map::LabelClass::kCorridor).priority, "corridor:" + c.id};
    label.layer_id = "corridors";
    out->push_back(std::move(label));
  }
  for (const map::PresenceFeature& p : curated.presence) {
    if (!p.ActiveOn(as_of) || p.points.empty()) continue;
    map::LabelCandidate label{p.short_name.empty() ? p.name : p.short_name, p.points[0], map::LabelClass::kPresence,
                              style.label(map::LabelClass::kPresence).priority, "presence:" + p.id};
    label.layer_id = "presence";
    label.symbol_radius = map::kPresenceSymbolRadius;
    out->push_back(std::move(label));
  }
}

}  // namespace

void MapRenderer::RebuildLabelCandidates(const map::MapOverlay& overlay) {
  candidates_ = scene_.labels;
  if (overlay.town_names) {
    for (auto& c : candidates_) {
      if (c.geonames_id == 0) continue;
      if (auto it = overlay.town_names->find(c.geonames_id); it != overlay.town_names->end()) c.text = it->second;
    }
  }
  if (overlay.markers) {
    for (const map::PlaceMarker& m : *overlay.markers) {
      const bool area = m.kind != text::PlaceKind::kPlace;
      const map::LabelClass cls = area ? map::LabelClass::kCorpusArea : map::LabelClass::kCorpusPlace;
      map::LabelCandidate c{m.label, m.position, cls,
                            style_.label(cls).priority + float(std::log10(double(m.mentions) + 1)) +
                                float(5 - m.importance) * 0.5f,
                            m.geonames_id ? "geonames:" + std::to_string(m.geonames_id) : "corpus:" + m.place_id};
      c.layer_id = "places";
      c.symbol_radius = m.radius;
      candidates_.push_back(std::move(c));
    }
  }
  if (overlay.curated) AddCuratedLabelCandidates(*overlay.curated, overlay.as_of, &candidates_);
  candidates_version_ = overlay.version;
}

void MapRenderer::DrawMarkers(const map::MapView& view, const map::LayerVisibility& layers,
                              const map::MapOverlay& overlay) {
  marker_boxes_.clear();
  features_.DrawUnderMarkers(view, layers, overlay);
  DrawPlaceMarkers(view, layers, overlay);
  features_.DrawOverMarkers(view, layers, overlay, &marker_boxes_);
}

void MapRenderer::DrawPlaceMarkers(const map::MapView& view, const map::LayerVisibility& layers,
                                   const map::MapOverlay& overlay) {
  if (!overlay.markers || !layers.IsVisible("places")) return;
  const float ratio = float(view.pixel_ratio());
  const geo::Bounds visible = view.VisibleBounds();
  auto shape_of = [](text::PlaceKind k) {
    switch (k) {
      case text::PlaceKind::kRegion: return map::SymbolShape::kRing;
      case text::PlaceKind::kCorridor: return map::SymbolShape::kDiamond;
      case text::PlaceKind::kCountry: return map::SymbolShape::kSquare;
      case text::PlaceKind::kPlace: break;
    }
    return map::SymbolShape::kDot;
  };
  const map::PlaceMarker* selected = nullptr;
  for (const map::PlaceMarker& m : *overlay.markers) {
    if (!visible.Contains(m.position)) continue;
    const geo::DVec2 at = view.MapToScreen(m.position);
    const map::Emphasis emphasis =
        overlay.EmphasisFor(m.place_id == overlay.selected_place, m.place_id == overlay.hovered_place);
    const float r = (m.radius + (emphasis.hovered ? 1.5f : 0.f)) * ratio;
    marker_boxes_.push_back({float(at.x) - r, float(at.y) - r, float(at.x) + r, float(at.y) + r});
    if (!emphasis.draw) continue;
    symbols_.Add({float(at.x), float(at.y), r, shape_of(m.kind), style_.marker_colours[size_t(m.kind)],
                  map::Hex(0xFFFFFF, 235)});
    if (emphasis.selected) selected = &m;
  }
  symbols_.Flush(view.width(), view.height(), 1.2f * ratio);
  if (selected) {
    // The selection: a ring in the accent colour around the marker.
    const geo::DVec2 at = view.MapToScreen(selected->position);
    symbols_.Add({float(at.x), float(at.y), (selected->radius + 5) * ratio, map::SymbolShape::kRing, style_.selection,
                  map::Hex(0xFFFFFF, 200)});
    symbols_.Flush(view.width(), view.height(), 1.0f * ratio);
  }
}

void MapRenderer::DrawLabels(const map::MapView& view, const map::LayerVisibility& layers,
                             const map::MapOverlay& overlay) {
  if (overlay.pass == map::OverlayPass::kEmphasisOnly) return;  // labels are with the plain pass
  if (candidates_version_ != overlay.version || candidates_.empty()) RebuildLabelCandidates(overlay);
  map::TextMeasurer measure = [&](const std::string& text, const map::LabelStyle& ls) {
    TextStyle ts;
    ts.font = ls.bold ? FontStyle::kBold : ls.italic ? FontStyle::kItalic : FontStyle::kRegular;
    ts.size = ls.size;
    ts.letter_spacing = ls.letter_spacing;
    const TextSize size = text_.Measure(text, ts);
    return map::TextExtent{size.width, size.height};
  };
  placed_ = placer_.Place(candidates_, view, style_, layers, measure, marker_boxes_, candidates_version_);
  const float ratio = float(view.pixel_ratio());
  for (const auto& p : placed_) {
    const map::LabelCandidate& c = candidates_[p.candidate];
    const map::LabelStyle& ls = style_.label(c.cls);
    if (p.has_symbol)
      symbols_.Add({float(p.symbol_center.x), float(p.symbol_center.y), ls.symbol_size * ratio / 2, ls.symbol,
                    ls.symbol_colour, map::Hex(0xFFFFFF, 230)});
    text_.Add(c.text, p.text_box.x0, p.text_box.y0, LabelTextStyle(c.cls, ratio), TextAlign::kCenter);
  }
  symbols_.Flush(view.width(), view.height(), 1.0f * ratio);
  text_.Flush(view.width(), view.height());
}

}  // namespace atlas::render

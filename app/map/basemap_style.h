// How the basemap looks: colours, line widths and dashes, label classes and the zoom range
// in which each is shown. Immutable style data (what to draw), separate from per-frame state
// and GPU resources. No GL, no ImGui.
#pragma once
#include <array>
#include <limits>
#include <string_view>

#include "map/colour.h"
#include "map/symbol_shape.h"

namespace atlas::map {

// Widths, dashes and sizes are in logical pixels; the renderer multiplies by the pixel ratio.
struct LineStyle {
  Rgba colour{};
  float width = 1;
  Rgba casing{};            // drawn beneath, wider, to lift the line off busy ground
  float casing_width = 0;   // 0: no casing
  float dash = 0, gap = 0;  // 0: solid
  // Drawn only while zoomed in beyond this many metres per logical pixel.
  double max_resolution = std::numeric_limits<double>::infinity();
};

enum class LineRole {
  kWorldOutline, kAdmin1, kRiverMinor, kRiverMedium, kRiverMajor, kCoastline,
  kDisputedHistorical, kDisputedDeFacto, kBorder, kCount
};


enum class LabelClass {
  kWorldCountry, kCountry, kSea, kLake, kAdmin1, kAdmin1Neighbour, kWorldCity, kCapital, kCity, kTown, kVillage,
  kPeak, kCorpusPlace, kCorpusArea, kCorridor, kPresence, kCount
};

struct LabelStyle {
  Rgba colour{};
  Rgba halo{};
  float size = 11;         // logical px (em height)
  float halo_width = 1.5;  // logical px
  bool bold = false, italic = false, uppercase = false;
  float letter_spacing = 0;  // in em
  SymbolShape symbol = SymbolShape::kNone;
  float symbol_size = 0;     // logical px
  Rgba symbol_colour{};
  // Shown only while zoomed in beyond this many metres per logical pixel (and out beyond min).
  double max_resolution = std::numeric_limits<double>::infinity();
  double min_resolution = 0;
  float priority = 0;  // higher is placed first
};

// Free space kept around every label, in logical pixels, so the map breathes.
constexpr float kLabelPadding = 3.0f;

struct BasemapStyle {
  Rgba water, world_land, default_land, disputed_tint;
  float relief_strength = 0.55f;  // 0: flat fills, 1: full hillshade
  std::array<LineStyle, size_t(LineRole::kCount)> lines;
  // Beyond small_scale_resolution the regional lines take these quieter styles, matching the
  // world layer's outlines, and the relief fades out: the detailed box must not show as a patch.
  double small_scale_resolution = 1700;
  std::array<LineStyle, size_t(LineRole::kCount)> small_scale_lines;
  std::array<LabelStyle, size_t(LabelClass::kCount)> labels;
  // Corpus markers: one colour per kind of place (place, region, corridor, country), chosen to
  // stay apart for colour-blind readers; and the selection ring.
  std::array<Rgba, 4> marker_colours;
  Rgba selection;
  // Fill slots: 0 water-side default, then one muted colour per regional country.
  static constexpr int kFillSlots = 16;
  std::array<Rgba, kFillSlots> fill_palette;

  const LineStyle& line(LineRole r) const { return lines[size_t(r)]; }
  const LineStyle& LineAt(LineRole r, double logical_resolution) const {
    return logical_resolution > small_scale_resolution ? small_scale_lines[size_t(r)] : lines[size_t(r)];
  }
  // Relief strength at a resolution: full at regional scales, fading out towards small scales.
  float ReliefStrengthAt(double logical_resolution) const;
  const LabelStyle& label(LabelClass c) const { return labels[size_t(c)]; }
  // The palette slot for a country fill (ISO alpha-3), or the default land slot.
  int FillSlotFor(std::string_view iso_a3) const;
};

enum FillSlot : int { kSlotDefaultLand = 0, kSlotWorldLand = 1, kSlotDisputed = 2, kSlotFirstCountry = 3 };

const BasemapStyle& DefaultBasemapStyle();

}  // namespace atlas::map

// The default cartographic style: muted fills, dark borders on a light casing, blue water,
// label classes by importance. See basemap_style.h.
#include "map/basemap_style.h"

#include <utility>

namespace atlas::map {
namespace {

constexpr std::pair<std::string_view, Rgba> kCountryFills[] = {
    // The three South Caucasus states in distinct warm pastels; neighbours in quieter greys.
    {"ARM", Hex(0xF0E1D3)}, {"AZE", Hex(0xE3E9D5)}, {"GEO", Hex(0xECE2EA)},
    {"TUR", Hex(0xECE7D9)}, {"IRN", Hex(0xE2E6E8)}, {"RUS", Hex(0xE7E3DA)},
    {"IRQ", Hex(0xEAE6DD)}, {"SYR", Hex(0xECE4DA)}, {"KAZ", Hex(0xE5E7DD)},
};

BasemapStyle MakeDefault() {
  BasemapStyle s;
  s.water = Hex(0xBFD6E5);
  s.world_land = Hex(0xE6E3DC);
  s.default_land = Hex(0xECE8DF);
  s.disputed_tint = Hex(0xC0604F, 38);
  s.relief_strength = 0.6f;

  s.fill_palette.fill(s.default_land);
  s.fill_palette[kSlotWorldLand] = s.world_land;
  s.fill_palette[kSlotDisputed] = s.disputed_tint;
  int slot = kSlotFirstCountry;
  for (const auto& [code, colour] : kCountryFills) s.fill_palette[size_t(slot++)] = colour;

  auto line = [&](LineRole r) -> LineStyle& { return s.lines[size_t(r)]; };
  line(LineRole::kWorldOutline) = {Hex(0xB8B1A5), 0.6f};
  line(LineRole::kAdmin1) = {Hex(0xB9ABC0), 0.7f};
  line(LineRole::kAdmin1).max_resolution = 1500;
  line(LineRole::kRiverMinor) = {Hex(0x93BAD6), 0.6f};
  line(LineRole::kRiverMinor).max_resolution = 800;
  line(LineRole::kRiverMedium) = {Hex(0x88B3D2), 0.9f};
  line(LineRole::kRiverMedium).max_resolution = 1800;
  line(LineRole::kRiverMajor) = {Hex(0x7EACCD), 1.4f};
  line(LineRole::kRiverMajor).max_resolution = 1700;  // the world layer has no rivers beyond the box
  line(LineRole::kCoastline) = {Hex(0x86A8C0), 0.8f};
  line(LineRole::kDisputedHistorical) = {Hex(0x8C6D62), 1.1f, {}, 0, 2.0f, 2.5f};
  line(LineRole::kDisputedDeFacto) = {Hex(0xB35447), 1.4f, {}, 0, 6.0f, 3.0f};
  line(LineRole::kBorder) = {Hex(0x5F5566), 1.3f, Hex(0xF7F3EC), 3.4f};

  s.small_scale_lines = s.lines;
  auto small = [&](LineRole r) -> LineStyle& { return s.small_scale_lines[size_t(r)]; };
  small(LineRole::kWorldOutline) = {Hex(0xA39B92), 0.7f};
  small(LineRole::kCoastline) = {Hex(0xA39B92), 0.7f};
  small(LineRole::kBorder) = {Hex(0x8A8189), 0.9f};
  small(LineRole::kDisputedDeFacto) = {Hex(0xB35447), 0.9f, {}, 0, 3.0f, 2.0f};

  const Rgba land_halo = Hex(0xF6F3ED);
  auto label = [&](LabelClass c) -> LabelStyle& { return s.labels[size_t(c)]; };
  LabelStyle& world_country = label(LabelClass::kWorldCountry);
  world_country = {Hex(0x9A9389), land_halo, 11.0f, 1.5f, false, false, true, 0.12f};
  world_country.min_resolution = 1700;
  world_country.priority = 85;
  LabelStyle& country = label(LabelClass::kCountry);
  country = {Hex(0x6A5F55), land_halo, 13.5f, 2.0f, true, false, true, 0.16f};
  country.max_resolution = 1700;
  country.priority = 100;
  LabelStyle& sea = label(LabelClass::kSea);
  sea = {Hex(0x5A84A3), s.water, 13.0f, 1.5f, false, true, false, 0.10f};
  sea.priority = 95;
  LabelStyle& lake = label(LabelClass::kLake);
  lake = {Hex(0x5A84A3), s.water, 10.5f, 1.5f, false, true, false, 0.02f};
  lake.max_resolution = 1300;
  lake.priority = 55;
  LabelStyle& admin1 = label(LabelClass::kAdmin1);
  admin1 = {Hex(0x8E8398), land_halo, 9.5f, 1.5f, false, false, true, 0.10f};
  admin1.max_resolution = 950;
  admin1.min_resolution = 30;
  admin1.priority = 60;
  // Provinces of the neighbours (Turkey, Iran, Russia) only once zoomed in further.
  LabelStyle& admin1_neighbour = label(LabelClass::kAdmin1Neighbour);
  admin1_neighbour = admin1;
  admin1_neighbour.max_resolution = 380;
  admin1_neighbour.priority = 45;
  LabelStyle& world_city = label(LabelClass::kWorldCity);
  world_city = {Hex(0x4F4A44), land_halo, 11.0f, 1.5f, false, false, false, 0, SymbolShape::kSquare, 4.5f,
                Hex(0x4F4A44)};
  world_city.min_resolution = 700;
  world_city.priority = 65;
  LabelStyle& capital = label(LabelClass::kCapital);
  capital = {Hex(0x2E2925), land_halo, 12.5f, 1.8f, true, false, false, 0, SymbolShape::kSquare, 5.5f,
             Hex(0x2E2925)};
  capital.priority = 90;
  LabelStyle& city = label(LabelClass::kCity);
  city = {Hex(0x3A3430), land_halo, 11.5f, 1.6f, false, false, false, 0, SymbolShape::kDot, 5.0f, Hex(0x3A3430)};
  city.max_resolution = 1600;
  city.priority = 70;
  LabelStyle& town = label(LabelClass::kTown);
  town = {Hex(0x48413B), land_halo, 10.5f, 1.5f, false, false, false, 0, SymbolShape::kDot, 3.8f, Hex(0x48413B)};
  town.max_resolution = 430;
  town.priority = 50;
  LabelStyle& village = label(LabelClass::kVillage);
  village = {Hex(0x5C544C), land_halo, 9.5f, 1.4f, false, false, false, 0, SymbolShape::kDot, 2.8f, Hex(0x5C544C)};
  village.max_resolution = 110;
  village.priority = 30;
  LabelStyle& peak = label(LabelClass::kPeak);
  peak = {Hex(0x6B5C4C), land_halo, 9.5f, 1.4f, false, true, false, 0, SymbolShape::kTriangle, 6.0f, Hex(0x7A6A58)};
  peak.max_resolution = 1500;
  peak.priority = 40;
  // Corpus layer: above every basemap label.
  LabelStyle& corpus_place = label(LabelClass::kCorpusPlace);
  corpus_place = {Hex(0x5A1414), land_halo, 12.0f, 2.0f, true, false, false, 0};
  corpus_place.priority = 300;
  LabelStyle& corpus_area = label(LabelClass::kCorpusArea);
  corpus_area = {Hex(0x3E2266), land_halo, 12.0f, 2.0f, true, true, false, 0.02f};
  corpus_area.priority = 290;
  // Curated layers: corridor names beside their routes, actors' presence beside its symbol.
  LabelStyle& corridor = label(LabelClass::kCorridor);
  corridor = {Hex(0x2C3A2A), land_halo, 11.0f, 2.0f, false, true, false, 0.02f};
  corridor.priority = 280;
  LabelStyle& presence = label(LabelClass::kPresence);
  presence = {Hex(0x3A3434), land_halo, 10.0f, 1.8f, false, false, false, 0};
  presence.max_resolution = 900;
  presence.priority = 270;
  // Corpus markers in earthy, muted tones, so that the event layers' Okabe–Ito colours
  // stay theirs: umber places, purple regions, ochre corridors, grey countries.
  s.marker_colours = {Hex(0x7B3F2B, 205), Hex(0x6E5494, 185), Hex(0x9A7420, 205), Hex(0x5A5A5A, 190)};
  s.selection = Hex(0x0072B2);
  return s;
}

}  // namespace

int BasemapStyle::FillSlotFor(std::string_view iso_a3) const {
  int slot = kSlotFirstCountry;
  for (const auto& [code, colour] : kCountryFills) {
    if (code == iso_a3) return slot;
    ++slot;
  }
  return kSlotDefaultLand;
}

float BasemapStyle::ReliefStrengthAt(double r) const {
  const double fade_start = small_scale_resolution * 0.6, fade_end = small_scale_resolution * 1.2;
  if (r <= fade_start) return relief_strength;
  if (r >= fade_end) return 0;
  return float(relief_strength * (fade_end - r) / (fade_end - fade_start));
}

const BasemapStyle& DefaultBasemapStyle() {
  static const BasemapStyle style = MakeDefault();
  return style;
}

}  // namespace atlas::map

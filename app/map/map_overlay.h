// What is drawn over the basemap for one frame besides its own layers: the corpus markers,
// the selection and hover, and the naming convention with the town names it implies.
// Evaluated state passed to the renderer; owns nothing heavy. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "map/curated_layers.h"
#include "map/event_markers.h"
#include "map/naming_convention.h"
#include "map/place_markers.h"

namespace atlas::map {

// Something selected on the map besides a place: its kind and id.
struct FeatureRef {
  enum class Kind { kNone, kCorridor, kPresence, kEvent };
  Kind kind = Kind::kNone;
  std::string id;
  bool operator==(const FeatureRef&) const = default;
  explicit operator bool() const { return kind != Kind::kNone; }
};

// Which of the overlay to draw: everything as it is; everything as if nothing were hovered or
// selected (the part that can be kept in an image while the map pans); or only what is
// hovered or selected, with its emphasis (drawn over such an image), and no labels.
enum class OverlayPass { kAll, kPlain, kEmphasisOnly };

// How one item is to be drawn in a pass.
struct Emphasis {
  bool draw = true;
  bool selected = false, hovered = false;
};

struct MapOverlay {
  OverlayPass pass = OverlayPass::kAll;
  NamingConvention naming = NamingConvention::kInternational;
  const std::vector<PlaceMarker>* markers = nullptr;
  // Basemap town labels replaced under the naming convention, by GeoNames id.
  const std::unordered_map<int64_t, std::string>* town_names = nullptr;
  std::string selected_place, hovered_place;
  // Curated corridors and presence, evaluated on `as_of` (ISO date: the timeline's end, or
  // today); event markers already filtered; actors' colours for presence symbols.
  const CuratedLayers* curated = nullptr;
  const std::vector<EventMarker>* events = nullptr;
  std::string as_of;
  std::function<Rgba(const std::string& actor_id)> actor_colour;
  FeatureRef selected_feature, hovered_feature;
  // Bump whenever markers or names change, so labels are measured and placed again.
  uint64_t version = 0;

  Emphasis EmphasisFor(bool selected, bool hovered) const {
    switch (pass) {
      case OverlayPass::kAll: return {true, selected, hovered};
      case OverlayPass::kPlain: return {true, false, false};
      case OverlayPass::kEmphasisOnly: return {selected || hovered, selected, hovered};
    }
    return {};
  }
  // The same overlay for another pass.
  MapOverlay ForPass(OverlayPass p) const {
    MapOverlay o = *this;
    o.pass = p;
    return o;
  }
};

// Town names per naming convention for every gazetteer entry with a GeoNames id.
std::unordered_map<int64_t, std::string> TownNames(const text::Gazetteer& gazetteer, NamingConvention convention);

}  // namespace atlas::map

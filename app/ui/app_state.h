// The state the GUI's panels read and change each frame: the loaded map, the view, layer
// switches, the corpus session, the selection and its sources, search, and which windows are
// open. Immediate mode: panels own no copy of the model.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "map/basemap_assets.h"
#include "map/layer_ids.h"
#include "map/map_view.h"
#include "store/corpus_queries.h"

namespace atlas::ui {

class CorpusSession;

// What the Sources panel lists: the passages behind a place, or a full-text search.
struct SourcesList {
  std::string heading;                  // "Lachin", "Search: peacekeepers"
  std::string place_id;                 // empty for a search
  std::string search_words;             // empty for a place
  std::vector<store::PassageHit> passages;
  int cursor = 0;                       // the passage the keyboard is on
  bool scroll_to_cursor = false;
};

struct OpenArticle {
  store::ArticleView article;
  int64_t focus_passage = 0;  // scrolled to and marked
  bool scroll_pending = true;
};

struct PlaceSearchHit {
  std::string place_id;
  std::string label;      // per naming convention
  std::string matched;    // the name that matched, as written
  int64_t mentions = 0;
};

// A key press as GLFW reported it: recorded in the key callback so that a press released
// before the next frame (a quick tap while the loop waits for events) is never lost.
struct KeyPress {
  int key = 0;   // GLFW_KEY_*
  int mods = 0;  // GLFW_MOD_*
};

struct AppState {
  map::BasemapAssets* assets = nullptr;
  CorpusSession* corpus = nullptr;
  map::MapView view;
  map::LayerVisibility layers;
  std::optional<geo::DVec2> cursor_map;  // map position under the mouse, if over the map

  std::string selected_place, hovered_place;
  SourcesList sources;
  std::optional<OpenArticle> article;

  std::string search_text;
  std::vector<PlaceSearchHit> place_hits;
  std::vector<store::PassageHit> text_hits;
  bool search_focus_requested = false;

  bool show_layers = true, show_sources = true, show_timeline = true;
  bool show_about = false, show_add_articles = false;
  bool quit_requested = false;
  std::string notice;  // one-line message shown in the status bar (errors, confirmations)

  std::vector<KeyPress> key_presses;  // this frame's presses (and repeats), oldest first

  // Set by panels, consumed by the map canvas: glide to a place.
  std::optional<geo::DVec2> fly_to;
  std::optional<double> fly_to_resolution;
};

}  // namespace atlas::ui

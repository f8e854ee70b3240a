// The state the GUI's panels read and change each frame: the loaded map, the view, layer
// switches, the corpus session, the selection and its sources, search, and which windows are
// open. Immediate mode: panels own no copy of the model.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "map/basemap_assets.h"
#include "map/label_placer.h"
#include "map/layer_ids.h"
#include "map/map_overlay.h"
#include "map/map_view.h"
#include "store/corpus_queries.h"
#include "ui/export_settings.h"

namespace atlas::ui {

class CorpusSession;
class ExportJob;

// A curated or extracted fact shown above the passages: what, when, and where it comes from
// (a passage of the corpus, with the quoted words, or an outside page).
struct CitedFact {
  std::string when;       // "10 Nov 2020 – 25 Aug 2022", "since 1 Jan 2024"
  std::string what;       // as the curated file or the extraction states it
  std::string status;     // a corridor's status id, for its swatch; else empty
  std::string kind;       // an event's type id ("military"), else empty
  bool in_force = false;  // on the timeline's date (corridor statuses, presence)
  std::optional<store::PassageHit> passage;  // the corpus passage behind it
  std::string quote;      // marked within the passage
  std::string external;   // an outside source: "AzerNews, 2022-08-26: (title)"
  std::string url;
};

// What the Sources panel lists: the passages behind a place, a curated feature or events,
// or a full-text search.
struct SourcesList {
  std::string heading;                  // "Lachin", "Search: peacekeepers"
  std::string subheading;               // a feature's kind and dates
  std::string place_id;                 // empty for a search
  std::string search_words;             // empty for a place
  map::FeatureRef feature;              // a corridor, presence or event selected on the map
  std::vector<std::string> event_ids;   // a cluster of events selected together
  std::string actor_id, second_actor_id;  // an actor's passages, or two actors' shared ones
  std::vector<CitedFact> facts;
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
  map::FeatureRef selected_feature, hovered_feature;
  std::vector<std::string> hovered_events;  // the event cluster under the pointer
  SourcesList sources;
  std::optional<OpenArticle> article;

  std::string search_text;
  std::vector<PlaceSearchHit> place_hits;
  std::vector<store::PassageHit> text_hits;
  bool search_focus_requested = false;

  bool show_layers = true, show_sources = true, show_timeline = true, show_actors = false;
  bool show_about = false, show_add_articles = false, show_export = false, show_save_view = false;
  ExportSettings export_settings;
  ExportJob* export_job = nullptr;  // owned by the frame loop
  std::string save_view_name;
  bool quit_requested = false;
  std::string notice;  // one-line message shown in the status bar (errors, confirmations)

  std::vector<KeyPress> key_presses;  // this frame's presses (and repeats), oldest first
  // This frame's panel rectangles over the map (framebuffer pixels), gathered as panels draw.
  std::vector<map::ScreenBox> map_covers;

  // Set by panels, consumed by the map canvas: glide to a place.
  std::optional<geo::DVec2> fly_to;
  std::optional<double> fly_to_resolution;
};

}  // namespace atlas::ui

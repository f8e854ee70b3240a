// Selection and its queries; see selection.h.
#include "ui/selection.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "map/map_view.h"
#include "text/text_normalizer.h"
#include "ui/actor_selection.h"
#include "ui/corpus_session.h"
#include "ui/feature_selection.h"
#include "ui/ui_trace.h"

namespace atlas::ui {
namespace {

constexpr size_t kMaxSources = 500;
constexpr size_t kMaxPlaceHits = 12;
constexpr size_t kMaxTextHits = 50;

std::string PlaceLabel(const AppState& state, const std::string& place_id) {
  if (const map::PlaceMarker* m = state.corpus->FindMarker(place_id)) return m->label;
  if (const text::Gazetteer* g = state.corpus->gazetteer())
    if (const text::GazetteerEntry* e = g->Find(place_id)) return map::LabelFor(*e, state.corpus->naming());
  return place_id;
}

}  // namespace

void SelectPlace(AppState& state, const std::string& place_id) {
  state.selected_place = place_id;
  state.selected_feature = {};
  state.sources = {};
  if (place_id.empty()) return;
  state.sources.place_id = place_id;
  state.sources.heading = PlaceLabel(state, place_id);
  state.sources.passages = state.corpus->queries().PassagesMentioning({place_id}, state.corpus->filter(), kMaxSources);
  state.show_sources = true;
  TraceSources(state.sources);
}

void ShowSearchResults(AppState& state, const std::string& words) {
  state.selected_place.clear();
  state.selected_feature = {};
  state.sources = {};
  state.sources.search_words = words;
  state.sources.heading = "Search: " + words;
  state.sources.passages = state.corpus->queries().Search(words, state.corpus->filter(), kMaxSources);
  state.show_sources = true;
  TraceSources(state.sources);
}

void RefreshSources(AppState& state) {
  const int cursor = state.sources.cursor;
  if (state.sources.feature) {
    SelectFeature(state, state.sources.feature);
  } else if (!state.sources.second_actor_id.empty()) {
    ShowPairPassages(state, state.sources.actor_id, state.sources.second_actor_id);
  } else if (!state.sources.actor_id.empty()) {
    ShowActorPassages(state, state.sources.actor_id);
  } else if (!state.sources.event_ids.empty()) {
    SelectEvents(state, state.sources.event_ids);
  } else if (!state.sources.place_id.empty()) {
    SelectPlace(state, state.sources.place_id);
  } else if (!state.sources.search_words.empty()) {
    ShowSearchResults(state, state.sources.search_words);
  }
  state.sources.cursor = std::min(cursor, std::max(0, int(state.sources.passages.size()) - 1));
}

void OpenArticleAt(AppState& state, int64_t article_id, int64_t passage_id) {
  OpenArticle open;
  open.article = state.corpus->queries().Article(article_id);
  open.focus_passage = passage_id;
  if (open.article.article_id != 0) state.article = std::move(open);
}

void FlyToPlace(AppState& state, const std::string& place_id) {
  const text::Gazetteer* g = state.corpus->gazetteer();
  const text::GazetteerEntry* e = g ? g->Find(place_id) : nullptr;
  if (!e) return;
  state.fly_to = state.assets->projection.Forward({e->lon, e->lat});
  // Towns at district scale, regions wider, countries wider still; never zoom out to get there.
  const double wanted = e->kind == text::PlaceKind::kPlace      ? map::ResolutionForZoom(10)
                        : e->kind == text::PlaceKind::kCountry ? map::ResolutionForZoom(6.5)
                                                               : map::ResolutionForZoom(8.5);
  state.fly_to_resolution = std::min(wanted, state.view.logical_resolution());
}

void UpdateSearch(AppState& state) {
  state.place_hits.clear();
  state.text_hits.clear();
  const std::string folded = text::TextNormalizer::Instance().FoldString(state.search_text);
  if (folded.size() < 2 || !state.corpus->gazetteer()) return;
  // Place names, in any script or spelling: the same folding as the linker.
  const text::Gazetteer& g = *state.corpus->gazetteer();
  const auto& index = state.corpus->name_index();
  std::unordered_set<int> seen;
  for (auto it = std::lower_bound(index.begin(), index.end(), FoldedPlaceName{folded, 0, 0});
       it != index.end() && it->folded.compare(0, folded.size(), folded) == 0; ++it) {
    if (!seen.insert(it->entry).second) continue;
    const text::GazetteerEntry& e = g.entries()[size_t(it->entry)];
    const map::PlaceMarker* m = state.corpus->FindMarker(e.id);
    state.place_hits.push_back({e.id, map::LabelFor(e, state.corpus->naming()), e.names[size_t(it->name)].text,
                                m ? m->mentions : 0});
  }
  // Places the articles mention first, then the most important.
  std::stable_sort(state.place_hits.begin(), state.place_hits.end(), [&](const auto& a, const auto& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return g.Find(a.place_id)->importance < g.Find(b.place_id)->importance;
  });
  if (state.place_hits.size() > kMaxPlaceHits) state.place_hits.resize(kMaxPlaceHits);
  state.text_hits = state.corpus->queries().Search(state.search_text, state.corpus->filter(), kMaxTextHits);
  TraceSearch(state);
}

std::string CitationFor(const store::PassageHit& p) {
  std::string c;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    c += (c.empty() ? "" : ", ") + part;
  };
  add(p.outlet);
  add(p.title.empty() ? std::string() : "\u201C" + p.title + "\u201D");
  add(p.author);
  add(p.date.empty() ? std::string("undated") : p.date + (p.date_inferred ? " (date inferred)" : ""));
  add(std::filesystem::path(p.file).filename().string() + ", line " + std::to_string(p.first_line));
  return c + ".";
}

}  // namespace atlas::ui

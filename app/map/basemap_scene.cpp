// Builds the drawable basemap scene; see basemap_scene.h.
//
// [SECTION] Fills     tessellated in parallel, one palette slot per vertex
// [SECTION] Lines     generalised per level of detail, built into strip meshes
// [SECTION] Labels    candidates with class, priority and dedupe key
// [SECTION] Entry point
#include "map/basemap_scene.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "geo/path_simplifier.h"
#include "geo/tessellator.h"
#include "util/parallel_for.h"

namespace atlas::map {
namespace {

using geo::AreaFeature;
using geo::Basemap;
using geo::LineFeature;
using geo::Path;
using geo::PointFeature;

//-----------------------------------------------------------------------------
// [SECTION] Fills
//-----------------------------------------------------------------------------

struct FillJob {
  const geo::PolygonShape* polygon;
  uint8_t slot;
};

void AppendFills(const std::vector<FillJob>& jobs, FillMesh& out) {
  std::vector<geo::TriangleMesh> pieces(jobs.size());
  std::vector<std::vector<size_t>> starts(jobs.size());
  ParallelFor(jobs.size(), [&](size_t i) { geo::Tessellate(*jobs[i].polygon, pieces[i], &starts[i]); });
  for (size_t i = 0; i < jobs.size(); ++i) {
    const auto base = static_cast<uint32_t>(out.vertices.size());
    const auto first = static_cast<uint32_t>(out.indices.size());
    out.vertices.insert(out.vertices.end(), pieces[i].vertices.begin(), pieces[i].vertices.end());
    out.slots.insert(out.slots.end(), pieces[i].vertices.size(), jobs[i].slot);
    for (uint32_t idx : pieces[i].indices) out.indices.push_back(base + idx);
    // One culling chunk per tile of the polygon.
    starts[i].push_back(pieces[i].indices.size());
    for (size_t k = 0; k + 1 < starts[i].size(); ++k) {
      MeshChunk chunk{{}, first + uint32_t(starts[i][k]), uint32_t(starts[i][k + 1] - starts[i][k])};
      for (size_t j = starts[i][k]; j < starts[i][k + 1]; ++j) chunk.bounds.Add(pieces[i].vertices[pieces[i].indices[j]]);
      if (chunk.index_count > 0) out.chunks.push_back(chunk);
    }
  }
}

template <typename SlotFn>
void CollectFillJobs(const std::vector<AreaFeature>& areas, SlotFn&& slot_for, std::vector<FillJob>& jobs) {
  for (const auto& area : areas) {
    const auto slot = static_cast<uint8_t>(slot_for(area));
    for (const auto& poly : area.polygons) jobs.push_back({&poly, slot});
  }
}

//-----------------------------------------------------------------------------
// [SECTION] Lines
//-----------------------------------------------------------------------------

// Levels of detail: below max_resolution metres per logical pixel, simplify with tolerance
// metres (kept under half a pixel at the finest resolution each level serves).
struct LodLevel {
  double max_resolution;
  double tolerance;
};
constexpr double kSpeckTolerances = 12;
constexpr double kMinLakeArea = 15e6;  // square metres; the same rule as the generalised land

bool IsClosed(const Path& p) { return p.size() > 3 && geo::Length(p.front() - p.back()) < 1.0; }

double RingArea(const Path& p) {
  double twice = 0;
  for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) twice += p[j].x * p[i].y - p[i].x * p[j].y;
  return std::abs(twice) / 2;
}
constexpr LodLevel kLodLevels[] = {
    {40, 0}, {160, 15}, {600, 60}, {2400, 240}, {std::numeric_limits<double>::infinity(), 900}};

constexpr double kLineCellSize = 150000;  // metres: culling chunks of about a tenth of the region

LineGroup MakeLineGroup(LineRole role, std::string layer_id, const std::vector<const Path*>& paths) {
  LineGroup group{role, std::move(layer_id), {}};
  for (const LodLevel& level : kLodLevels) {
    std::vector<Path> generalised;
    std::vector<const Path*> kept;
    for (const Path* p : paths) {
      if (level.tolerance == 0) {
        kept.push_back(p);
        continue;
      }
      // A line only a few tolerances long is a speck at this scale; a closed ring (a lake's
      // shore) follows the generalised land instead, which drops lakes under kMinLakeArea.
      const geo::Bounds extent = geo::BoundsOf(*p);
      if (geo::Length(extent.width(), extent.height()) < kSpeckTolerances * level.tolerance) continue;
      if (level.max_resolution > BasemapScene::kGeneralisedLandResolution && IsClosed(*p) &&
          RingArea(*p) < kMinLakeArea)
        continue;
      generalised.push_back(geo::SimplifyPath(*p, level.tolerance));
    }
    for (const Path& p : generalised) kept.push_back(&p);
    group.lods.push_back({level.max_resolution, BuildLineMesh(kept, kLineCellSize)});
  }
  return group;
}

template <typename Filter>
std::vector<const Path*> PathsOf(const std::vector<LineFeature>& features, Filter&& keep) {
  std::vector<const Path*> out;
  for (const auto& f : features)
    if (keep(f))
      for (const auto& p : f.paths) out.push_back(&p);
  return out;
}

std::vector<const Path*> OutlinesOf(const std::vector<AreaFeature>& areas, std::string_view code) {
  std::vector<const Path*> out;
  for (const auto& a : areas) {
    if (a.code != code) continue;
    for (const auto& poly : a.polygons) {
      out.push_back(&poly.outer);
      for (const auto& h : poly.holes) out.push_back(&h);
    }
  }
  return out;
}

// Outlines are stored open; a closed ring needs its first point again at the end.
std::vector<Path> ClosedRings(const std::vector<const Path*>& rings) {
  std::vector<Path> out;
  for (const Path* r : rings) {
    Path p = *r;
    if (!p.empty()) p.push_back(p.front());
    out.push_back(std::move(p));
  }
  return out;
}

void BuildLines(const Basemap& map, BasemapScene& scene) {
  auto all = [](const LineFeature&) { return true; };
  std::vector<Path> historical = ClosedRings(OutlinesOf(map.disputed, "historical"));
  std::vector<Path> de_facto = ClosedRings(OutlinesOf(map.disputed, "de_facto"));
  auto pointers = [](const std::vector<Path>& v) {
    std::vector<const Path*> out;
    for (const auto& p : v) out.push_back(&p);
    return out;
  };
  // Natural Earth scalerank: the Kura and Aras are 8; most named rivers 10-11.
  auto river_rank = [&](int lo, int hi) {
    return PathsOf(map.rivers, [=](const LineFeature& f) { return f.rank >= lo && f.rank <= hi; });
  };
  struct Spec {
    LineRole role;
    const char* layer;
    std::vector<const Path*> paths;
  };
  std::vector<Spec> specs;
  specs.push_back({LineRole::kWorldOutline, "world", PathsOf(map.world_outlines, all)});
  specs.push_back({LineRole::kAdmin1, "admin1", PathsOf(map.admin1_lines, all)});
  specs.push_back({LineRole::kRiverMinor, "rivers", river_rank(11, 99)});
  specs.push_back({LineRole::kRiverMedium, "rivers", river_rank(9, 10)});
  specs.push_back({LineRole::kRiverMajor, "rivers", river_rank(0, 8)});
  specs.push_back({LineRole::kCoastline, "", PathsOf(map.coastline, all)});
  specs.push_back({LineRole::kDisputedHistorical, "disputed", pointers(historical)});
  specs.push_back({LineRole::kDisputedDeFacto, "disputed", pointers(de_facto)});
  specs.push_back({LineRole::kBorder, "borders", PathsOf(map.borders, all)});
  scene.lines.resize(specs.size());
  ParallelFor(specs.size(), [&](size_t i) { scene.lines[i] = MakeLineGroup(specs[i].role, specs[i].layer, specs[i].paths); });
}

//-----------------------------------------------------------------------------
// [SECTION] Labels
//-----------------------------------------------------------------------------

LabelClass ClassOfPlace(const PointFeature& p) {
  if (p.kind == "PPLC") return LabelClass::kCapital;
  const bool admin_seat = p.kind.rfind("PPLA", 0) == 0;
  if (p.population >= 100000 || (p.kind == "PPLA" && p.population >= 30000)) return LabelClass::kCity;
  if (p.population >= 10000 || admin_seat) return LabelClass::kTown;
  return LabelClass::kVillage;
}

// Unicode-aware upper case (Laçın -> LAÇIN, Şəki -> ŞƏKI) through ICU.
std::string ToUpper(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

// Breaks a long area name into two lines at the space or hyphen nearest its middle.
std::string WrapLabel(const std::string& text, size_t max_chars) {
  if (text.size() <= max_chars) return text;
  size_t best = std::string::npos;
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] != ' ' && text[i] != '-') continue;
    if (best == std::string::npos || std::abs(long(i) - long(text.size() / 2)) < std::abs(long(best) - long(text.size() / 2)))
      best = i;
  }
  if (best == std::string::npos) return text;
  return text[best] == ' ' ? text.substr(0, best) + "\n" + text.substr(best + 1)
                           : text.substr(0, best + 1) + "\n" + text.substr(best + 1);
}

float Importance(double population) { return population > 1 ? float(std::log10(population)) : 0.f; }

void BuildLabels(const Basemap& map, const BasemapStyle& style, BasemapScene& scene) {
  auto add = [&](std::string text, DVec2 at, LabelClass cls, float importance, std::string key) {
    if (text.empty()) return false;
    if (style.label(cls).uppercase) text = ToUpper(text);
    scene.labels.push_back({std::move(text), at, cls, style.label(cls).priority + importance, std::move(key)});
    return true;
  };
  for (const auto& c : map.country_labels) {
    const bool world = c.kind == "world";
    // Regional anchors (inside the detailed box) only for the states the box is about;
    // Kazakhstan's or Syria's sliver of the box is lettered from the whole country.
    static constexpr std::string_view kRegionalStates[] = {"ARM", "AZE", "GEO", "TUR", "IRN", "RUS"};
    if (!world && std::find(std::begin(kRegionalStates), std::end(kRegionalStates), c.country) ==
                      std::end(kRegionalStates))
      continue;
    add(c.name, c.position, world ? LabelClass::kWorldCountry : LabelClass::kCountry, world ? 0.f : 1.f,
        "country:" + c.country);
  }
  for (const auto& w : map.water_labels)
    add(w.name, w.position, w.kind == "sea" ? LabelClass::kSea : LabelClass::kLake, -float(w.rank) / 10, "water:" + w.name);
  for (const auto& a : map.admin1_labels) {
    const bool focus = a.country == "Armenia" || a.country == "Azerbaijan" || a.country == "Georgia";
    add(WrapLabel(a.name, 14), a.position, focus ? LabelClass::kAdmin1 : LabelClass::kAdmin1Neighbour, 0,
        "admin1:" + a.name);
  }
  for (const auto& p : map.places) {
    // Keyed by GeoNames id, so the corpus layer's label for the same town replaces this one.
    if (add(p.name, p.position, ClassOfPlace(p), Importance(p.population), "geonames:" + std::to_string(p.source_id)))
      scene.labels.back().geonames_id = p.source_id;
  }
  for (const auto& p : map.world_places) {
    if (map.region_bounds.Contains(p.position)) continue;  // GeoNames letters the region itself
    if (p.kind.find("Admin-0 capital") == std::string::npos && p.rank > 1) continue;
    add(p.name, p.position, LabelClass::kWorldCity, Importance(p.population), "place:" + p.name);
  }
  for (const auto& p : map.peaks) {
    std::string text = p.name;
    if (p.population > 0) text += " " + std::to_string(int(std::lround(p.population)));
    add(text, p.position, LabelClass::kPeak, Importance(p.population), "peak:" + p.name);
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

const LineLod& LineGroup::ForResolution(double logical_resolution) const {
  for (const auto& lod : lods)
    if (logical_resolution <= lod.max_resolution) return lod;
  return lods.back();
}

BasemapScene BuildBasemapScene(const Basemap& map, const BasemapStyle& style) {
  BasemapScene scene;
  scene.region_bounds = map.region_bounds;
  scene.world_bounds = map.world_bounds;
  scene.relief = map.relief;

  std::vector<FillJob> world_jobs, land_jobs, disputed_jobs;
  // The world layer continues the regional colours beyond the box, so the seam disappears.
  CollectFillJobs(map.world_countries, [&](const AreaFeature& a) {
    const int slot = style.FillSlotFor(a.code);
    return slot == kSlotDefaultLand ? int(kSlotWorldLand) : slot;
  }, world_jobs);
  CollectFillJobs(map.land, [&](const AreaFeature& a) { return style.FillSlotFor(a.code); }, land_jobs);
  for (const auto& a : map.disputed)
    if (a.code == "de_facto")
      for (const auto& poly : a.polygons) disputed_jobs.push_back({&poly, uint8_t(kSlotDisputed)});
  AppendFills(world_jobs, scene.world);
  AppendFills(land_jobs, scene.land);
  // Generalised land: ~150 m tolerance is a third of a pixel at the scale it starts being
  // used; lakes under 15 km² would be specks there.
  std::vector<geo::PolygonShape> generalised(land_jobs.size());
  ParallelFor(land_jobs.size(),
              [&](size_t i) { generalised[i] = geo::SimplifyPolygon(*land_jobs[i].polygon, 150, kMinLakeArea); });
  std::vector<FillJob> generalised_jobs;
  for (size_t i = 0; i < land_jobs.size(); ++i) generalised_jobs.push_back({&generalised[i], land_jobs[i].slot});
  AppendFills(generalised_jobs, scene.land_generalised);
  AppendFills(disputed_jobs, scene.disputed);
  BuildLines(map, scene);
  BuildLabels(map, style, scene);
  return scene;
}

}  // namespace atlas::map

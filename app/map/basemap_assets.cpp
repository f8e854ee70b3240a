// Loading the basemap and building its scene; see basemap_assets.h.
#include "map/basemap_assets.h"

#include "map/scene_cache.h"

namespace atlas::map {

std::unique_ptr<BasemapAssets> LoadBasemapAssets(const geo::BasemapSource& source, const BasemapStyle& style,
                                                 const ProgressFn& progress, bool use_cache) {
  auto assets = std::make_unique<BasemapAssets>();
  assets->style = &style;
  assets->basemap = geo::LoadBasemap(source, assets->projection, [&](double f, std::string_view what) {
    return ReportProgress(progress, f * 0.6, what);
  });
  // Tessellation and strip building are derived data: reuse them while the inputs are unchanged.
  const std::string key = SceneCacheKey(source.vector_file, source.relief_file);
  const std::filesystem::path cache_dir = use_cache ? SceneCacheDir() : std::filesystem::path();
  if (auto cached = LoadCachedScene(cache_dir, key)) {
    assets->scene = std::move(*cached);
  } else {
    ReportProgress(progress, 0.6, "tessellating");
    assets->scene = BuildBasemapScene(assets->basemap, style);
    SaveCachedScene(cache_dir, key, assets->scene);
  }
  assets->scene.relief = assets->basemap.relief;
  assets->scene.region_bounds = assets->basemap.region_bounds;
  assets->scene.world_bounds = assets->basemap.world_bounds;
  ReportProgress(progress, 1.0, "basemap ready");
  return assets;
}

geo::Bounds HomeBounds(const geo::MapProjection& projection) {
  geo::Bounds b;
  for (double lon = 38.6; lon <= 50.61; lon += 0.5) {
    b.Add(projection.Forward({lon, 37.4}));
    b.Add(projection.Forward({lon, 43.9}));
  }
  return b;
}

void LimitViewToAssets(const BasemapAssets& assets, MapView& view) {
  // From the whole wider world (Moscow, Ankara, Tehran in view) down to a few metres per
  // pixel, where the Lachin corridor's road bends are visible.
  view.SetLimits(assets.scene.world_bounds, 2.0, 12000.0);
}

}  // namespace atlas::map

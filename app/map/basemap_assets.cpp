// Loading the basemap and building its scene; see basemap_assets.h.
#include "map/basemap_assets.h"

#include <optional>

#include "map/scene_cache.h"

namespace atlas::map {

std::unique_ptr<BasemapAssets> LoadBasemapAssets(const geo::BasemapSource& source, const BasemapStyle& style,
                                                 const BasemapLoadOptions& options) {
  auto assets = std::make_unique<BasemapAssets>();
  assets->style = &style;
  const std::string key = SceneCacheKey(source.vector_file, source.relief_file);
  const std::filesystem::path cache_dir = options.use_cache ? SceneCacheDir() : std::filesystem::path();
  std::optional<BasemapScene> cached = LoadCachedScene(cache_dir, key);
  if (cached && !options.keep_vectors) {
    assets->scene = std::move(*cached);
    if (!source.relief_file.empty()) assets->scene.relief = geo::LoadRelief(source.relief_file, assets->projection);
    ReportProgress(options.progress, 1.0, "basemap ready");
    return assets;
  }
  assets->basemap = geo::LoadBasemap(source, assets->projection, [&](double f, std::string_view what) {
    return ReportProgress(options.progress, f * 0.6, what);
  });
  assets->vectors_loaded = true;
  if (cached) {
    assets->scene = std::move(*cached);
  } else {
    ReportProgress(options.progress, 0.6, "tessellating");
    assets->scene = BuildBasemapScene(assets->basemap, style);
    SaveCachedScene(cache_dir, key, assets->scene);
  }
  assets->scene.relief = assets->basemap.relief;
  ReportProgress(options.progress, 1.0, "basemap ready");
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

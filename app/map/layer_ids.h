// The names of the map's switchable layers as they appear in view files, the Layers panel
// and legends, with their default visibility. Data only; no GL, no ImGui.
#pragma once
#include <map>
#include <span>
#include <string>
#include <string_view>

namespace atlas::map {

enum class LayerGroup { kBasemap, kArticles, kCurated, kEvents };

struct LayerInfo {
  std::string_view id;     // as written in view files: "relief", "rivers", ...
  std::string_view title;  // as shown to the analyst: "Shaded relief"
  bool visible_by_default;
  LayerGroup group = LayerGroup::kBasemap;
};

std::span<const LayerInfo> MapLayers();
const LayerInfo* FindLayer(std::string_view id);

// Which layers are on. Unknown ids are rejected when a view file is read, not here.
class LayerVisibility {
 public:
  LayerVisibility();  // every layer at its default
  bool IsVisible(std::string_view id) const;
  void Set(std::string_view id, bool visible);
  const std::map<std::string, bool, std::less<>>& all() const { return visible_; }
  bool operator==(const LayerVisibility&) const = default;

 private:
  std::map<std::string, bool, std::less<>> visible_;
};

}  // namespace atlas::map

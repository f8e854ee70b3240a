// LabelPlacer: no two placed labels overlap, none is clipped, priorities win, alternatives
// sharing a key appear once, and classes respect their zoom range.
#include <gtest/gtest.h>

#include "map/label_placer.h"

namespace atlas::map {
namespace {

// Every character is 7 px wide, every line 12 px tall: enough to test geometry.
TextExtent FakeMeasure(const std::string& text, const LabelStyle&) { return {7.0f * float(text.size()), 12.0f}; }

MapView View() {
  MapView v;
  v.SetViewport(400, 300, 1.0);
  v.SetCenter({0, 0});
  v.SetLogicalResolution(100);  // metres per pixel
  return v;
}

LabelCandidate Town(std::string name, DVec2 at, float priority, LabelClass cls = LabelClass::kTown) {
  return {std::move(name), at, cls, priority, ""};
}

TEST(LabelPlacer, NoOverlapsAndNothingClipped) {
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 200; ++i)
    c.push_back(Town("Town" + std::to_string(i), {double((i * 37) % 380 - 190) * 100, double((i * 53) % 280 - 140) * 100},
                     float(i % 17)));
  LabelPlacer placer;
  MapView v = View();
  auto placed = placer.Place(c, v, DefaultBasemapStyle(), LayerVisibility(), FakeMeasure);
  ASSERT_GT(placed.size(), 5u);
  for (size_t i = 0; i < placed.size(); ++i) {
    const ScreenBox& a = placed[i].text_box;
    EXPECT_GE(a.x0, 0);
    EXPECT_GE(a.y0, 0);
    EXPECT_LE(a.x1, 400);
    EXPECT_LE(a.y1, 300);
    for (size_t j = i + 1; j < placed.size(); ++j) EXPECT_FALSE(a.Overlaps(placed[j].text_box)) << i << " vs " << j;
  }
  EXPECT_LT(placed.size(), c.size()) << "a crowded map must drop labels";
}

TEST(LabelPlacer, HigherPriorityWinsAConflict) {
  std::vector<LabelCandidate> c{Town("Minor", {0, 0}, 1), Town("Major", {100, 0}, 50)};
  LabelPlacer placer;
  auto placed = placer.Place(c, View(), DefaultBasemapStyle(), LayerVisibility(), FakeMeasure);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(c[placed[0].candidate].text, "Major");
}

TEST(LabelPlacer, AlternativesSharingAKeyAppearOnce) {
  std::vector<LabelCandidate> c{Town("Turkey", {-10000, 0}, 5), Town("Turkey", {10000, 8000}, 4)};
  c[0].key = c[1].key = "country:TUR";
  LabelPlacer placer;
  EXPECT_EQ(placer.Place(c, View(), DefaultBasemapStyle(), LayerVisibility(), FakeMeasure).size(), 1u);
}

TEST(LabelPlacer, ClassesRespectTheirZoomRangeAndTheLayerSwitch) {
  std::vector<LabelCandidate> c{Town("Village", {0, 0}, 1, LabelClass::kVillage)};
  LabelPlacer placer;
  MapView far = View();
  far.SetLogicalResolution(DefaultBasemapStyle().label(LabelClass::kVillage).max_resolution * 2);
  EXPECT_TRUE(placer.Place(c, far, DefaultBasemapStyle(), LayerVisibility(), FakeMeasure).empty());
  EXPECT_EQ(placer.Place(c, View(), DefaultBasemapStyle(), LayerVisibility(), FakeMeasure).size(), 1u);
  LayerVisibility off;
  off.Set("labels", false);
  EXPECT_TRUE(placer.Place(c, View(), DefaultBasemapStyle(), off, FakeMeasure).empty());
}

TEST(LabelPlacer, AMarkersLabelSitsBesideItAndAvoidsOtherMarkers) {
  LabelCandidate c = Town("Lachin", {0, 0}, 300, LabelClass::kCorpusPlace);
  c.symbol_radius = 10;
  std::vector<LabelCandidate> candidates{c};
  const MapView v = View();
  const DVec2 at = v.MapToScreen({0, 0});
  const std::vector<ScreenBox> markers{{float(at.x) - 10, float(at.y) - 10, float(at.x) + 10, float(at.y) + 10}};
  LabelPlacer placer;
  auto placed = placer.Place(candidates, v, DefaultBasemapStyle(), LayerVisibility(), FakeMeasure, markers);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_FALSE(placed[0].text_box.Overlaps(markers[0]));
  EXPECT_LT(placed[0].text_box.x0 - markers[0].x1, 12) << "beside the marker, not far off";
  // Another marker right where the label would go pushes it to another side.
  std::vector<ScreenBox> crowded = markers;
  crowded.push_back({float(at.x) + 12, float(at.y) - 10, float(at.x) + 80, float(at.y) + 10});
  auto moved = LabelPlacer().Place(candidates, v, DefaultBasemapStyle(), LayerVisibility(), FakeMeasure, crowded);
  ASSERT_EQ(moved.size(), 1u);
  for (const auto& m : crowded) EXPECT_FALSE(moved[0].text_box.Overlaps(m));
}

}  // namespace
}  // namespace atlas::map

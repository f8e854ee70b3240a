// Event markers: durations, the date filter at its edges, type layers, and clusters that
// gather crowded markers and split when the analyst zooms in.
#include <gtest/gtest.h>

#include "map/event_markers.h"

namespace atlas::map {
namespace {

EventMarker Event(std::string id, EventKind kind, DVec2 at, std::string from, std::string to = {}) {
  EventMarker e;
  e.id = std::move(id);
  e.kind = kind;
  e.position = at;
  e.date_start = std::move(from);
  e.date_end = std::move(to);
  return e;
}

TEST(EventMarkers, DurationsCountBothEnds) {
  EXPECT_EQ(EventDays(Event("a", EventKind::kMilitary, {0, 0}, "2016-04-02")), 1);
  EXPECT_EQ(EventDays(Event("a", EventKind::kMilitary, {0, 0}, "2016-04-02", "2016-04-05")), 4);
  EXPECT_EQ(EventDays(Event("a", EventKind::kMilitary, {0, 0}, "2024-02-28", "2024-03-01")), 3) << "leap year";
  EXPECT_EQ(EventDays(Event("a", EventKind::kMilitary, {0, 0}, "2025-01")), 31) << "a month";
  EXPECT_EQ(EventDays(Event("a", EventKind::kMilitary, {0, 0}, "2025-02-07", "2025-01-20")), 1) << "reversed";
  EXPECT_FALSE(Event("a", EventKind::kMilitary, {0, 0}, "2016-04-02", "2016-04-02").HasDuration());
  EXPECT_TRUE(Event("a", EventKind::kMilitary, {0, 0}, "2016-04-02", "2016-04-05").HasDuration());
}

TEST(EventMarkers, PeriodFilterKeepsEventsThatTouchIt) {
  const EventMarker exercise = Event("x", EventKind::kMilitary, {0, 0}, "2025-01-20", "2025-02-07");
  EXPECT_TRUE(EventInPeriod(exercise, "2025-02-07", "2025-03-01")) << "last day inside";
  EXPECT_FALSE(EventInPeriod(exercise, "2025-02-08", "")) << "after its end";
  EXPECT_TRUE(EventInPeriod(exercise, "", "2025-01-20")) << "first day inside";
  EXPECT_FALSE(EventInPeriod(exercise, "", "2025-01-19"));
  EXPECT_TRUE(EventInPeriod(exercise, "", ""));
  const EventMarker month = Event("m", EventKind::kPolitical, {0, 0}, "2023-09");
  EXPECT_TRUE(EventInPeriod(month, "2023-09-30", "2023-12-31")) << "a month covers its last day";
  EXPECT_FALSE(EventInPeriod(month, "2023-10-01", ""));
}

TEST(EventMarkers, TypeLayersChooseWhatIsShown) {
  const std::vector<EventMarker> events{Event("a", EventKind::kMilitary, {0, 0}, "2020-01-01"),
                                        Event("b", EventKind::kDiplomatic, {0, 0}, "2020-01-01"),
                                        Event("c", EventKind::kMilitary, {0, 0}, "2020-01-01")};
  LayerVisibility layers;
  EXPECT_EQ(VisibleEvents(events, layers), (std::vector<size_t>{0, 1, 2}));
  layers.Set("events_military", false);
  EXPECT_EQ(VisibleEvents(events, layers), (std::vector<size_t>{1}));
  layers.Set("events_diplomatic", false);
  EXPECT_TRUE(VisibleEvents(events, layers).empty());
}

TEST(EventMarkers, EveryTypeHasItsOwnShapeAndColour) {
  for (const auto& a : EventKinds())
    for (const auto& b : EventKinds()) {
      if (a.kind == b.kind) continue;
      EXPECT_NE(a.shape, b.shape) << a.id << " and " << b.id;
      EXPECT_NE(a.colour, b.colour) << a.id << " and " << b.id;
    }
  for (const auto& k : EventKinds()) EXPECT_TRUE(FindLayer(k.layer)) << k.layer;
}

TEST(EventMarkers, CrowdedMarkersClusterAndSplitWhenZoomedIn) {
  MapView view;
  view.SetViewport(1000, 800, 1.0);
  view.SetCenter({0, 0});
  view.SetLogicalResolution(1000);  // 1 km per pixel
  // Two events 5 km apart and one 300 km away.
  const std::vector<EventMarker> events{Event("a", EventKind::kMilitary, {0, 0}, "2020-01-01"),
                                        Event("b", EventKind::kMilitary, {5000, 0}, "2020-01-01"),
                                        Event("c", EventKind::kMilitary, {300000, 0}, "2020-01-01")};
  std::vector<EventCluster> clusters = ClusterEvents(events, {0, 1, 2}, view, kEventClusterCell);
  ASSERT_EQ(clusters.size(), 2u) << "5 px apart: together; 300 px away: alone";
  EXPECT_EQ(clusters[0].members, (std::vector<size_t>{0, 1}));
  EXPECT_NEAR(clusters[0].position.x, 2500, 1e-6) << "at the members' mean";
  // However the grid falls: shifting the view never splits markers 5 px apart.
  for (double shift : {0.0, 2000.0, 3500.0, 11000.0}) {
    view.SetCenter({shift, 700});
    EXPECT_EQ(ClusterEvents(events, {0, 1, 2}, view, kEventClusterCell).size(), 2u) << shift;
  }
  view.SetLogicalResolution(10);  // 10 m per pixel: 500 px apart
  clusters = ClusterEvents(events, {0, 1, 2}, view, kEventClusterCell);
  EXPECT_EQ(clusters.size(), 3u);
  for (const auto& c : clusters) EXPECT_EQ(c.members.size(), 1u);
  // Identical positions never split.
  const std::vector<EventMarker> same{Event("a", EventKind::kMilitary, {0, 0}, "2020-01-01"),
                                      Event("b", EventKind::kPolitical, {0, 0}, "2020-01-01")};
  clusters = ClusterEvents(same, {0, 1}, view, kEventClusterCell);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].members.size(), 2u);
  EXPECT_GT(EventClusterRadius(2), EventClusterRadius(1));
  EXPECT_GT(EventClusterRadius(40), EventClusterRadius(2));
}

}  // namespace
}  // namespace atlas::map

// How a corridor is drawn for its status on the timeline's date: colour and dash pattern both
// change, so the difference survives colour blindness and black-and-white printing. Data only.
#pragma once
#include <span>
#include <string_view>

#include "map/basemap_style.h"

namespace atlas::map {

struct CorridorStatusStyle {
  std::string_view status;  // as in corridors.json
  std::string_view title;   // for legends: "Open", "Blockaded or closed"
  LineStyle line;
};

std::span<const CorridorStatusStyle> CorridorStatusStyles();
// The style for `status`; unknown or no status: the "planned" style.
const CorridorStatusStyle& CorridorStyleFor(std::string_view status);

}  // namespace atlas::map

// The data credits every view of the map must carry (About panel, exports, README), taken
// from geodata-src/PROVENANCE.md. Text only; no GL, no ImGui.
#pragma once
#include <span>
#include <string_view>

namespace atlas::map {

struct Credit {
  std::string_view what;     // "Country borders (detailed layer)"
  std::string_view line;     // the credit line as it must be shown
  std::string_view licence;  // "ODbL 1.0"
};

std::span<const Credit> DataCredits();
// One compact line for the foot of an exported map.
std::string_view ShortAttribution();

}  // namespace atlas::map

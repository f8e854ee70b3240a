// Corridor status styles; see corridor_style.h.
#include "map/corridor_style.h"

#include <array>

namespace atlas::map {

std::span<const CorridorStatusStyle> CorridorStatusStyles() {
  const Rgba casing = Hex(0xFFFFFF, 220);
  static const std::array kStyles{
      CorridorStatusStyle{"open", "Open", {Hex(0x1B7837), 2.6f, casing, 4.8f}},
      CorridorStatusStyle{"restricted", "Restricted", {Hex(0xE08214), 3.0f, casing, 5.5f, 9.0f, 4.0f}},
      CorridorStatusStyle{"blockaded", "Blockaded", {Hex(0xB2182B), 3.2f, casing, 5.5f, 1.0f, 4.5f}},
      CorridorStatusStyle{"closed", "Closed", {Hex(0x67001F), 2.4f, casing, 4.6f, 10.0f, 3.0f}},
      CorridorStatusStyle{"under_construction", "Under construction", {Hex(0x5E3C99), 2.6f, casing, 5.0f, 12.0f, 4.0f}},
      CorridorStatusStyle{"agreed", "Agreed, not built", {Hex(0x5E3C99), 2.4f, casing, 4.8f, 6.0f, 5.0f}},
      CorridorStatusStyle{"demanded", "Demanded or planned", {Hex(0x8C7BB0), 2.0f, casing, 4.2f, 3.0f, 5.0f}},
      CorridorStatusStyle{"planned", "Demanded or planned", {Hex(0x8C7BB0), 2.0f, casing, 4.2f, 3.0f, 5.0f}},
      CorridorStatusStyle{"defunct", "Defunct", {Hex(0x8A8A8A), 1.8f, casing, 3.8f, 1.0f, 3.5f}},
  };
  return kStyles;
}

const CorridorStatusStyle& CorridorStyleFor(std::string_view status) {
  for (const auto& s : CorridorStatusStyles())
    if (s.status == status) return s;
  return CorridorStatusStyles()[7];  // planned
}

}  // namespace atlas::map

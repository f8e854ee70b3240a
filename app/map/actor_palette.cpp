// Actor colours and names; see actor_palette.h.
#include "map/actor_palette.h"

#include <cstdlib>

namespace atlas::map {
namespace {

constexpr Rgba kUnknown = Hex(0x777777);

// "#RRGGBB" as a colour, or `fallback`.
Rgba FromHex(const std::string& text, Rgba fallback) {
  if (text.size() != 7 || text[0] != '#') return fallback;
  char* end = nullptr;
  const unsigned long rgb = std::strtoul(text.c_str() + 1, &end, 16);
  return end == text.c_str() + 7 ? Hex(uint32_t(rgb)) : fallback;
}

}  // namespace

ActorPalette::ActorPalette(const text::ActorDictionary& actors) {
  for (const text::Actor& a : actors.actors()) {
    colours_[a.id] = FromHex(a.colour, kUnknown);
    names_[a.id] = a.name;
  }
}

Rgba ActorPalette::Colour(const std::string& actor_id) const {
  auto it = colours_.find(actor_id);
  return it == colours_.end() ? kUnknown : it->second;
}

std::string ActorPalette::Name(const std::string& actor_id) const {
  auto it = names_.find(actor_id);
  return it == names_.end() ? actor_id : it->second;
}

}  // namespace atlas::map

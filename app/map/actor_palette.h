// The actors' colours and display names as the map uses them (presence symbols, legends,
// the Actors panel), from the actor dictionary. No GL, no ImGui.
#pragma once
#include <string>
#include <unordered_map>

#include "map/colour.h"
#include "text/actor_dictionary.h"

namespace atlas::map {

class ActorPalette {
 public:
  explicit ActorPalette(const text::ActorDictionary& actors);
  // The actor's colour; a neutral grey for an id the dictionary lacks.
  Rgba Colour(const std::string& actor_id) const;
  // The actor's display name; the id itself when unknown.
  std::string Name(const std::string& actor_id) const;

 private:
  std::unordered_map<std::string, Rgba> colours_;
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace atlas::map

// ActorDictionary: owns the curated actors (names, adjectives, metonyms, people with dated roles,
// members) and their loader for actors.json. No GL, ImGui, SQL or GDAL.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/document_model.h"

namespace atlas::text {

enum class ActorKind { kState, kOrganisation, kAlliance, kNonState };
std::string_view ToString(ActorKind kind);  // "state" | "organisation" | "alliance" | "non_state"

// A spelling as the source lists it, with its language (ISO 639-1).
struct ActorSpelling {
  std::string text;
  std::string language;
};

// A role held from `from` to `to` (both inclusive, at their precision); an unknown `from`
// means the start is not known, an unknown `to` that the role is still held.
struct ActorRole {
  std::string role;
  PartialDate from, to;
};

struct ActorPerson {
  std::string name;
  std::vector<ActorSpelling> aliases;
  std::vector<ActorRole> roles;
  // True when one of the roles was held on some day of `when`'s period; any role counts
  // when `when` is unknown.
  bool HoldsRoleDuring(const PartialDate& when) const;
};

struct Actor {
  std::string id;
  std::string name;  // the display name (also matched)
  ActorKind kind = ActorKind::kState;
  std::string colour;  // "#RRGGBB"
  std::vector<ActorSpelling> names, adjectives, metonyms;
  std::vector<ActorPerson> people;
  std::vector<std::string> members;     // ids of member actors; never expanded when tagging
  std::vector<std::string> avoid_near;  // words that, near a name, mean another referent
};

class ActorDictionary {
 public:
  // Adds an actor; one whose id is already present is rejected (returns false).
  bool Add(Actor actor);

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor* Find(std::string_view id) const;
  int IndexOf(std::string_view id) const;  // -1 when absent
  // The latest date any role starts or ends: how recent the dictionary is. Unknown when
  // no role has a date.
  PartialDate LatestRoleDate() const;

 private:
  std::vector<Actor> actors_;
  std::unordered_map<std::string, int> by_id_;
};

// Reads actors.json. Throws AtlasError naming the file (and the actor) when it cannot be
// read, is not valid JSON, or breaks the format: a missing or mistyped field, a duplicate or
// malformed id, an unknown kind or member, a role date that does not parse or ends first.
ActorDictionary LoadActorDictionary(const std::filesystem::path& file);

// The bundled dictionary (AssetsDir()/actors/actors.json), loaded once.
const ActorDictionary& BundledActorDictionary();

}  // namespace atlas::text

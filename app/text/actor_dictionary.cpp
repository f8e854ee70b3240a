// Actors and their loader; see actor_dictionary.h.
#include "text/actor_dictionary.h"

#include <nlohmann/json.hpp>

#include "text/calendar_arithmetic.h"
#include "text/iso_date.h"
#include "util/atomic_file.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::text {
namespace {

using nlohmann::json;

// A problem in the file's content, said in words that name the actor and field; the loader
// turns it into one AtlasError naming the file.
struct FormatProblem {
  std::string what;
};

[[noreturn]] void Problem(const std::string& where, const std::string& what) { throw FormatProblem{where + ": " + what}; }

const json& Member(const json& object, const char* field, const std::string& where) {
  auto it = object.find(field);
  if (it == object.end()) Problem(where, std::string("missing field '") + field + "'");
  return *it;
}

std::string Text(const json& object, const char* field, const std::string& where) {
  const json& v = Member(object, field, where);
  if (!v.is_string() || v.get_ref<const std::string&>().empty())
    Problem(where, std::string("field '") + field + "' must be a non-empty string");
  return v.get<std::string>();
}

std::vector<std::string> TextList(const json& list, const std::string& where, const std::string& field) {
  if (!list.is_array()) Problem(where, "field '" + field + "' must be a list of strings");
  std::vector<std::string> out;
  for (const json& v : list) {
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
      Problem(where, "field '" + field + "' must be a list of non-empty strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

// {"en": [...], "ru": [...]}: spellings by language; an absent field is an empty list.
std::vector<ActorSpelling> Spellings(const json& object, const char* field, const std::string& where) {
  std::vector<ActorSpelling> out;
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return out;
  if (!it->is_object()) Problem(where, std::string("field '") + field + "' must map languages to lists of spellings");
  for (const auto& [language, list] : it->items())
    for (std::string& s : TextList(list, where, std::string(field) + "." + language)) out.push_back({std::move(s), language});
  return out;
}

bool IsSnakeCaseId(std::string_view id) {
  if (id.empty() || id.front() < 'a' || id.front() > 'z') return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

ActorKind Kind(const std::string& text, const std::string& where) {
  for (ActorKind k : {ActorKind::kState, ActorKind::kOrganisation, ActorKind::kAlliance, ActorKind::kNonState})
    if (text == ToString(k)) return k;
  Problem(where, "unknown kind '" + text + "' (state, organisation, alliance or non_state)");
}

// A role date: YYYY-MM-DD or YYYY-MM, or null (unknown start / still held).
PartialDate RoleDate(const json& role, const char* field, const std::string& where) {
  auto it = role.find(field);
  if (it == role.end() || it->is_null()) return {};
  if (!it->is_string()) Problem(where, std::string("role date '") + field + "' must be a string or null");
  auto date = ParseIsoDate(it->get<std::string>());
  if (!date) Problem(where, std::string("role date '") + field + "' is not YYYY-MM-DD or YYYY-MM: " + it->get<std::string>());
  return *date;
}

ActorPerson Person(const json& j, const std::string& actor_where) {
  if (!j.is_object()) Problem(actor_where, "each of 'people' must be an object");
  ActorPerson person;
  person.name = Text(j, "name", actor_where + ", person");
  const std::string where = actor_where + ", person '" + person.name + "'";
  person.aliases = Spellings(j, "aliases", where);
  const json& roles = Member(j, "roles", where);
  if (!roles.is_array()) Problem(where, "field 'roles' must be a list");
  for (const json& r : roles) {
    if (!r.is_object()) Problem(where, "each role must be an object");
    ActorRole role{Text(r, "role", where), RoleDate(r, "from", where), RoleDate(r, "to", where)};
    if (role.from.known() && role.to.known() && Before(LastDayOf(role.to), FirstDayOf(role.from)))
      Problem(where, "role '" + role.role + "' ends before it begins");
    person.roles.push_back(std::move(role));
  }
  return person;
}

Actor ReadActor(const json& j, size_t index) {
  const std::string at = "actor #" + std::to_string(index + 1);
  if (!j.is_object()) Problem(at, "must be an object");
  Actor a;
  a.id = Text(j, "id", at);
  const std::string where = "actor '" + a.id + "'";
  if (!IsSnakeCaseId(a.id)) Problem(where, "id must be lower_snake_case");
  a.name = Text(j, "name", where);
  a.kind = Kind(Text(j, "kind", where), where);
  if (auto it = j.find("colour"); it != j.end() && !it->is_null()) {
    if (!it->is_string()) Problem(where, "field 'colour' must be a string");
    a.colour = it->get<std::string>();
  }
  a.names = Spellings(j, "names", where);
  a.adjectives = Spellings(j, "adjectives", where);
  a.metonyms = Spellings(j, "metonyms", where);
  if (auto it = j.find("people"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) Problem(where, "field 'people' must be a list");
    for (const json& p : *it) a.people.push_back(Person(p, where));
  }
  if (auto it = j.find("members"); it != j.end() && !it->is_null()) a.members = TextList(*it, where, "members");
  if (auto it = j.find("context"); it != j.end() && !it->is_null()) {
    if (!it->is_object()) Problem(where, "field 'context' must be an object");
    if (auto near = it->find("avoid_near"); near != it->end()) a.avoid_near = TextList(*near, where, "context.avoid_near");
  }
  return a;
}

}  // namespace

std::string_view ToString(ActorKind kind) {
  switch (kind) {
    case ActorKind::kState: return "state";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kAlliance: return "alliance";
    case ActorKind::kNonState: return "non_state";
  }
  return "state";
}

bool ActorPerson::HoldsRoleDuring(const PartialDate& when) const {
  if (!when.known()) return !roles.empty();
  // An open end reaches beyond any date a text can hold; an unknown start began before it.
  static const PartialDate ever_before = YearDate(1, false), ever_after = YearDate(9999, false);
  for (const ActorRole& r : roles)
    if (Overlaps(r.from.known() ? r.from : ever_before, r.to.known() ? r.to : ever_after, when, when)) return true;
  return false;
}

bool ActorDictionary::Add(Actor actor) {
  if (by_id_.count(actor.id)) return false;
  by_id_.emplace(actor.id, static_cast<int>(actors_.size()));
  actors_.push_back(std::move(actor));
  return true;
}

const Actor* ActorDictionary::Find(std::string_view id) const {
  int i = IndexOf(id);
  return i < 0 ? nullptr : &actors_[static_cast<size_t>(i)];
}

int ActorDictionary::IndexOf(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? -1 : it->second;
}

PartialDate ActorDictionary::LatestRoleDate() const {
  PartialDate latest;
  for (const Actor& a : actors_)
    for (const ActorPerson& p : a.people)
      for (const ActorRole& r : p.roles)
        for (const PartialDate& d : {r.from, r.to})
          if (d.known() && (!latest.known() || Before(LastDayOf(latest), LastDayOf(d)))) latest = d;
  return latest;
}

ActorDictionary LoadActorDictionary(const std::filesystem::path& file) {
  const std::string path = file.string();
  json root;
  try {
    root = json::parse(ReadWholeFile(file, size_t(16) << 20));
  } catch (const json::parse_error& e) {
    throw AtlasError(path, "not valid JSON (byte " + std::to_string(e.byte) + ")");
  } catch (const json::exception& e) {  // a number too large for a double, ...
    throw AtlasError(path, std::string("unreadable JSON: ") + e.what());
  }
  ActorDictionary dictionary;
  try {
    if (!root.is_object()) Problem("top level", "must be an object with an 'actors' list");
    const json& list = Member(root, "actors", "top level");
    if (!list.is_array()) Problem("top level", "'actors' must be a list");
    for (size_t i = 0; i < list.size(); ++i) {
      Actor a = ReadActor(list[i], i);
      const std::string id = a.id;
      if (!dictionary.Add(std::move(a))) Problem("actor '" + id + "'", "id is used twice");
    }
    for (const Actor& a : dictionary.actors())
      for (const std::string& m : a.members)
        if (!dictionary.Find(m)) Problem("actor '" + a.id + "'", "member '" + m + "' is not an actor in this file");
  } catch (const FormatProblem& p) {
    throw AtlasError(path, p.what);
  }
  return dictionary;
}

const ActorDictionary& BundledActorDictionary() {
  static const ActorDictionary dictionary = LoadActorDictionary(AssetsDir() / "actors" / "actors.json");
  return dictionary;
}

}  // namespace atlas::text

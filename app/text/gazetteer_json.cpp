// Curated gazetteer JSON; see gazetteer_json.h.
#include "text/gazetteer_json.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "util/error.h"

namespace atlas::text {
namespace {

using nlohmann::json;

json ReadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw AtlasError(path, "cannot open file");
  try {
    return json::parse(in);
  } catch (const json::parse_error& e) {
    throw AtlasError(path, "not valid JSON (byte " + std::to_string(e.byte) + ")");
  } catch (const json::exception& e) {  // a number too large for a double, ...
    throw AtlasError(path, std::string("unreadable JSON: ") + e.what());
  }
}

// Field access that names the entry and field in its error.
class EntryReader {
 public:
  EntryReader(const std::string& path, const json& j, std::string where) : path_(path), j_(j), where_(std::move(where)) {}

  const json& Required(const char* field, json::value_t type) const {
    auto it = j_.find(field);
    if (it == j_.end()) Fail(std::string("missing field '") + field + "'");
    if (!SameType(it->type(), type)) Fail(std::string("field '") + field + "' has the wrong type");
    return *it;
  }
  const json* Optional(const char* field, json::value_t type) const {
    auto it = j_.find(field);
    if (it == j_.end() || it->is_null()) return nullptr;
    if (!SameType(it->type(), type)) Fail(std::string("field '") + field + "' has the wrong type");
    return &*it;
  }
  [[noreturn]] void Fail(const std::string& problem) const { throw AtlasError(path_, where_ + ": " + problem); }

 private:
  static bool SameType(json::value_t have, json::value_t want) {
    auto number = [](json::value_t t) {
      return t == json::value_t::number_float || t == json::value_t::number_integer ||
             t == json::value_t::number_unsigned;
    };
    return have == want || (number(have) && number(want));
  }
  const std::string& path_;
  const json& j_;
  std::string where_;
};

std::vector<std::string> StringList(const EntryReader& r, const json& list, const char* field) {
  std::vector<std::string> out;
  if (!list.is_array()) r.Fail(std::string("field '") + field + "' must be a list of strings");
  for (const auto& v : list) {
    if (!v.is_string()) r.Fail(std::string("field '") + field + "' must be a list of strings");
    out.push_back(v.get<std::string>());
  }
  return out;
}

ContextRules ReadContext(const EntryReader& r, const json& c) {
  ContextRules rules;
  auto flag = [&](const char* name) {
    auto it = c.find(name);
    if (it == c.end()) return false;
    if (!it->is_boolean()) r.Fail(std::string("context field '") + name + "' must be true or false");
    return it->get<bool>();
  };
  rules.person_first_name = flag("person_first_name");
  rules.case_sensitive = flag("case_sensitive");
  if (auto it = c.find("avoid_near"); it != c.end()) rules.avoid_near = StringList(r, *it, "avoid_near");
  if (auto it = c.find("prefer_kind_when"); it != c.end()) {
    if (!it->is_object()) r.Fail("context field 'prefer_kind_when' must be an object");
    for (const auto& [kind_name, words] : it->items()) {
      PlaceKind kind;
      if (!ParsePlaceKind(kind_name, &kind)) r.Fail("prefer_kind_when: unknown kind '" + kind_name + "'");
      rules.prefer_kind_when.emplace_back(kind, StringList(r, words, "prefer_kind_when"));
    }
  }
  return rules;
}

GazetteerEntry ReadEntry(const std::string& path, const json& j, size_t index) {
  std::string where = "entry " + std::to_string(index + 1);
  if (!j.is_object()) throw AtlasError(path, where + ": not an object");
  if (auto it = j.find("id"); it != j.end() && it->is_string()) where += " (\"" + it->get<std::string>() + "\")";
  EntryReader r(path, j, where);
  GazetteerEntry e;
  e.id = r.Required("id", json::value_t::string).get<std::string>();
  std::string kind = r.Required("kind", json::value_t::string).get<std::string>();
  if (!ParsePlaceKind(kind, &e.kind)) r.Fail("unknown kind '" + kind + "'");
  e.name = r.Required("name", json::value_t::string).get<std::string>();
  e.lat = r.Required("lat", json::value_t::number_float).get<double>();
  e.lon = r.Required("lon", json::value_t::number_float).get<double>();
  if (e.lat < -90 || e.lat > 90 || e.lon < -180 || e.lon > 180) r.Fail("lat/lon out of range");
  if (auto* v = r.Optional("country", json::value_t::string)) e.country = v->get<std::string>();
  if (auto* v = r.Optional("importance", json::value_t::number_integer)) e.importance = v->get<int>();
  if (auto* v = r.Optional("geonames_id", json::value_t::number_integer)) e.geonames_id = v->get<int64_t>();
  if (auto* v = r.Optional("capital", json::value_t::boolean)) e.seat_of_government = v->get<bool>();
  if (auto* v = r.Optional("seat_of_government", json::value_t::boolean)) e.seat_of_government = v->get<bool>();
  if (auto* v = r.Optional("labels", json::value_t::object))
    for (const auto& [convention, label] : v->items())
      if (label.is_string()) e.labels[convention] = label.get<std::string>();
  const json& names = r.Required("names", json::value_t::object);
  for (const auto& [language, list] : names.items())
    for (auto& text : StringList(r, list, "names")) e.names.push_back({std::move(text), language});
  e.names.push_back({e.name, "en"});  // the display name always matches
  if (auto* v = r.Optional("context", json::value_t::object)) {
    e.context = ReadContext(r, *v);
    if (auto it = v->find("seat_of_government"); it != v->end() && it->is_boolean()) e.seat_of_government = it->get<bool>();
  }
  if (auto* v = r.Optional("alternatives", json::value_t::array)) e.alternatives = StringList(r, *v, "alternatives");
  e.source = EntrySource::kCurated;
  return e;
}

}  // namespace

void LoadCuratedPlaces(const std::string& path, Gazetteer* gazetteer) {
  json root = ReadJson(path);
  if (!root.is_object()) throw AtlasError(path, "expected a JSON object at the top");
  auto entries = root.find("entries");
  if (entries == root.end() || !entries->is_array()) throw AtlasError(path, "missing list 'entries'");
  for (size_t i = 0; i < entries->size(); ++i) {
    GazetteerEntry e = ReadEntry(path, (*entries)[i], i);
    std::string id = e.id;
    if (!gazetteer->Add(std::move(e))) throw AtlasError(path, "entry " + std::to_string(i + 1) + ": duplicate id '" + id + "'");
  }
  for (const auto& e : gazetteer->entries())
    for (const auto& alt : e.alternatives)
      if (!gazetteer->Find(alt)) throw AtlasError(path, "entry \"" + e.id + "\": unknown alternative '" + alt + "'");
}

void LoadNotPlaces(const std::string& path, Gazetteer* gazetteer) {
  json root = ReadJson(path);
  auto phrases = root.is_object() ? root.find("phrases") : root.end();
  if (!root.is_object() || phrases == root.end() || !phrases->is_array())
    throw AtlasError(path, "missing list 'phrases'");
  size_t index = 0;
  for (const auto& p : *phrases) {
    ++index;
    auto text = p.is_object() ? p.find("text") : p.end();
    if (!p.is_object() || text == p.end() || !text->is_string() || text->get<std::string>().empty())
      throw AtlasError(path, "phrase " + std::to_string(index) + ": missing field 'text'");
    gazetteer->AddNotPlace(text->get<std::string>());
  }
}

}  // namespace atlas::text

// The gazetteer cache file; see gazetteer_cache.h. Format: magic, key, the not-place
// phrases, then every entry field by field in gazetteer order.
#include "text/gazetteer_cache.h"

#include <cstring>

#include "util/binary_record.h"
#include "util/cache_file.h"
#include "util/data_paths.h"
#include "util/file_stamp.h"

namespace atlas::text {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'G', 'A', 'Z', '0', '1'};

void WriteStrings(BinaryWriter& w, const std::vector<std::string>& v) {
  w.Pod<uint64_t>(v.size());
  for (const std::string& s : v) w.String(s);
}

// Counts are checked against what remains, so a damaged count cannot ask for a huge vector.
bool ReadCount(BinaryReader& r, uint64_t* n) {
  *n = r.Pod<uint64_t>();
  return r.ok() && *n <= r.remaining();
}

bool ReadStrings(BinaryReader& r, std::vector<std::string>* v) {
  uint64_t n = 0;
  if (!ReadCount(r, &n)) return false;
  v->clear();
  v->reserve(n);
  for (uint64_t i = 0; i < n && r.ok(); ++i) v->push_back(r.String());
  return r.ok();
}

void WriteEntry(BinaryWriter& w, const GazetteerEntry& e) {
  w.String(e.id);
  w.Pod(int32_t(e.kind));
  w.String(e.name);
  w.Pod(e.lat);
  w.Pod(e.lon);
  w.String(e.country);
  w.Pod(int32_t(e.importance));
  w.Pod(e.geonames_id);
  w.Pod(e.population);
  w.Pod<uint64_t>(e.labels.size());
  for (const auto& [convention, label] : e.labels) {
    w.String(convention);
    w.String(label);
  }
  w.Pod<uint64_t>(e.names.size());
  for (const PlaceName& n : e.names) {
    w.String(n.text);
    w.String(n.language);
  }
  w.Pod(uint8_t(e.context.person_first_name));
  w.Pod(uint8_t(e.context.case_sensitive));
  WriteStrings(w, e.context.avoid_near);
  w.Pod<uint64_t>(e.context.prefer_kind_when.size());
  for (const auto& [kind, words] : e.context.prefer_kind_when) {
    w.Pod(int32_t(kind));
    WriteStrings(w, words);
  }
  WriteStrings(w, e.alternatives);
  w.Pod(uint8_t(e.seat_of_government));
  w.Pod(int32_t(e.source));
}

bool ReadKind(BinaryReader& r, PlaceKind* kind) {
  const auto k = r.Pod<int32_t>();
  if (k < int32_t(PlaceKind::kPlace) || k > int32_t(PlaceKind::kCountry)) return false;
  *kind = PlaceKind(k);
  return r.ok();
}

bool ReadEntry(BinaryReader& r, GazetteerEntry* e) {
  e->id = r.String();
  if (!ReadKind(r, &e->kind)) return false;
  e->name = r.String();
  e->lat = r.Pod<double>();
  e->lon = r.Pod<double>();
  e->country = r.String();
  e->importance = r.Pod<int32_t>();
  e->geonames_id = r.Pod<int64_t>();
  e->population = r.Pod<int64_t>();
  uint64_t n = 0;
  if (!ReadCount(r, &n)) return false;
  for (uint64_t i = 0; i < n && r.ok(); ++i) {
    std::string convention = r.String();
    e->labels[std::move(convention)] = r.String();
  }
  if (!ReadCount(r, &n)) return false;
  e->names.resize(n);
  for (PlaceName& name : e->names) {
    name.text = r.String();
    name.language = r.String();
  }
  e->context.person_first_name = r.Pod<uint8_t>() != 0;
  e->context.case_sensitive = r.Pod<uint8_t>() != 0;
  if (!ReadStrings(r, &e->context.avoid_near) || !ReadCount(r, &n)) return false;
  e->context.prefer_kind_when.resize(n);
  for (auto& [kind, words] : e->context.prefer_kind_when)
    if (!ReadKind(r, &kind) || !ReadStrings(r, &words)) return false;
  if (!ReadStrings(r, &e->alternatives)) return false;
  e->seat_of_government = r.Pod<uint8_t>() != 0;
  const auto source = r.Pod<int32_t>();
  if (source < int32_t(EntrySource::kCurated) || source > int32_t(EntrySource::kNaturalEarth)) return false;
  e->source = EntrySource(source);
  return r.ok();
}

}  // namespace

std::string GazetteerCacheKey(const GazetteerSources& sources) {
  std::string key;
  for (const std::string& file : {sources.curated_places, sources.not_places, sources.geodata, sources.word_list})
    key += (file.empty() ? std::string("-") : FileStamp(file)) + "\n";
  return key + ProgramStamp();
}

std::string SerializeGazetteer(const Gazetteer& gazetteer, std::string_view key) {
  BinaryWriter w;
  for (char c : kMagic) w.Pod(c);
  w.String(key);
  WriteStrings(w, gazetteer.not_places());
  w.Pod<uint64_t>(gazetteer.entries().size());
  for (const GazetteerEntry& e : gazetteer.entries()) WriteEntry(w, e);
  return w.Sealed();
}

bool DeserializeGazetteer(std::string_view bytes, std::string_view key, Gazetteer* out) {
  BinaryReader r = BinaryReader::Sealed(bytes);
  char magic[sizeof kMagic];
  for (char& c : magic) c = r.Pod<char>();
  if (!r.ok() || std::memcmp(magic, kMagic, sizeof magic) != 0 || r.String() != key) return false;
  std::vector<std::string> not_places;
  uint64_t n = 0;
  if (!ReadStrings(r, &not_places) || !ReadCount(r, &n)) return false;
  Gazetteer g;
  for (std::string& phrase : not_places) g.AddNotPlace(std::move(phrase));
  for (uint64_t i = 0; i < n; ++i) {
    GazetteerEntry e;
    if (!ReadEntry(r, &e) || !g.Add(std::move(e))) return false;  // Add refuses empty and repeated ids
  }
  if (!r.done()) return false;
  *out = std::move(g);
  return true;
}

Gazetteer LoadGazetteerCached(const GazetteerSources& sources, const fs::path& cache_file) {
  if (cache_file.empty()) return LoadGazetteer(sources);
  const std::string key = GazetteerCacheKey(sources);
  Gazetteer cached;
  if (const auto bytes = ReadCacheFile(cache_file, size_t(64) << 20); bytes && DeserializeGazetteer(*bytes, key, &cached))
    return cached;
  Gazetteer built = LoadGazetteer(sources);
  WriteCacheFile(cache_file, SerializeGazetteer(built, key));
  return built;
}

fs::path GazetteerCacheFile(const fs::path& cache_dir) { return ProgramCacheFile(cache_dir, "gazetteer"); }

const Gazetteer& BundledGazetteer() {
  static const Gazetteer gazetteer =
      LoadGazetteerCached(GazetteerSources::Bundled(), GazetteerCacheFile(UserCacheDir()));
  return gazetteer;
}

}  // namespace atlas::text

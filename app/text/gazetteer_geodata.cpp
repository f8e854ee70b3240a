// Bulk gazetteer sources from the basemap GeoPackage; the rules are listed in the header.
#include "text/gazetteer_geodata.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "text/text_normalizer.h"
#include "util/error.h"

namespace atlas::text {
namespace {

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

int KindGroup(PlaceKind k) { return k == PlaceKind::kCountry ? 2 : k == PlaceKind::kCorridor ? 3 : k == PlaceKind::kRegion ? 1 : 0; }

double MergeRadiusKm(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return 1e9;
    case PlaceKind::kRegion: return 150;
    default: return 30;
  }
}

std::string Slug(std::string_view name) {
  std::string folded = TextNormalizer::Instance().FoldString(name), out;
  for (unsigned char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += static_cast<char>(c);
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::vector<std::string> SplitCommas(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (; s && *s; ++s) {
    if (*s == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += *s;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// One entry offered by a bulk source, with the names it brings.
struct Offer {
  GazetteerEntry entry;
  std::vector<std::string> names;  // primary name first
  bool check_words = true;         // countries skip the word list ("Turkey", "Chad")
};

bool Famous(const Offer& offer) { return offer.entry.population >= 500000; }

class Admitter {
 public:
  Admitter(Gazetteer* g, const CommonWords& words) : g_(g), words_(words) {
    const auto& norm = TextNormalizer::Instance();
    for (size_t i = 0; i < g->entries().size(); ++i)
      for (const auto& n : g->entries()[i].names) {
        std::string f = norm.FoldString(n.text);
        reserved_.insert(f);
        owner_.emplace(f, static_cast<int>(i));
      }
    for (const auto& p : g->not_places()) reserved_.insert(norm.FoldString(p));
  }

  void set_banned(std::unordered_set<std::string> banned) { banned_ = std::move(banned); }

  void Consider(Offer offer) {
    const auto& norm = TextNormalizer::Instance();
    if (offer.names.empty()) return;
    std::string primary = norm.FoldString(offer.names.front());
    GazetteerEntry* target = offer.entry.geonames_id > 0 ? g_->FindByGeoNamesId(offer.entry.geonames_id) : nullptr;
    if (!target) target = SamePlace(offer.entry, primary);
    if (target) return Merge(offer, target);
    if (!AcceptBulkName(offer.names.front(), primary, offer.check_words ? words_ : no_words_, Famous(offer))) return;
    if (Taken(primary, -1)) return;
    int index = static_cast<int>(g_->entries().size());
    GazetteerEntry e = std::move(offer.entry);
    e.names.clear();
    std::unordered_set<std::string> seen;
    for (size_t i = 0; i < offer.names.size(); ++i) {
      std::string f = norm.FoldString(offer.names[i]);
      if (!seen.insert(f).second || Taken(f, index) || (i > 0 && banned_.count(f))) continue;
      if (!AcceptBulkName(offer.names[i], f, offer.check_words ? words_ : no_words_, Famous(offer))) continue;
      e.names.push_back({offer.names[i], i == 0 ? "en" : "other"});
      owner_.emplace(f, index);
    }
    if (!g_->Add(std::move(e))) owner_.erase(primary);
  }

 private:
  bool Taken(const std::string& folded, int by) const {
    if (reserved_.count(folded)) return true;
    auto it = owner_.find(folded);
    return it != owner_.end() && it->second != by;
  }

  GazetteerEntry* SamePlace(const GazetteerEntry& e, const std::string& primary) {
    auto it = owner_.find(primary);
    if (it == owner_.end()) return nullptr;
    GazetteerEntry& other = g_->mutable_entries()[static_cast<size_t>(it->second)];
    if (KindGroup(other.kind) != KindGroup(e.kind)) return nullptr;
    if (DistanceKm(e.lat, e.lon, other.lat, other.lon) > std::max(MergeRadiusKm(e.kind), MergeRadiusKm(other.kind))) return nullptr;
    return &other;
  }

  // Adds the offer's acceptable names to an existing entry; curated names stay as they are.
  void Merge(const Offer& offer, GazetteerEntry* target) {
    const auto& norm = TextNormalizer::Instance();
    int index = static_cast<int>(target - g_->entries().data());
    target->population = std::max(target->population, offer.entry.population);
    target->seat_of_government = target->seat_of_government || offer.entry.seat_of_government;
    for (size_t i = 0; i < offer.names.size(); ++i) {
      std::string f = norm.FoldString(offer.names[i]);
      auto it = owner_.find(f);
      if (it != owner_.end()) continue;  // already this entry's, or another's
      if (reserved_.count(f) || banned_.count(f)) continue;
      if (!AcceptBulkName(offer.names[i], f, offer.check_words ? words_ : no_words_, Famous(offer))) continue;
      target->names.push_back({offer.names[i], "other"});
      owner_.emplace(f, index);
    }
  }

  Gazetteer* g_;
  const CommonWords& words_;
  CommonWords no_words_;
  std::unordered_set<std::string> reserved_;  // curated names and not-place phrases, folded
  std::unordered_set<std::string> banned_;    // alternates shared by distant places
  std::unordered_map<std::string, int> owner_;
};

OGRLayer* RequireLayer(GDALDataset* ds, const std::string& path, const char* name) {
  OGRLayer* layer = ds->GetLayerByName(name);
  if (!layer) throw AtlasError(path, std::string("no layer '") + name + "'");
  return layer;
}

bool PointOf(OGRFeature& f, double* lat, double* lon) {
  OGRGeometry* g = f.GetGeometryRef();
  if (!g) return false;
  OGRPoint p;
  if (wkbFlatten(g->getGeometryType()) == wkbPoint) {
    p = *g->toPoint();
  } else if (g->Centroid(&p) != OGRERR_NONE) {
    return false;
  }
  *lon = p.getX();
  *lat = p.getY();
  return std::isfinite(*lat) && std::isfinite(*lon);
}

std::string CountryCode(std::string_view country_name) {
  static const std::unordered_map<std::string_view, std::string> kCodes = {
      {"Armenia", "AM"}, {"Azerbaijan", "AZ"}, {"Georgia", "GE"}, {"Turkey", "TR"}, {"Iran", "IR"},
      {"Russia", "RU"},  {"Iraq", "IQ"},       {"Syria", "SY"},   {"Kazakhstan", "KZ"}};
  auto it = kCodes.find(country_name);
  return it == kCodes.end() ? std::string() : it->second;
}

void OfferCountries(GDALDataset* ds, const std::string& path, Admitter* admit) {
  for (auto& f : *RequireLayer(ds, path, "world_countries")) {
    std::string name = f->GetFieldAsString("name");
    Offer o;
    if (name.find('.') != std::string::npos || !PointOf(*f, &o.entry.lat, &o.entry.lon)) continue;
    o.entry.id = "ne_country_" + Slug(f->GetFieldAsString("iso_a3"));
    o.entry.kind = PlaceKind::kCountry;
    o.entry.name = name;
    o.entry.importance = 2;
    o.entry.source = EntrySource::kNaturalEarth;
    o.names = {name};
    o.check_words = false;
    admit->Consider(std::move(o));
  }
}

void OfferCapitals(GDALDataset* ds, const std::string& path, Admitter* admit) {
  for (auto& f : *RequireLayer(ds, path, "world_places")) {
    Offer o;
    if (!PointOf(*f, &o.entry.lat, &o.entry.lon)) continue;
    std::string name = f->GetFieldAsString("NAME_EN"), local = f->GetFieldAsString("NAME");
    if (name.empty()) name = local;
    o.entry.id = "ne_place_" + Slug(name);
    o.entry.name = name;
    o.entry.country = f->GetFieldAsString("ISO_A2");
    o.entry.population = f->GetFieldAsInteger64("POP_MAX");
    o.entry.seat_of_government = std::string_view(f->GetFieldAsString("FEATURECLA")).starts_with("Admin-0 capital");
    o.entry.importance = 3;
    o.entry.source = EntrySource::kNaturalEarth;
    o.names = {name};
    if (local != name) o.names.push_back(local);
    o.check_words = false;  // a short list of world cities whose names are in any dictionary
    admit->Consider(std::move(o));
  }
}

bool IsLatinName(std::string_view name) {
  for (unsigned char c : name)
    if (c >= 0x80) return c < 0xCA;  // the first non-ASCII lead byte: Latin letters are below U+0280
  return true;
}

bool BigEnough(std::string_view fcode, int64_t population) {
  if (fcode == "PPLC" || fcode == "PPLA") return true;
  if (fcode == "PPLA2") return population >= 5000;
  if (fcode == "PPL" || fcode == "PPLA3") return population >= 15000;
  return false;  // PPLX sections, PPLQ abandoned, PPLW destroyed
}

void OfferGeoNamesTowns(GDALDataset* ds, const std::string& path, Gazetteer* g, Admitter* admit) {
  std::vector<Offer> offers;
  for (auto& f : *RequireLayer(ds, path, "places")) {
    Offer o;
    if (!PointOf(*f, &o.entry.lat, &o.entry.lon)) continue;
    o.entry.geonames_id = f->GetFieldAsInteger64("geonameid");
    o.entry.population = f->GetFieldAsInteger64("population");
    std::string fcode = f->GetFieldAsString("fcode");
    bool curated = g->FindByGeoNamesId(o.entry.geonames_id) != nullptr;
    if (!curated && !BigEnough(fcode, o.entry.population)) continue;
    o.entry.id = "gn_" + std::to_string(o.entry.geonames_id);
    o.entry.name = f->GetFieldAsString("name");
    o.entry.country = f->GetFieldAsString("country");
    o.entry.seat_of_government = fcode == "PPLC";
    o.entry.importance = o.entry.population >= 1000000 ? 2 : o.entry.population >= 100000 ? 3 : 4;
    o.entry.source = EntrySource::kGeoNames;
    o.names = {o.entry.name, f->GetFieldAsString("asciiname")};
    // Small towns' Latin alternates are mostly old names and namesakes (Karayazı's
    // "Bayraktar"); only cities of 100,000 keep them (Tiflis, Erivan).
    bool latin_alternates = curated || o.entry.population >= 100000;
    for (auto& alt : SplitCommas(f->GetFieldAsString("alternatenames")))
      if (latin_alternates || !IsLatinName(alt)) o.names.push_back(std::move(alt));
    offers.push_back(std::move(o));
  }
  // Rule 4: alternates that name places far apart identify none of them.
  const auto& norm = TextNormalizer::Instance();
  std::unordered_map<std::string, std::pair<double, double>> first_seen;
  std::unordered_set<std::string> banned;
  for (const auto& o : offers)
    for (size_t i = 1; i < o.names.size(); ++i) {
      std::string f = norm.FoldString(o.names[i]);
      auto [it, fresh] = first_seen.emplace(f, std::make_pair(o.entry.lat, o.entry.lon));
      if (!fresh && DistanceKm(it->second.first, it->second.second, o.entry.lat, o.entry.lon) > 50) banned.insert(f);
    }
  admit->set_banned(std::move(banned));
  std::stable_sort(offers.begin(), offers.end(),
                   [](const Offer& a, const Offer& b) { return a.entry.population > b.entry.population; });
  for (auto& o : offers) admit->Consider(std::move(o));
  admit->set_banned({});
}

void OfferRegions(GDALDataset* ds, const std::string& path, Admitter* admit) {
  for (auto& f : *RequireLayer(ds, path, "admin1")) {
    Offer o;
    std::string name = f->GetFieldAsString("name");
    std::string cc = CountryCode(f->GetFieldAsString("country"));
    o.entry.lat = f->GetFieldAsDouble("label_lat");
    o.entry.lon = f->GetFieldAsDouble("label_lon");
    if (name.empty() || name.find('.') != std::string::npos) continue;
    o.entry.id = "ne_admin1_" + Slug(cc) + "_" + Slug(name);
    o.entry.kind = PlaceKind::kRegion;
    o.entry.name = name;
    o.entry.country = cc;
    o.entry.importance = 3;
    o.entry.source = EntrySource::kNaturalEarth;
    o.names = {name};
    admit->Consider(std::move(o));
  }
}

}  // namespace

bool AcceptBulkName(std::string_view name, std::string_view folded, const CommonWords& words, bool famous) {
  const auto* s = reinterpret_cast<const uint8_t*>(name.data());
  int32_t i = 0, n = static_cast<int32_t>(name.size());
  int letters = 0, upper = 0;
  bool latin = false, first_letter_upper = false;
  UScriptCode script = USCRIPT_INVALID_CODE;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || u_isdigit(c)) return false;
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &status);
    if (sc == USCRIPT_COMMON || sc == USCRIPT_INHERITED) continue;
    if (sc != USCRIPT_LATIN && sc != USCRIPT_CYRILLIC && sc != USCRIPT_ARMENIAN && sc != USCRIPT_GEORGIAN &&
        sc != USCRIPT_ARABIC)
      return false;
    if (script != USCRIPT_INVALID_CODE && sc != script) return false;  // mixed scripts
    script = sc;
    if (letters == 0) first_letter_upper = u_isupper(c);
    ++letters;
    upper += u_isupper(c) ? 1 : 0;
  }
  latin = script == USCRIPT_LATIN;
  if (letters < 4) return false;
  if (latin && (!first_letter_upper || upper == letters)) return false;
  if (latin && (words.IsOrdinaryWord(folded) || (!famous && words.IsProperName(folded)))) return false;
  return true;
}

void AddGeodataPlaces(const std::string& gpkg_path, const CommonWords& words, Gazetteer* gazetteer) {
  GDALAllRegister();
  GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg_path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!ds) throw AtlasError(gpkg_path, "cannot open as a GeoPackage");
  Admitter admit(gazetteer, words);
  OfferCountries(ds.get(), gpkg_path, &admit);
  OfferCapitals(ds.get(), gpkg_path, &admit);
  OfferGeoNamesTowns(ds.get(), gpkg_path, gazetteer, &admit);
  OfferRegions(ds.get(), gpkg_path, &admit);
}

}  // namespace atlas::text

// Admits places from the bundled basemap (GeoNames towns, Natural Earth countries, capitals
// and admin-1 regions) into a Gazetteer that already holds the curated entries, by the
// rules below. Owns those admission rules; reads through GDAL/OGR; no GL, ImGui or SQL.
#pragma once
#include <string>
#include <string_view>

#include "text/common_words.h"
#include "text/gazetteer.h"

namespace atlas::text {

// Admission rules (curated entries always win):
//  1. A GeoNames row whose geonameid a curated entry names is merged into it: population,
//     capital flag, and its alternate names that pass the name filter (rule 6).
//  2. A row naming the same place as an entry already present (same folded primary name,
//     same kind group, within 30 km for places, 150 km for regions, any distance for
//     countries) is merged into that entry the same way.
//  3. Otherwise a new entry is admitted only if it is big enough: Natural Earth countries
//     and capitals always; GeoNames PPLC/PPLA always, PPLA2 from 5,000 inhabitants,
//     PPL/PPLA3 from 15,000; PPLX/PPLQ/PPLW never; Natural Earth admin-1 regions always.
//     Sources are taken in the order countries, capitals, towns (largest first), regions,
//     so a name already taken by an earlier entry elsewhere is not given to a later one.
//  4. An alternate name used by GeoNames rows more than 50 km apart is dropped from all.
//  5. A town below 100,000 inhabitants keeps only its non-Latin alternates (its Latin ones
//     are mostly old names and namesakes: Karayazı's "Bayraktar").
//  6. Name filter for bulk names: Latin, Cyrillic, Armenian, Georgian or Arabic script
//     only; at least 4 letters; no digits; not an all-capitals code (TBZ); Latin names
//     must begin with a capital (drops lowercase romanisations); a Latin name that is an
//     ordinary word of the word list (van, of, lice) is dropped, and so is one listed there
//     as a proper name (Batman, Kurt, Ararat, Zara) unless the place is a city of 500,000
//     (Tabriz, Tbilisi); so is any name of a curated entry or a not-place phrase.
// Throws AtlasError naming the file when it cannot be opened or lacks a layer.
void AddGeodataPlaces(const std::string& gpkg_path, const CommonWords& words, Gazetteer* gazetteer);

// Rule 6 for one name; `folded` is its TextNormalizer fold.
// `famous`: a city of 500,000 or more, whose name may be a proper name of the word list.
bool AcceptBulkName(std::string_view name, std::string_view folded, const CommonWords& words, bool famous = false);

}  // namespace atlas::text

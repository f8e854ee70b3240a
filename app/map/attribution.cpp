// Credit lines for the bundled data; see attribution.h and geodata-src/PROVENANCE.md.
#include "map/attribution.h"

#include <array>

namespace atlas::map {

std::span<const Credit> DataCredits() {
  static constexpr std::array kCredits{
      Credit{"Land, coasts and international borders",
             "Country borders (detailed layer) © OpenStreetMap contributors, ODbL 1.0, via geo-maps (simonepri).",
             "ODbL 1.0"},
      Credit{"Rivers, lakes, disputed areas, provinces, wider world",
             "Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.", "public domain"},
      Credit{"Town names and positions", "Place names: GeoNames (geonames.org), CC BY 4.0.", "CC BY 4.0"},
      Credit{"Shaded relief", "Relief: ETOPO5, NOAA National Geophysical Data Center.", "public domain"},
      Credit{"Fonts", "Noto Sans, Noto Sans Armenian, Arabic and Georgian © Google, SIL Open Font License 1.1.",
             "OFL 1.1"},
  };
  return kCredits;
}

std::string_view ShortAttribution() {
  return "© OpenStreetMap contributors (ODbL) · Natural Earth · GeoNames (CC BY 4.0) · ETOPO5 NOAA/NGDC";
}

}  // namespace atlas::map

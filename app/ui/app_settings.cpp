// Settings file; see app_settings.h.
#include "ui/app_settings.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <system_error>

#include "util/atomic_file.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::ui {
namespace fs = std::filesystem;
using nlohmann::json;

fs::path SettingsPath() { return UserConfigDir() / "settings.json"; }

namespace {

AppSettings Parse(const json& j) {
  AppSettings s;
  if (!j.is_object() || j.value("version", 0) != AppSettings::kVersion) throw std::runtime_error("unknown version");
  if (j.contains("view")) {
    const json& v = j.at("view");
    s.center_lon = v.at("lon").get<double>();
    s.center_lat = v.at("lat").get<double>();
    s.zoom = v.at("zoom").get<double>();
  }
  if (j.contains("layers"))
    for (const auto& [id, on] : j.at("layers").items())
      if (map::FindLayer(id)) s.layers.Set(id, on.get<bool>());
  if (j.contains("naming"))
    s.naming = map::ParseNamingConvention(j.at("naming").get<std::string>()).value_or(s.naming);
  if (j.contains("filter")) {
    s.filter.date_from = j.at("filter").value("from", "");
    s.filter.date_to = j.at("filter").value("to", "");
    s.filter.actors = j.at("filter").value("actors", std::vector<std::string>{});
  }
  if (j.contains("panels")) {
    const json& p = j.at("panels");
    s.show_layers = p.value("layers", true);
    s.show_sources = p.value("sources", true);
    s.show_timeline = p.value("timeline", true);
    s.show_actors = p.value("actors", false);
  }
  return s;
}

}  // namespace

AppSettings LoadSettings(const fs::path& path, std::string* notice) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return {};
  try {
    return Parse(json::parse(ReadWholeFile(path, 1 << 20)));
  } catch (const std::exception&) {
    const auto stamp = std::chrono::system_clock::now().time_since_epoch() / std::chrono::seconds(1);
    fs::path aside = path;
    aside += ".corrupt-" + std::to_string(stamp);
    fs::rename(path, aside, ec);
    if (notice)
      *notice = path.string() + " could not be read; it was set aside as " + aside.filename().string() +
                " and defaults are used";
    return {};
  }
}

void SaveSettings(const fs::path& path, const AppSettings& s) {
  json j;
  j["version"] = AppSettings::kVersion;
  if (s.center_lon && s.center_lat && s.zoom) j["view"] = {{"lon", *s.center_lon}, {"lat", *s.center_lat}, {"zoom", *s.zoom}};
  json layers = json::object();
  for (const auto& [id, on] : s.layers.all()) layers[id] = on;
  j["layers"] = layers;
  j["naming"] = std::string(map::NamingConventionId(s.naming));
  j["filter"] = {{"from", s.filter.date_from}, {"to", s.filter.date_to}, {"actors", s.filter.actors}};
  j["panels"] = {{"layers", s.show_layers},
                 {"sources", s.show_sources},
                 {"timeline", s.show_timeline},
                 {"actors", s.show_actors}};
  WriteFileAtomically(path, j.dump(2) + "\n");
}

}  // namespace atlas::ui

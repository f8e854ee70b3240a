// Label choice per naming convention; see naming_convention.h.
#include "map/naming_convention.h"

#include <array>

namespace atlas::map {
namespace {

std::string Label(const text::GazetteerEntry& e, const char* key) {
  if (auto it = e.labels.find(key); it != e.labels.end() && !it->second.empty()) return it->second;
  if (auto it = e.labels.find("intl"); it != e.labels.end() && !it->second.empty()) return it->second;
  return e.name;
}

}  // namespace

std::span<const NamingConventionInfo> NamingConventions() {
  static constexpr std::array kConventions{
      NamingConventionInfo{NamingConvention::kInternational, "intl", "international", "International (English)"},
      NamingConventionInfo{NamingConvention::kArmenian, "hy", "armenian", "Armenian usage"},
      NamingConventionInfo{NamingConvention::kAzerbaijani, "az", "azerbaijani", "Azerbaijani usage"},
      NamingConventionInfo{NamingConvention::kBoth, "both", "both", "Both (Armenian / Azerbaijani)"},
  };
  return kConventions;
}

std::optional<NamingConvention> ParseNamingConvention(std::string_view id) {
  for (const auto& c : NamingConventions())
    if (c.id == id || c.word == id) return c.convention;
  return std::nullopt;
}

std::string_view NamingConventionId(NamingConvention c) {
  for (const auto& info : NamingConventions())
    if (info.convention == c) return info.id;
  return "intl";
}

std::string LabelFor(const text::GazetteerEntry& entry, NamingConvention convention) {
  switch (convention) {
    case NamingConvention::kInternational: return Label(entry, "intl");
    case NamingConvention::kArmenian: return Label(entry, "hy");
    case NamingConvention::kAzerbaijani: return Label(entry, "az");
    case NamingConvention::kBoth: {
      const std::string hy = Label(entry, "hy"), az = Label(entry, "az");
      return hy == az ? hy : hy + " / " + az;
    }
  }
  return entry.name;
}

}  // namespace atlas::map

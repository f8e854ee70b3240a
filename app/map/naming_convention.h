// Which name a label shows for a contested place: international (English) usage, Armenian
// usage, Azerbaijani usage, or both ("Stepanakert / Khankendi"). No GL, no ImGui.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "text/gazetteer.h"

namespace atlas::map {

enum class NamingConvention { kInternational, kArmenian, kAzerbaijani, kBoth };

struct NamingConventionInfo {
  NamingConvention convention;
  std::string_view id;     // in view and settings files: "intl", "hy", "az", "both"
  std::string_view word;   // also accepted, as people write it: "international", "armenian", ...
  std::string_view title;  // in menus
};
std::span<const NamingConventionInfo> NamingConventions();
// By id or by word ("az" or "azerbaijani").
std::optional<NamingConvention> ParseNamingConvention(std::string_view id);
std::string_view NamingConventionId(NamingConvention c);

// The label of `entry` under `convention`. "Both" joins the Armenian and Azerbaijani usages
// when they differ ("Stepanakert / Khankendi", "Shushi / Shusha") and is the plain name when
// they agree.
std::string LabelFor(const text::GazetteerEntry& entry, NamingConvention convention);

}  // namespace atlas::map

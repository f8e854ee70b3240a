// Splitting a phrase into its space-separated words (runs of spaces give no empty words), as
// the lexicons and name lists spell their entries. Header-only; no dependencies.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace atlas {

inline std::vector<std::string> SplitOnSpaces(std::string_view s) {
  std::vector<std::string> words;
  for (size_t at = 0; at < s.size();) {
    size_t space = s.find(' ', at);
    if (space == std::string_view::npos) space = s.size();
    if (space > at) words.emplace_back(s.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

}  // namespace atlas

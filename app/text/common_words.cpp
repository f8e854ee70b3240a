// The common-word filter for bulk gazetteer sources; see common_words.h.
#include "text/common_words.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "text/text_normalizer.h"
#include "util/error.h"

namespace atlas::text {

CommonWords CommonWords::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw AtlasError(path, "cannot open word list");
  const std::string list((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CommonWords words;
  words.ordinary_.reserve(static_cast<size_t>(std::count(list.begin(), list.end(), '\n')) + 1);
  FoldedText folded;  // one buffer for every word of the list
  for (size_t begin = 0; begin < list.size();) {
    size_t end = std::min(list.find('\n', begin), list.size());
    std::string_view line(list.data() + begin, end - begin);
    begin = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.find('\'') != std::string_view::npos) continue;
    TextNormalizer::Instance().FoldInto(line, &folded);
    words.SetFor(line).insert(folded.text);
  }
  return words;
}

void CommonWords::Add(std::string_view word) {
  if (word.empty()) return;
  SetFor(word).insert(TextNormalizer::Instance().FoldString(word));
}

std::unordered_set<std::string>& CommonWords::SetFor(std::string_view word) {
  bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
  return capitalised ? proper_ : ordinary_;
}

}  // namespace atlas::text

// The common-word filter for bulk gazetteer sources; see common_words.h.
#include "text/common_words.h"

#include <fstream>

#include "text/text_normalizer.h"
#include "util/error.h"

namespace atlas::text {

CommonWords CommonWords::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw AtlasError(path, "cannot open word list");
  CommonWords words;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.find('\'') != std::string::npos) continue;
    words.Add(line);
  }
  return words;
}

void CommonWords::Add(std::string_view word) {
  if (word.empty()) return;
  bool capitalised = word[0] >= 'A' && word[0] <= 'Z';
  (capitalised ? proper_ : ordinary_).insert(TextNormalizer::Instance().FoldString(word));
}

}  // namespace atlas::text

// CommonWords: the ordinary words of a plain word list (Debian's /usr/share/dict/words),
// folded, so that town names which are also English words ("Batman", "Van", "Of") are not
// admitted from bulk sources. Owns the word set only; no GL, ImGui, SQL or GDAL.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

namespace atlas::text {

class CommonWords {
 public:
  // One word per line; possessive forms ("Aaron's") are skipped. Throws AtlasError
  // naming the file when it cannot be read.
  static CommonWords Load(const std::string& path);
  void Add(std::string_view word);  // folds and adds; capitalised words count as proper names
  // `folded` already folded. Ordinary words are listed in small letters ("van", "of");
  // proper names with a capital ("Batman", "Kurt", "Ararat", but also "Tabriz").
  bool IsOrdinaryWord(std::string_view folded) const { return ordinary_.count(std::string(folded)) > 0; }
  bool IsProperName(std::string_view folded) const { return proper_.count(std::string(folded)) > 0; }
  size_t size() const { return ordinary_.size() + proper_.size(); }

 private:
  std::unordered_set<std::string>& SetFor(std::string_view word);  // by its first letter

  std::unordered_set<std::string> ordinary_, proper_;
};

}  // namespace atlas::text

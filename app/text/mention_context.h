// The context rules that decide what a matched name means where it stands: a person's
// name ("Ararat Mirzoyan"), another place of the same name (Georgia the US state), a
// sibling entry (Lachin town/district/corridor), a capital standing for its government.
// Owns these word-window rules; no GL, ImGui, SQL or GDAL.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/document_model.h"
#include "text/folded_text.h"
#include "text/inflection_rules.h"

namespace atlas::text {

// A few words around a name, without allocating (windows are at most kMaxWords long).
class WordWindow {
 public:
  static constexpr size_t kMaxWords = 8;
  void push_back(std::string_view w) {
    if (size_ < kMaxWords) slots_.words[size_++] = w;
  }
  const std::string_view* begin() const { return slots_.words; }
  const std::string_view* end() const { return slots_.words + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view front() const { return slots_.words[0]; }
  std::string_view back() const { return slots_.words[size_ - 1]; }
  void reverse() { std::reverse(slots_.words, slots_.words + size_); }

 private:
  // Only the first size_ words are ever set or read, so the slots start unset: zeroing all
  // of them cost more than finding the words (windows are built for every candidate).
  union Slots {
    Slots() {}
    std::string_view words[kMaxWords];
  } slots_;
  size_t size_ = 0;
};

// Where a candidate mention stands, in both texts.
struct MentionSite {
  std::string_view original;  // the whole text being linked
  std::string_view folded;    // its fold
  size_t folded_begin = 0, folded_end = 0;  // the name as matched (a stem for inflected forms)
  size_t folded_word_end = 0;               // end of the word, inflection included
  size_t original_begin = 0, original_end = 0, original_word_end = 0;
  NameScript script = NameScript::kOther;

  // The two words before and the word after, on the line; found when first asked for.
  const WordWindow& before() const;
  const WordWindow& after() const;

 private:
  mutable WordWindow before_, after_;
  mutable bool have_before_ = false, have_after_ = false;
};

// Up to `count` (<= WordWindow::kMaxWords) whole words (folded, in text order) before or after the site, on its line
// and, when `within_sentence`, in its sentence.
WordWindow WordsBefore(const MentionSite& site, size_t count, bool within_sentence = false);
WordWindow WordsAfter(const MentionSite& site, size_t count, bool within_sentence = false);


// True when the name is part of a person's name: a title stands before it ("Mr", "President"),
// or a capitalised word follows it directly and either the name is also a first name
// (`first_name`) or that word has a surname's ending (-yan, -ov, -shvili, ...), unless the
// word is a geographic term ("Ararat Valley").
bool LooksLikePersonName(const MentionSite& site, bool first_name);

// True when the word right before or after the name is in capitals (a headline, a
// shouted phrase), so a name in capitals there is no acronym.
bool NextToCapitalisedWord(const MentionSite& site);

// True when one of `folded_phrases` stands within a few words of the site, on its line.
bool NearAny(const MentionSite& site, const std::vector<std::string>& folded_phrases, size_t words);

// The kind whose trigger words (folded) stand next to the name: "Lachin district" -> region.
std::optional<PlaceKind> PreferredKind(const MentionSite& site,
                                       const std::vector<std::pair<PlaceKind, std::vector<std::string>>>& folded_rules);

// True when a seat of government is named as an actor rather than a location: not after a
// locative preposition ("in Moscow", "visit to Baku") nor in a locative case (Bakıda,
// в Москве), nor before "time" ("Moscow time").
bool ActsAsGovernment(const MentionSite& site);

}  // namespace atlas::text

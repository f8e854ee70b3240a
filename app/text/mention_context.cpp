// Word-window rules around a candidate mention; see mention_context.h.
#include "text/mention_context.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/name_spelling.h"
#include "text/word_chars.h"

namespace atlas::text {
namespace {

constexpr size_t kMaxScan = 400;  // bytes looked at on either side: windows stay O(1)

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// Windows stop at the end of a line or sentence: ". ", "? ", "! ", Armenian "։", Arabic "؟".
bool EndsSentence(UChar32 c) { return c == '.' || c == '!' || c == '?' || c == 0x0589 || c == 0x061F || c == 0x3002; }

// Title words that make the next capitalised name a person's (folded, without dots).
constexpr std::array<std::string_view, 24> kTitles = {
    "mr", "mrs", "ms", "dr", "president", "minister", "senator", "general", "gen", "colonel", "col",
    "ambassador", "sheikh", "sir", "lady", "lord", "prince", "princess", "gospodin", "господин",
    "г-н", "bay", "bey", "paron"};

// Head words that continue a place name rather than a person's: "Ararat Valley".
constexpr std::array<std::string_view, 40> kGeographicHeads = {
    "valley", "province", "region", "district", "mountain", "mountains", "mount", "plain", "river",
    "lake", "corridor", "airport", "highway", "railway", "marz", "oblast", "krai", "republic",
    "city", "street", "square", "bridge", "sea", "gulf", "strait", "pass", "gorge", "basin",
    "governorate", "county", "state", "heights", "plateau", "peninsula", "border", "port",
    "station", "road", "oblast'", "area"};

// Surname endings of the region and beyond (folded).
constexpr std::array<std::string_view, 15> kSurnameEndings = {
    "yan", "ian", "ov", "ova", "ev", "eva", "shvili", "dze", "enko", "ski", "sky", "zade", "oglu",
    "yev", "yeva"};

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool EndsWithAny(std::string_view word, const auto& endings) {
  for (std::string_view e : endings)
    if (word.size() > e.size() + 2 && word.substr(word.size() - e.size()) == e) return true;
  return false;
}

// The original text's next word starts right after one space and begins with a capital.
bool CapitalisedWordFollows(const MentionSite& site) {
  std::string_view t = site.original;
  size_t i = site.original_word_end;
  if (i >= t.size() || t[i] != ' ') return false;
  size_t next = 0;
  UChar32 c = CodePointAt(t, i + 1, &next);
  return c > 0 && (u_isupper(c) || u_istitle(c));
}

}  // namespace

WordWindow WordsBefore(const MentionSite& site, size_t count, bool within_sentence) {
  WordWindow words;
  count = std::min(count, WordWindow::kMaxWords);
  std::string_view f = site.folded;
  size_t i = site.folded_begin, limit = i > kMaxScan ? i - kMaxScan : 0;
  while (words.size() < count && i > limit) {
    size_t start = 0;
    UChar32 c = CodePointBefore(f, i, &start);
    if ((c >= 0 && c < 0x80 && IsLineBreak(static_cast<char>(c))) || (within_sentence && EndsSentence(c))) break;
    if (!IsWordCodePoint(c)) {
      i = start;
      continue;
    }
    size_t end = i;
    while (i > limit) {
      size_t s = 0;
      if (!IsWordCodePoint(CodePointBefore(f, i, &s))) break;
      i = s;
    }
    words.push_back(f.substr(i, end - i));
  }
  words.reverse();
  return words;
}

WordWindow WordsAfter(const MentionSite& site, size_t count, bool within_sentence) {
  WordWindow words;
  count = std::min(count, WordWindow::kMaxWords);
  std::string_view f = site.folded;
  size_t i = site.folded_word_end, limit = std::min(f.size(), i + kMaxScan);
  while (words.size() < count && i < limit) {
    if (IsLineBreak(f[i])) break;
    size_t next = 0;
    UChar32 c = CodePointAt(f, i, &next);
    if (within_sentence && EndsSentence(c)) break;
    if (!IsWordCodePoint(c)) {
      i = next;
      continue;
    }
    size_t start = i;
    while (i < limit) {
      size_t n = 0;
      if (!IsWordCodePoint(CodePointAt(f, i, &n))) break;
      i = n;
    }
    words.push_back(f.substr(start, i - start));
  }
  return words;
}

const WordWindow& MentionSite::before() const {
  if (!have_before_) before_ = WordsBefore(*this, 2);
  have_before_ = true;
  return before_;
}

const WordWindow& MentionSite::after() const {
  if (!have_after_) after_ = WordsAfter(*this, 1);
  have_after_ = true;
  return after_;
}

bool LooksLikePersonName(const MentionSite& site, bool first_name) {
  if (site.script != NameScript::kLatin && site.script != NameScript::kCyrillic && site.script != NameScript::kArmenian)
    return false;  // the capitalisation cues below need a cased script
  // Only the adjacent word can be a title; the full window is found when a rule needs it.
  WordWindow before = site.folded_begin > 0 && site.folded[site.folded_begin - 1] == ' ' ? WordsBefore(site, 1) : WordWindow();
  if (!before.empty() && In(kTitles, before.back())) {
    // "President Aliyev" is not ours; but "Mr Van" / "Minister Kars" would be — require adjacency.
    size_t gap = site.folded_begin - (before.back().data() + before.back().size() - site.folded.data());
    if (gap <= 2) return true;
  }
  if (!CapitalisedWordFollows(site)) return false;
  const WordWindow& after = site.after();
  if (after.empty() || In(kGeographicHeads, after.front())) return false;
  return first_name || EndsWithAny(after.front(), kSurnameEndings);
}

bool NextToCapitalisedWord(const MentionSite& site) {
  // Taken from the original text (the fold has no capitals), on the name's line.
  std::string_view t = site.original;
  size_t b = site.original_begin;
  while (b > 0 && t[b - 1] == ' ') --b;
  size_t wb = b;
  while (wb > 0 && t[wb - 1] != ' ' && t[wb - 1] != '\n' && b - wb < 64) --wb;
  size_t e = site.original_word_end;
  while (e < t.size() && (t[e] == ' ' || t[e] == '\'')) ++e;
  size_t we = e;
  while (we < t.size() && t[we] != ' ' && t[we] != '\n' && we - e < 64) ++we;
  return AllCapitalLetters(t.substr(wb, b - wb)) || AllCapitalLetters(t.substr(e, we - e));
}

bool NearAny(const MentionSite& site, const std::vector<std::string>& folded_phrases, size_t words) {
  if (folded_phrases.empty()) return false;
  auto before = WordsBefore(site, words, true), after = WordsAfter(site, words, true);
  // Phrases may span words: compare against the windows as contiguous text.
  auto span_of = [&](const WordWindow& ws) -> std::string_view {
    if (ws.empty()) return {};
    const char* b = ws.front().data();
    const char* e = ws.back().data() + ws.back().size();
    return {b, static_cast<size_t>(e - b)};
  };
  for (std::string_view window : {span_of(before), span_of(after)}) {
    for (const auto& phrase : folded_phrases) {
      for (size_t at = window.find(phrase); at != std::string_view::npos; at = window.find(phrase, at + 1)) {
        size_t end = at + phrase.size(), n = 0, s = 0;
        bool starts = at == 0 || !IsWordCodePoint(CodePointBefore(window, at, &s));
        bool ends = end == window.size() || !IsWordCodePoint(CodePointAt(window, end, &n));
        if (starts && ends) return true;
      }
    }
  }
  return false;
}

std::optional<PlaceKind> PreferredKind(const MentionSite& site,
                                       const std::vector<std::pair<PlaceKind, std::vector<std::string>>>& folded_rules) {
  if (folded_rules.empty()) return std::nullopt;
  // The word right after the name, or one of the two before it ("the district of Lachin").
  const WordWindow& after = site.after();
  const WordWindow& before = site.before();
  for (const auto& [kind, words] : folded_rules)
    for (const auto& w : words) {
      if (!after.empty() && after.front() == w) return kind;
      for (auto b : before)
        if (b == w) return kind;
    }
  return std::nullopt;
}

bool ActsAsGovernment(const MentionSite& site) {
  // Not "between": "talks between Baku and Yerevan" are between governments.
  static constexpr std::array<std::string_view, 30> kLocative = {
      "in",      "at",       "to",       "from",    "near",     "into",    "outside", "around",
      "via",     "across",   "toward",   "towards", "visit",    "visited", "visiting", "trip",
      "arrived", "в",        "во",       "из",      "под",      "около",   "посетил", "посетила",
      "посетили", "прибыл",  "прибыла",  "прибыли", "визит",    "في"};
  // Only where places follow prepositions; Turkic and Armenian mark each place by its ending.
  static constexpr std::array<std::string_view, 4> kAnd = {"and", "or", "и", "или"};
  // Words after the name that make it the place, not its government: "Tripoli-based",
  // "Khankendi residents", "the Baku mayor".
  // Folded, as the words are: "sakinleri" is Azerbaijani sakinləri and Turkish sakinleri.
  static constexpr std::array<std::string_view, 9> kAfter = {"time",     "summit", "airport", "university", "based",
                                                             "residents", "mayor", "streets", "sakinleri"};
  const WordWindow& before = site.before();
  if (!before.empty() && In(kLocative, before.back())) return false;
  // The second of two places after one locative word: "summits in Paris and Berlin".
  if (!before.empty() && In(kAnd, before.back())) {
    const WordWindow three = WordsBefore(site, 3, /*within_sentence=*/true);
    if (three.size() == 3 && In(kLocative, three.front())) return false;
  }
  const WordWindow& after = site.after();
  if (!after.empty() && In(kAfter, after.front())) return false;
  // A case ending of place or direction: Bakıda, Москве, Երևանում, and as Turkish writes
  // it after a proper noun's apostrophe (Hankendi'de, Erivan'a). The dative ("to") counts
  // as "to" does in English.
  std::string_view rest = site.folded.substr(site.folded_end, site.folded_word_end - site.folded_end);
  if (rest.empty() && site.folded_word_end + 1 < site.folded.size() && site.folded[site.folded_word_end] == '\'') {
    const size_t begin = site.folded_word_end + 1;
    size_t end = begin;
    while (end < site.folded.size() && end - begin <= 8 && (static_cast<unsigned char>(site.folded[end]) >= 0x80 ||
                                                             std::isalpha(static_cast<unsigned char>(site.folded[end]))))
      ++end;
    rest = site.folded.substr(begin, end - begin);
  }
  // Folded: Azerbaijani ə is e here.
  static constexpr std::array<std::string_view, 22> kLocativeEndings = {
      "da", "de", "ta", "te", "dan", "den", "tan", "ten", "nda", "nde", "е", "ում", "ից", "յում", "յից", "ში",
      "a", "e", "ya", "ye", "na", "ne"};
  return !In(kLocativeEndings, rest);
}

}  // namespace atlas::text

// Patterns, word boundaries, endings and the longest reading; see name_matcher.h.
//
// [SECTION] Patterns: every folded name (and Russian/Georgian/Armenian stem) of every owner
// [SECTION] Candidates: Hyperscan hits that start and end on word boundaries of their script
// [SECTION] Selection: resolved by the caller, longest reading wins
#include "text/name_matcher.h"

#include <algorithm>

#include "text/name_spelling.h"
#include "text/text_normalizer.h"
#include "text/word_chars.h"

namespace atlas::text {
namespace {

// What makes two forms one pattern: the text, whether it needs an ending, the further stems.
std::string PatternKey(const std::string& text, bool needs_ending, const std::vector<std::string>& next_stems) {
  std::string key = text + (needs_ending ? '\x01' : '\x02');
  for (const auto& stem : next_stems) key += '\x03' + stem;
  return key;
}

constexpr size_t kMaxEnding = 24;  // bytes of inflection looked at after a name

bool StartsUpper(std::string_view original, size_t at) {
  size_t next = 0;
  UChar32 c = CodePointAt(original, at, &next);
  return c >= 0 && (u_isupper(c) || u_istitle(c) || !u_isalpha(c));
}

bool StartsLower(std::string_view text) {
  if (text.empty()) return false;
  size_t next = 0;
  UChar32 c = CodePointAt(text, 0, &next);
  return c >= 0 && u_islower(c);
}

// Several Turkic letters nearby mark Azerbaijani or Turkish text, where case endings
// attach to names without an apostrophe.
bool TurkicTextNear(std::string_view original, size_t at) {
  size_t b = at > 200 ? at - 200 : 0, e = std::min(original.size(), at + 200);
  int seen = 0;
  for (size_t i = b; i + 1 < e; ++i) {
    auto c0 = static_cast<unsigned char>(original[i]), c1 = static_cast<unsigned char>(original[i + 1]);
    // ə Ə ı İ ğ Ğ ş Ş
    if ((c0 == 0xC9 && c1 == 0x99) || (c0 == 0xC6 && c1 == 0x8F) || (c0 == 0xC4 && (c1 == 0xB1 || c1 == 0xB0 || c1 == 0x9F || c1 == 0x9E)) ||
        (c0 == 0xC5 && (c1 == 0x9F || c1 == 0x9E)))
      if (++seen >= 3) return true;
  }
  return false;
}

size_t ExtendOverMarks(std::string_view original, size_t end) {
  while (end < original.size()) {
    size_t next = 0;
    UChar32 c = CodePointAt(original, end, &next);
    int8_t t = c < 0 ? 0 : u_charType(c);
    if (t != U_NON_SPACING_MARK && t != U_ENCLOSING_MARK) break;
    end = next;
  }
  return end;
}

bool HasArabicArticle(std::string_view prefix) {
  return prefix.ends_with("\xD8\xA7\xD9\x84") || prefix.ends_with("\xD9\x84\xD9\x84");  // ال, لل (ل + ال)
}

bool WrittenWithTehMarbuta(std::string_view original, ByteSpan span) {
  return original.substr(span.begin, span.size()).find("\xD8\xA9") != std::string_view::npos;
}

// After the first word of an inflected Russian phrase ends at *word_end: each further
// word, after one space, is its stem plus a Russian ending (or none). On success sets
// *name_end to the end of the last stem and *word_end to the end of the last word.
bool MatchNextStems(std::string_view f, const std::vector<std::string>& stems, size_t* name_end, size_t* word_end) {
  size_t at = *word_end;
  for (const auto& stem : stems) {
    if (at >= f.size() || f[at] != ' ' || f.compare(at + 1, stem.size(), stem) != 0) return false;
    size_t stem_end = at + 1 + stem.size(), end = WordEndFrom(f, stem_end);
    std::string_view ending = f.substr(stem_end, end - stem_end);
    if (!ending.empty() && !AcceptsEnding(NameScript::kCyrillic, ending, false, false)) return false;
    *name_end = stem_end;
    at = end;
  }
  *word_end = at;
  return true;
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string s = TextNormalizer::Instance().FoldString(name);
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool IsCasedScript(NameScript s) {
  return s == NameScript::kLatin || s == NameScript::kCyrillic || s == NameScript::kArmenian;
}

std::string_view NameAsWritten(const MentionSite& site) {
  return site.original.substr(site.original_begin, site.original_end - site.original_begin);
}

NameMatcher::NameMatcher() = default;
NameMatcher::~NameMatcher() = default;

// [SECTION] Patterns

void NameMatcher::AddName(std::string_view name, std::string_view language, int owner) {
  AddForms(name, language, owner, false);
}

void NameMatcher::AddAdjective(std::string_view adjective, std::string_view language, int owner) {
  AddForms(adjective, language, owner, true);
}

void NameMatcher::AddForms(std::string_view name, std::string_view language, int owner, bool adjective) {
  std::string folded = FoldName(name);
  if (folded.size() < 2) return;
  std::vector<std::string> spellings{folded};
  if (folded.find('-') != std::string::npos) {  // Nagorno-Karabakh ~ Nagorno Karabakh
    std::string spaced = folded;
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    spellings.push_back(spaced);
  }
  for (const auto& s : spellings)
    for (const auto& form : adjective ? FormsOfAdjective(s) : FormsOfName(s)) {
      Pattern& p = AddPattern(form, owner, StartsLower(name));
      p.english |= language == "en";
      p.turkic |= language == "az" || language == "tr";
      p.arabic |= language == "ar";
      p.acronym &= AllCapitalLetters(name);
      p.persian |= language == "fa";
    }
}

void NameMatcher::AddBlocker(std::string_view phrase) {
  std::string folded = FoldName(phrase);
  if (folded.size() >= 2) AddPattern(NameForm{folded, false, {}}, -1, true).acronym = false;
}

NameMatcher::Pattern& NameMatcher::AddPattern(const NameForm& form, int owner, bool lowercase_ok) {
  // One pattern per form; owners sharing a spelling share the pattern.
  auto [it, fresh] = index_.emplace(PatternKey(form.text, form.needs_ending, form.next_stems), patterns_.size());
  if (fresh) {
    patterns_.push_back({});
    patterns_.back().text = form.text;
    patterns_.back().needs_ending = form.needs_ending;
    patterns_.back().next_stems = form.next_stems;
    patterns_.back().script = ScriptOfName(form.text);
  }
  Pattern& p = patterns_[it->second];
  if (owner < 0) {
    p.blocks = true;
  } else if (std::find(p.owners.begin(), p.owners.end(), owner) == p.owners.end()) {
    p.owners.push_back(owner);
  }
  p.lowercase_ok |= lowercase_ok;
  return p;
}

void NameMatcher::OrderOwners(const std::function<bool(int, int)>& before) {
  for (auto& p : patterns_) std::stable_sort(p.owners.begin(), p.owners.end(), before);
}

void NameMatcher::Compile(const std::filesystem::path& cache_dir) {
  std::vector<std::string> texts;
  texts.reserve(patterns_.size());
  for (const auto& p : patterns_) texts.push_back(p.text);
  scanner_ = std::make_unique<LiteralScanner>(texts, cache_dir);
}

void NameMatcher::SavePatterns(BinaryWriter& out) const {
  out.Pod<uint64_t>(patterns_.size());
  for (const Pattern& p : patterns_) {
    out.String(p.text);
    out.Pod(int32_t(p.script));
    const uint8_t flags = uint8_t(p.needs_ending) | uint8_t(p.blocks) << 1 | uint8_t(p.lowercase_ok) << 2 |
                          uint8_t(p.acronym) << 3 | uint8_t(p.english) << 4 | uint8_t(p.turkic) << 5 |
                          uint8_t(p.arabic) << 6 | uint8_t(p.persian) << 7;
    out.Pod(flags);
    out.Pod<uint64_t>(p.next_stems.size());
    for (const std::string& stem : p.next_stems) out.String(stem);
    std::vector<int32_t> owners(p.owners.begin(), p.owners.end());
    out.Array(owners);
  }
}

bool NameMatcher::LoadPatterns(BinaryReader& in) {
  std::vector<Pattern> patterns;
  const auto n = in.Pod<uint64_t>();
  if (!in.ok() || n > in.remaining()) return false;
  patterns.resize(n);
  for (Pattern& p : patterns) {
    p.text = in.String();
    const auto script = in.Pod<int32_t>();
    if (script < int32_t(NameScript::kOther) || script > int32_t(NameScript::kArabic)) return false;
    p.script = NameScript(script);
    const auto flags = in.Pod<uint8_t>();
    p.needs_ending = flags & 1;
    p.blocks = flags & 2;
    p.lowercase_ok = flags & 4;
    p.acronym = flags & 8;
    p.english = flags & 16;
    p.turkic = flags & 32;
    p.arabic = flags & 64;
    p.persian = flags & 128;
    const auto stems = in.Pod<uint64_t>();
    if (!in.ok() || stems > in.remaining()) return false;
    for (uint64_t i = 0; i < stems && in.ok(); ++i) p.next_stems.push_back(in.String());
    const std::vector<int32_t> owners = in.Array<int32_t>();
    p.owners.assign(owners.begin(), owners.end());
    if (!in.ok() || p.text.empty()) return false;
  }
  patterns_ = std::move(patterns);
  index_.clear();
  for (size_t i = 0; i < patterns_.size(); ++i)
    index_.emplace(PatternKey(patterns_[i].text, patterns_[i].needs_ending, patterns_[i].next_stems), i);
  return true;
}

// [SECTION] Candidates

void NameMatcher::FindCandidates(std::string_view original) const {
  std::string_view f = folded_.text;
  candidates_.clear();
  for (const auto& hit : hits_) {
    const Pattern& p = patterns_[hit.pattern];
    Candidate c;
    c.fe = hit.end;
    c.fb = hit.end - p.text.size();
    c.pattern = hit.pattern;
    // Start: a word boundary, or Arabic clitics back to one.
    if (c.fb > 0) {
      size_t start = 0;
      if (IsWordCodePoint(CodePointBefore(f, c.fb, &start))) {
        if (p.script != NameScript::kArabic) continue;
        size_t w = c.fb;
        while (w > 0 && c.fb - w <= 8) {
          size_t s = 0;
          if (!IsWordCodePoint(CodePointBefore(f, w, &s))) break;
          w = s;
        }
        std::string_view prefix = f.substr(w, c.fb - w);
        if (!AcceptsArabicPrefix(prefix)) continue;
        // A name that has no article of its own never takes one: with it the word is an
        // adjective or common noun (الروسية "the Russian", السورية "the Syrian").
        if (HasArabicArticle(prefix) && !p.text.starts_with("\xD8\xA7\xD9\x84")) continue;
      }
    }
    // End: the rest of the word must be an inflection the script allows.
    size_t end = c.fe;
    while (end < f.size() && end - c.fe <= kMaxEnding) {
      size_t next = 0;
      if (!IsWordCodePoint(CodePointAt(f, end, &next))) break;
      end = next;
    }
    std::string_view rest = f.substr(c.fe, end - c.fe);
    if (rest.size() > kMaxEnding) continue;
    if (!p.next_stems.empty()) {  // a Russian phrase: every word inflected
      if (!AcceptsEnding(p.script, rest, false, p.needs_ending) || !MatchNextStems(f, p.next_stems, &c.fe, &end)) continue;
      c.word_end = end;
      candidates_.push_back(c);
      continue;
    }
    if (!rest.empty() || p.needs_ending) {
      // Turkic endings only widen what a Latin name accepts: the text around it is looked
      // at only when the rest of the word is such an ending.
      bool turkic = p.script == NameScript::kLatin && AcceptsEnding(p.script, rest, true, p.needs_ending) &&
                    ((p.turkic && !p.english) || TurkicTextNear(original, folded_.map.ToOriginalBegin(c.fb)));
      if (!AcceptsEnding(p.script, rest, turkic, p.needs_ending)) continue;
      c.fused_latin_ending = p.script == NameScript::kLatin && !rest.empty();
    }
    // Persian names end in ه where Arabic adjectives end in ة (روسیه Russia, روسية Russian):
    // they fold alike, so a Persian-only spelling does not match a word written with ة.
    if (p.persian && !p.arabic && WrittenWithTehMarbuta(original, folded_.map.ToOriginal({c.fb, end}))) continue;
    c.word_end = end;
    candidates_.push_back(c);
  }
}

MentionSite NameMatcher::SiteOf(std::string_view original, Candidate* c) const {
  MentionSite site;
  site.original = original;
  site.folded = folded_.text;
  site.folded_begin = c->fb;
  site.folded_end = c->fe;
  site.folded_word_end = c->word_end;
  site.original_begin = folded_.map.ToOriginalBegin(c->fb);
  site.original_end = folded_.map.ToOriginalEnd(c->fe);
  site.original_word_end = folded_.map.ToOriginalEnd(c->word_end);
  site.script = patterns_[c->pattern].script;
  c->original_begin = site.original_begin;
  c->original_word_end = site.original_word_end;
  return site;
}

bool NameMatcher::WrittenAsName(const MentionSite& site, const Pattern& p) const {
  // Proper nouns are capitalised in cased scripts: "van", "of", "batman" are words.
  if (!p.lowercase_ok && IsCasedScript(p.script) && !StartsUpper(site.original, site.original_begin)) return false;
  // An acronym is written in capitals: "US", never "Us" or "us".
  return !p.acronym || AllCapitalLetters(NameAsWritten(site));
}

ByteSpan NameMatcher::OriginalSpan(std::string_view original, const Candidate& c) const {
  return {c.original_begin, ExtendOverMarks(original, c.original_word_end)};
}

// [SECTION] Selection

const std::vector<NameMatcher::Candidate>& NameMatcher::Match(std::string_view text,
                                                              const std::function<bool(Candidate*)>& resolve) const {
  TextNormalizer::Instance().FoldInto(text, &folded_);
  hits_.clear();
  scanner_->Scan(folded_.text, &hits_);
  FindCandidates(text);
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    if (a.fb != b.fb) return a.fb < b.fb;
    return a.fe - a.fb > b.fe - b.fb;
  });
  kept_.clear();
  for (Candidate& c : candidates_) {
    if (!resolve(&c)) continue;
    if (!kept_.empty() && c.fb < kept_.back().word_end) {
      Candidate& last = kept_.back();
      if (c.fe - c.fb > last.fe - last.fb) last = c;  // the longer reading wins
      continue;
    }
    kept_.push_back(c);
  }
  return kept_;
}

}  // namespace atlas::text

// Scan, boundaries, context, longest match; see mention_linker.h.
//
// [SECTION] Patterns: every folded name (and Russian/Georgian/Armenian stem) of every entry
// [SECTION] Candidates: Hyperscan hits that start and end on word boundaries of their script
// [SECTION] Entries: which place a candidate names, or that it names none (person, not-place)
// [SECTION] Selection: longest match wins; spans mapped back to the original text
#include "text/mention_linker.h"

#include <algorithm>
#include <unordered_map>

#include "text/mention_context.h"
#include "text/name_spelling.h"
#include "text/text_normalizer.h"
#include "text/word_chars.h"
#include "util/data_paths.h"

namespace atlas::text {

struct MentionLinker::Pattern {
  std::string text;
  NameScript script = NameScript::kOther;
  bool needs_ending = false;
  std::vector<std::string> next_stems;  // further words of an inflected Russian phrase
  bool not_place = false;
  bool lowercase_ok = false;   // some source spelling starts with a small letter ("al-Bab")
  bool acronym = true;         // every source spelling is in capitals ("US", "UAE"): match only so
  bool english = false;        // some source spelling is English
  bool turkic = false;         // some source spelling is Azerbaijani or Turkish
  bool arabic = false;         // some source spelling is Arabic
  bool persian = false;        // some source spelling is Persian
  std::vector<int> entries;    // in order of preference
};

struct MentionLinker::Candidate {
  size_t fb = 0, fe = 0, word_end = 0;  // folded: name, and the end of its word
  uint32_t pattern = 0;
  int entry = -1;  // -1: names no place but blocks overlapping readings
  bool metonym = false;
  size_t original_begin = 0, original_word_end = 0;  // set when the entry is resolved
  bool fused_latin_ending = false;  // a Turkic case ending written onto a Latin name
};

struct MentionLinker::EntryRules {
  std::vector<std::string> avoid_near;
  std::vector<std::pair<PlaceKind, std::vector<std::string>>> prefer_kind;
};

namespace {

constexpr size_t kMaxEnding = 24;  // bytes of inflection looked at after a name

bool IsCased(NameScript s) {
  return s == NameScript::kLatin || s == NameScript::kCyrillic || s == NameScript::kArmenian;
}

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

std::string_view NameAsWritten(std::string_view original, const MentionSite& site) {
  return original.substr(site.original_begin, site.original_end - site.original_begin);
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


// "International North-South Transport Corridor (INSTC)": a name followed by another name
// of the same place in brackets.
bool IsBracketedAlias(std::string_view original, const PlaceMention& before, const PlaceMention& alias) {
  if (before.place_id != alias.place_id || alias.span.end >= original.size() || original[alias.span.end] != ')')
    return false;
  std::string_view between = original.substr(before.span.end, alias.span.begin - before.span.end);
  return between == " (" || between == "(";
}

size_t WordEnd(std::string_view f, size_t at) {
  while (at < f.size()) {
    size_t next = 0;
    if (!IsWordCodePoint(CodePointAt(f, at, &next))) break;
    at = next;
  }
  return at;
}

// After the first word of an inflected Russian phrase ends at *word_end: each further
// word, after one space, is its stem plus a Russian ending (or none). On success sets
// *name_end to the end of the last stem and *word_end to the end of the last word.
bool MatchNextStems(std::string_view f, const std::vector<std::string>& stems, size_t* name_end, size_t* word_end) {
  size_t at = *word_end;
  for (const auto& stem : stems) {
    if (at >= f.size() || f[at] != ' ' || f.compare(at + 1, stem.size(), stem) != 0) return false;
    size_t stem_end = at + 1 + stem.size(), end = WordEnd(f, stem_end);
    std::string_view ending = f.substr(stem_end, end - stem_end);
    if (!ending.empty() && !AcceptsEnding(NameScript::kCyrillic, ending, false, false)) return false;
    *name_end = stem_end;
    at = end;
  }
  *word_end = at;
  return true;
}

std::string Trimmed(std::string s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

// [SECTION] Patterns

MentionLinker::MentionLinker(const Gazetteer& gazetteer, const std::filesystem::path& cache_dir)
    : gazetteer_(gazetteer) {
  const auto& norm = TextNormalizer::Instance();
  const auto& entries = gazetteer.entries();
  PatternIndex index;
  for (size_t i = 0; i < entries.size(); ++i) {
    EntryRules r;
    for (const auto& w : entries[i].context.avoid_near) r.avoid_near.push_back(Trimmed(norm.FoldString(w)));
    for (const auto& [kind, words] : entries[i].context.prefer_kind_when) {
      std::vector<std::string> folded;
      for (const auto& w : words) folded.push_back(Trimmed(norm.FoldString(w)));
      r.prefer_kind.emplace_back(kind, std::move(folded));
    }
    rules_.push_back(std::move(r));
    for (const auto& name : entries[i].names) {
      std::string folded = Trimmed(norm.FoldString(name.text));
      if (folded.size() < 2) continue;
      std::vector<std::string> spellings{folded};
      if (folded.find('-') != std::string::npos) {  // Nagorno-Karabakh ~ Nagorno Karabakh
        std::string spaced = folded;
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        spellings.push_back(spaced);
      }
      for (const auto& s : spellings)
        for (const auto& form : FormsOfName(s)) {
          Pattern& p = AddPattern(&index, form, static_cast<int>(i), StartsLower(name.text));
          p.english |= name.language == "en";
          p.turkic |= name.language == "az" || name.language == "tr";
          p.arabic |= name.language == "ar";
          p.acronym &= AllCapitalLetters(name.text);
          p.persian |= name.language == "fa";
        }
    }
  }
  for (const auto& phrase : gazetteer.not_places()) {
    std::string folded = Trimmed(norm.FoldString(phrase));
    if (folded.size() >= 2) AddPattern(&index, NameForm{folded, false, {}}, -1, true).acronym = false;
  }
  // Preference among entries sharing a name: curated first, then importance, then size.
  for (auto& p : patterns_)
    std::stable_sort(p.entries.begin(), p.entries.end(), [&](int a, int b) {
      const auto& ea = entries[static_cast<size_t>(a)];
      const auto& eb = entries[static_cast<size_t>(b)];
      if ((ea.source == EntrySource::kCurated) != (eb.source == EntrySource::kCurated))
        return ea.source == EntrySource::kCurated;
      if (ea.importance != eb.importance) return ea.importance < eb.importance;
      return ea.population > eb.population;
    });
  std::vector<std::string> texts;
  texts.reserve(patterns_.size());
  for (const auto& p : patterns_) texts.push_back(p.text);
  scanner_ = std::make_unique<LiteralScanner>(texts, cache_dir);
}

MentionLinker::~MentionLinker() = default;

size_t MentionLinker::pattern_count() const { return patterns_.size(); }

MentionLinker::Pattern& MentionLinker::AddPattern(PatternIndex* index, const NameForm& form, int entry,
                                                  bool lowercase_ok) {
  // One pattern per form; entries sharing a spelling share the pattern.
  std::string key = form.text + (form.needs_ending ? '\x01' : '\x02');
  for (const auto& stem : form.next_stems) key += '\x03' + stem;
  auto [it, fresh] = index->emplace(std::move(key), patterns_.size());
  if (fresh) {
    patterns_.push_back({});
    patterns_.back().text = form.text;
    patterns_.back().needs_ending = form.needs_ending;
    patterns_.back().next_stems = form.next_stems;
    patterns_.back().script = ScriptOfName(form.text);
  }
  Pattern& p = patterns_[it->second];
  if (entry < 0) {
    p.not_place = true;
  } else if (std::find(p.entries.begin(), p.entries.end(), entry) == p.entries.end()) {
    p.entries.push_back(entry);
  }
  p.lowercase_ok |= lowercase_ok;
  return p;
}

// [SECTION] Candidates

void MentionLinker::FindCandidates(std::string_view original) const {
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
      bool turkic = p.script == NameScript::kLatin &&
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

// [SECTION] Entries

bool MentionLinker::ResolveEntry(std::string_view original, Candidate* c) const {
  const Pattern& p = patterns_[c->pattern];
  if (p.not_place) {
    c->entry = -1;
    return true;
  }
  MentionSite site;
  site.original = original;
  site.folded = folded_.text;
  site.folded_begin = c->fb;
  site.folded_end = c->fe;
  site.folded_word_end = c->word_end;
  site.original_begin = folded_.map.ToOriginalBegin(c->fb);
  site.original_end = folded_.map.ToOriginalEnd(c->fe);
  site.original_word_end = folded_.map.ToOriginalEnd(c->word_end);
  site.script = p.script;
  c->original_begin = site.original_begin;
  c->original_word_end = site.original_word_end;
  // Proper nouns are capitalised in cased scripts: "van", "of", "batman" are words.
  if (!p.lowercase_ok && IsCased(p.script) && !StartsUpper(original, site.original_begin)) return false;
  // An acronym is written in capitals: "US", never "Us" or "us".
  if (p.acronym && !AllCapitalLetters(NameAsWritten(original, site))) return false;
  const bool acronym_like = IsCased(p.script) && AllCapitalLetters(NameAsWritten(original, site)) && !NextToCapitalisedWord(site);
  const auto& entries = gazetteer_.entries();
  int chosen = -1;
  for (int e : p.entries) {
    const GazetteerEntry& entry = entries[static_cast<size_t>(e)];
    // In Azerbaijani and Turkish ş ç ö ü ğ ə are letters of their own: an inflected word
    // must spell the name with them as listed (Görüşdə "at the meeting" is not Gorus + də).
    if (c->fused_latin_ending && !ListedWithTheseLetters(entry, NameAsWritten(original, site))) continue;
    // "SAM" in running text is an acronym, not Şam (Damascus), unless listed in capitals.
    if (acronym_like && !ListedAsWritten(entry, NameAsWritten(original, site))) continue;
    if (entry.context.case_sensitive && !ListedWithTheseCapitals(entry, NameAsWritten(original, site))) continue;
    if (LooksLikePersonName(site, entry.context.person_first_name)) {
      c->entry = -1;  // a person's name: no place here, and no shorter reading either
      return true;
    }
    if (NearAny(site, rules_[static_cast<size_t>(e)].avoid_near, 8)) continue;
    chosen = e;
    break;
  }
  if (chosen < 0) return false;
  const GazetteerEntry* entry = &entries[static_cast<size_t>(chosen)];
  if (auto kind = PreferredKind(site, rules_[static_cast<size_t>(chosen)].prefer_kind); kind && *kind != entry->kind) {
    for (const auto& alt_id : entry->alternatives) {
      int alt = gazetteer_.IndexOf(alt_id);
      if (alt >= 0 && entries[static_cast<size_t>(alt)].kind == *kind) {
        chosen = alt;
        break;
      }
    }
    entry = &entries[static_cast<size_t>(chosen)];
  }
  c->entry = chosen;
  c->metonym = entry->seat_of_government && ActsAsGovernment(site);
  return true;
}

// [SECTION] Selection

void MentionLinker::SelectLongest(std::vector<PlaceMention>* out, std::string_view original) const {
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    if (a.fb != b.fb) return a.fb < b.fb;
    return a.fe - a.fb > b.fe - b.fb;
  });
  std::vector<Candidate>& kept = kept_;
  kept.clear();
  for (Candidate& c : candidates_) {
    if (!ResolveEntry(original, &c)) continue;
    if (!kept.empty() && c.fb < kept.back().word_end) {
      Candidate& last = kept.back();
      if (c.fe - c.fb > last.fe - last.fb) last = c;  // the longer reading wins
      continue;
    }
    kept.push_back(c);
  }
  const auto& entries = gazetteer_.entries();
  const size_t first = out->size();
  for (const Candidate& c : kept) {
    if (c.entry < 0) continue;
    PlaceMention m;
    m.span.begin = c.original_begin;
    m.span.end = ExtendOverMarks(original, c.original_word_end);
    m.place_id = entries[static_cast<size_t>(c.entry)].id;
    m.metonym = c.metonym;
    if (out->size() > first && IsBracketedAlias(original, out->back(), m)) {
      out->back().span.end = m.span.end + 1;  // "Name (ALIAS)" is one mention
      continue;
    }
    out->push_back(std::move(m));
  }
}

void MentionLinker::LinkInto(std::string_view text, std::vector<PlaceMention>* out) const {
  TextNormalizer::Instance().FoldInto(text, &folded_);
  hits_.clear();
  scanner_->Scan(folded_.text, &hits_);
  FindCandidates(text);
  SelectLongest(out, text);
}

std::vector<PlaceMention> MentionLinker::Link(std::string_view text) const {
  std::vector<PlaceMention> out;
  LinkInto(text, &out);
  return out;
}

const MentionLinker& BundledLinker() {
  static const Gazetteer gazetteer = LoadGazetteer(GazetteerSources::Bundled());
  static const MentionLinker linker(gazetteer, UserCacheDir());
  return linker;
}

std::vector<PlaceMention> LinkMentions(std::string_view text) { return BundledLinker().Link(text); }

}  // namespace atlas::text

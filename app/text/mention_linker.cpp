// Names, context, longest match; see mention_linker.h.
//
// [SECTION] Patterns: every name of every entry and the not-place phrases, into the matcher
// [SECTION] Entries: which place a candidate names, or that it names none (person, not-place)
// [SECTION] Selection: longest match wins; spans mapped back to the original text
#include "text/mention_linker.h"


#include "text/gazetteer_cache.h"
#include "text/name_spelling.h"
#include "util/binary_record.h"
#include "util/cache_file.h"
#include "util/data_paths.h"
#include "util/file_stamp.h"

namespace atlas::text {

struct MentionLinker::EntryRules {
  std::vector<std::string> avoid_near;
  std::vector<std::pair<PlaceKind, std::vector<std::string>>> prefer_kind;
};

namespace {

// "International North-South Transport Corridor (INSTC)": a name followed by another name
// of the same place in brackets.
bool IsBracketedAlias(std::string_view original, const PlaceMention& before, const PlaceMention& alias) {
  if (before.place_id != alias.place_id || alias.span.end >= original.size() || original[alias.span.end] != ')')
    return false;
  std::string_view between = original.substr(before.span.end, alias.span.begin - before.span.end);
  return between == " (" || between == "(";
}

}  // namespace

// [SECTION] Patterns

namespace {

// Everything the patterns are made from: every entry's names in order, what orders entries
// sharing a name, the not-place phrases, and the program (its folding and inflection rules).
std::string PatternsKey(const Gazetteer& gazetteer) {
  std::string key = "linker patterns 1\n" + ProgramStamp() + "\n";
  for (const GazetteerEntry& e : gazetteer.entries()) {
    for (const PlaceName& n : e.names) key += n.text + '\x1f' + n.language + '\x1e';
    key += std::to_string(int(e.source)) + ' ' + std::to_string(e.importance) + ' ' + std::to_string(e.population) + '\n';
  }
  for (const std::string& phrase : gazetteer.not_places()) key += phrase + '\x1e';
  return key;
}

}  // namespace

MentionLinker::MentionLinker(const Gazetteer& gazetteer, const std::filesystem::path& cache_dir)
    : gazetteer_(gazetteer) {
  const auto& entries = gazetteer.entries();
  for (size_t i = 0; i < entries.size(); ++i) {
    EntryRules r;
    for (const auto& w : entries[i].context.avoid_near) r.avoid_near.push_back(FoldName(w));
    for (const auto& [kind, words] : entries[i].context.prefer_kind_when) {
      std::vector<std::string> folded;
      for (const auto& w : words) folded.push_back(FoldName(w));
      r.prefer_kind.emplace_back(kind, std::move(folded));
    }
    rules_.push_back(std::move(r));
  }
  // Folding and inflecting every name takes longer than the rest of a short run: the
  // patterns are kept in the cache folder, keyed on everything they are made from.
  // One file per program, rewritten when the key differs.
  const std::string key = cache_dir.empty() ? std::string() : PatternsKey(gazetteer);
  const std::filesystem::path file = cache_dir.empty() ? std::filesystem::path() : ProgramCacheFile(cache_dir, "linker-patterns");
  patterns_from_cache_ = LoadPatterns(file, key);
  if (!patterns_from_cache_) {
    for (size_t i = 0; i < entries.size(); ++i)
      for (const auto& name : entries[i].names) matcher_.AddName(name.text, name.language, static_cast<int>(i));
    for (const auto& phrase : gazetteer.not_places()) matcher_.AddBlocker(phrase);
    // Preference among entries sharing a name: curated first, then importance, then size.
    matcher_.OrderOwners([&](int a, int b) {
      const auto& ea = entries[static_cast<size_t>(a)];
      const auto& eb = entries[static_cast<size_t>(b)];
      if ((ea.source == EntrySource::kCurated) != (eb.source == EntrySource::kCurated))
        return ea.source == EntrySource::kCurated;
      if (ea.importance != eb.importance) return ea.importance < eb.importance;
      return ea.population > eb.population;
    });
    SavePatterns(file, key);
  }
  matcher_.Compile(cache_dir);
}

bool MentionLinker::LoadPatterns(const std::filesystem::path& file, const std::string& key) {
  const std::optional<std::string> bytes = ReadCacheFile(file, size_t(64) << 20);
  if (!bytes) return false;
  BinaryReader r = BinaryReader::Sealed(*bytes);
  if (r.String() != key || !matcher_.LoadPatterns(r) || !r.done()) return false;
  for (size_t i = 0; i < matcher_.pattern_count(); ++i)
    for (const int owner : matcher_.pattern(uint32_t(i)).owners)
      if (owner < 0 || size_t(owner) >= gazetteer_.entries().size()) return false;
  return true;
}

void MentionLinker::SavePatterns(const std::filesystem::path& file, const std::string& key) const {
  if (file.empty()) return;
  BinaryWriter w;
  w.String(key);
  matcher_.SavePatterns(w);
  WriteCacheFile(file, w.Sealed());
}

MentionLinker::~MentionLinker() = default;

// [SECTION] Entries

bool MentionLinker::ResolveEntry(std::string_view original, NameMatcher::Candidate* c) const {
  const NameMatcher::Pattern& p = matcher_.pattern(c->pattern);
  if (p.blocks) {
    c->owner = -1;
    return true;
  }
  MentionSite site = matcher_.SiteOf(original, c);
  if (!matcher_.WrittenAsName(site, p)) return false;
  const bool acronym_like = IsCasedScript(p.script) && AllCapitalLetters(NameAsWritten(site)) && !NextToCapitalisedWord(site);
  const auto& entries = gazetteer_.entries();
  int chosen = -1;
  for (int e : p.owners) {
    const GazetteerEntry& entry = entries[static_cast<size_t>(e)];
    // In Azerbaijani and Turkish ş ç ö ü ğ ə are letters of their own: an inflected word
    // must spell the name with them as listed (Görüşdə "at the meeting" is not Gorus + də).
    if (c->fused_latin_ending && !ListedWithTheseLetters(entry, NameAsWritten(site))) continue;
    // "SAM" in running text is an acronym, not Şam (Damascus), unless listed in capitals.
    if (acronym_like && !ListedAsWritten(entry, NameAsWritten(site))) continue;
    if (entry.context.case_sensitive && !ListedWithTheseCapitals(entry, NameAsWritten(site))) continue;
    if (LooksLikePersonName(site, entry.context.person_first_name)) {
      c->owner = -1;  // a person's name: no place here, and no shorter reading either
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
  c->owner = chosen;
  c->metonym = entry->seat_of_government && ActsAsGovernment(site);
  return true;
}

// [SECTION] Selection

void MentionLinker::LinkInto(std::string_view text, std::vector<PlaceMention>* out) const {
  const auto& kept = matcher_.Match(text, [&](NameMatcher::Candidate* c) { return ResolveEntry(text, c); });
  const auto& entries = gazetteer_.entries();
  const size_t first = out->size();
  for (const NameMatcher::Candidate& c : kept) {
    if (c.owner < 0) continue;
    PlaceMention m;
    m.span = matcher_.OriginalSpan(text, c);
    m.place_id = entries[static_cast<size_t>(c.owner)].id;
    m.metonym = c.metonym;
    if (out->size() > first && IsBracketedAlias(text, out->back(), m)) {
      out->back().span.end = m.span.end + 1;  // "Name (ALIAS)" is one mention
      continue;
    }
    out->push_back(std::move(m));
  }
}

std::vector<PlaceMention> MentionLinker::Link(std::string_view text) const {
  std::vector<PlaceMention> out;
  LinkInto(text, &out);
  return out;
}

const MentionLinker& BundledLinker() {
  static const MentionLinker linker(BundledGazetteer(), UserCacheDir());
  return linker;
}

std::vector<PlaceMention> LinkMentions(std::string_view text) { return BundledLinker().Link(text); }

}  // namespace atlas::text

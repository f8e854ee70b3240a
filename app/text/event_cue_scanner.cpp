// Cue matching; see event_cue_scanner.h.
#include "text/event_cue_scanner.h"

#include <algorithm>

#include "text/name_matcher.h"
#include "text/text_normalizer.h"
#include "text/word_chars.h"
#include "util/split_on_spaces.h"

namespace atlas::text {
namespace {

bool WordCharBefore(std::string_view f, size_t at) {
  size_t start = 0;
  return at > 0 && IsWordCodePoint(CodePointBefore(f, at, &start));
}

}  // namespace

EventCueScanner::EventCueScanner(std::span<const EventCueEntry> lexicon, const std::filesystem::path& cache_dir) {
  std::vector<std::string> texts;
  for (const EventCueEntry& e : lexicon) {
    Pattern p;
    for (std::string_view word : SplitOnSpaces(e.text)) {
      Word w;
      if (word.size() > 1 && word.back() == '*') {
        w.shape = Shape::kPrefix;
        word.remove_suffix(1);
      } else if (word.size() > 1 && word.front() == '*') {
        w.shape = Shape::kSuffix;
        word.remove_prefix(1);
      }
      w.folded = FoldName(word);
      p.words.push_back(std::move(w));
    }
    if (p.words.empty() || p.words.front().folded.empty()) continue;
    p.script = ScriptOfName(p.words.back().folded);
    p.turkic = e.language == "az" || e.language == "tr";
    p.inflects = e.language != "en";
    // Entries listing the same words share a pattern: each is reported once per hit.
    auto same = std::find_if(patterns_.begin(), patterns_.end(), [&](const Pattern& q) {
      if (q.turkic != p.turkic || q.inflects != p.inflects || q.words.size() != p.words.size()) return false;
      for (size_t i = 0; i < q.words.size(); ++i)
        if (q.words[i].folded != p.words[i].folded || q.words[i].shape != p.words[i].shape) return false;
      return true;
    });
    if (same != patterns_.end()) {
      bool listed = std::any_of(same->entries.begin(), same->entries.end(), [&](const EventCueEntry* x) {
        return x->kind == e.kind && x->type == e.type;
      });
      if (!listed) same->entries.push_back(&e);
      continue;
    }
    p.entries.push_back(&e);
    texts.push_back(p.words.front().folded);
    patterns_.push_back(std::move(p));
  }
  scanner_ = std::make_unique<LiteralScanner>(texts, cache_dir);
}

EventCueScanner::~EventCueScanner() = default;

// Whether word `w` of `p` stands at folded offset `at` (its start already on a boundary) as a
// word of its shape; sets *end to the end of the word.
bool EventCueScanner::MatchWord(const Pattern& p, const Word& w, size_t at, size_t* end) const {
  std::string_view f = folded_.text;
  if (f.compare(at, w.folded.size(), w.folded) != 0) return false;
  const size_t letters_end = at + w.folded.size();
  const size_t word_end = WordEndFrom(f, letters_end);
  switch (w.shape) {
    case Shape::kPrefix: break;
    case Shape::kSuffix:
      if (word_end != letters_end) return false;
      break;
    case Shape::kWord: {
      std::string_view rest = f.substr(letters_end, word_end - letters_end);
      if (!rest.empty() && (!p.inflects || !AcceptsEnding(p.script, rest, p.turkic, false))) return false;
      break;
    }
  }
  *end = word_end;
  return true;
}

// The further words of a phrase, each after one space.
bool EventCueScanner::Extend(const Pattern& p, size_t first_end, size_t* end) const {
  std::string_view f = folded_.text;
  size_t at = first_end;
  for (size_t i = 1; i < p.words.size(); ++i) {
    if (at >= f.size() || f[at] != ' ') return false;
    if (!MatchWord(p, p.words[i], at + 1, &at)) return false;
  }
  *end = at;
  return true;
}

std::vector<EventCue> EventCueScanner::Find(std::string_view text) const {
  TextNormalizer::Instance().FoldInto(text, &folded_);
  hits_.clear();
  scanner_->Scan(folded_.text, &hits_);
  std::string_view f = folded_.text;
  found_.clear();
  for (const auto& hit : hits_) {
    const Pattern& p = patterns_[hit.pattern];
    const Word& first = p.words.front();
    size_t begin = hit.end - first.folded.size(), end = 0;
    if (first.shape == Shape::kSuffix) {
      if (!WordCharBefore(f, begin)) continue;  // a suffix needs a stem before it
      if (!MatchWord(p, first, begin, &end)) continue;
      begin = WordBeginFrom(f, begin);
    } else if (WordCharBefore(f, begin) || !MatchWord(p, first, begin, &end)) {
      continue;
    }
    if (!Extend(p, end, &end)) continue;
    found_.push_back({begin, end, hit.pattern});
  }
  std::sort(found_.begin(), found_.end(), [](const Hit& a, const Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end - a.begin > b.end - b.begin;
  });
  // Longest cue wins, as with names: an overlapping hit replaces the kept one when longer.
  kept_.clear();
  for (const Hit& h : found_) {
    if (!kept_.empty() && h.begin < kept_.back().end) {
      if (h.end - h.begin > kept_.back().end - kept_.back().begin) kept_.back() = h;
      continue;
    }
    kept_.push_back(h);
  }
  std::vector<EventCue> cues;
  for (const Hit& h : kept_) {
    const ByteSpan span = folded_.map.ToOriginal({h.begin, h.end});
    for (const EventCueEntry* e : patterns_[h.pattern].entries) cues.push_back({span, e});
  }
  return cues;
}

}  // namespace atlas::text

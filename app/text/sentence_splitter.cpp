// Sentence breaks through ICU; see sentence_splitter.h.
#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <unordered_map>

#include "util/error.h"

namespace atlas::text {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Drops ASCII white space and no-break spaces at both ends.
ByteSpan Trimmed(std::string_view text, ByteSpan s) {
  auto nbsp_at = [&](size_t i) { return i + 1 < s.end && text.compare(i, 2, "\xC2\xA0") == 0; };
  while (s.begin < s.end && (IsSpace(text[s.begin]) || nbsp_at(s.begin))) s.begin += IsSpace(text[s.begin]) ? 1 : 2;
  while (s.end > s.begin && (IsSpace(text[s.end - 1]) || (s.end - s.begin >= 2 && text.compare(s.end - 2, 2, "\xC2\xA0") == 0)))
    s.end -= IsSpace(text[s.end - 1]) ? 1 : 2;
  return s;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const std::string& language) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on CLDR's list of abbreviations after which no sentence ends.
  const std::string locale = (language.empty() ? std::string("en") : language) + "@ss=standard";
  breaker_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status) || !breaker_) throw AtlasError("ICU", std::string("no sentence break rules: ") + u_errorName(status));
}

SentenceSplitter::~SentenceSplitter() = default;

const SentenceSplitter& SentenceSplitterFor(const std::string& language) {
  thread_local std::unordered_map<std::string, std::unique_ptr<SentenceSplitter>> splitters;
  std::unique_ptr<SentenceSplitter>& s = splitters[language];
  if (!s) s = std::make_unique<SentenceSplitter>(language);
  return *s;
}

std::vector<ByteSpan> SentenceSplitter::Split(std::string_view text, const std::vector<ByteSpan>& units) const {
  std::vector<ByteSpan> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return {Trimmed(text, {0, text.size()})};
  breaker_->setText(ut, status);
  // The units merged and sorted, walked along with the breaks (which only move forward).
  std::vector<ByteSpan> merged = units;
  std::sort(merged.begin(), merged.end(), [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  size_t kept = 0;
  for (const ByteSpan& u : merged) {
    if (kept > 0 && u.begin < merged[kept - 1].end) merged[kept - 1].end = std::max(merged[kept - 1].end, u.end);
    else merged[kept++] = u;
  }
  merged.resize(kept);
  size_t next_unit = 0;
  // UTF-8 UText: the iterator's indexes are byte offsets into `text`.
  size_t start = 0;
  for (int32_t b = breaker_->next(); b != icu::BreakIterator::DONE; b = breaker_->next()) {
    const size_t at = static_cast<size_t>(b);
    while (next_unit < merged.size() && merged[next_unit].end <= at) ++next_unit;
    if (at < text.size() && next_unit < merged.size() && merged[next_unit].begin < at) continue;
    ByteSpan s = Trimmed(text, {start, at});
    if (!s.empty()) out.push_back(s);
    start = at;
  }
  if (start < text.size()) {
    ByteSpan s = Trimmed(text, {start, text.size()});
    if (!s.empty()) out.push_back(s);
  }
  utext_close(ut);
  return out;
}

}  // namespace atlas::text

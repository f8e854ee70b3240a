// SentenceSplitter: owns splitting a passage into sentences (ICU rules by language, never inside
// a date or a name the caller marks). No GL, ImGui, SQL or GDAL.
#pragma once
#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/document_model.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace atlas::text {

class SentenceSplitter {
 public:
  // `language`: ISO 639-1 (empty: the root rules).
  explicit SentenceSplitter(const std::string& language = {});
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // The sentences of `text`, in order, trimmed of surrounding white space (empty ones
  // dropped); offsets into `text`. A break that would fall inside one of `units` (sorted or
  // not; offsets into `text`) is not made: "Oct. 3", "St. Petersburg" stay whole.
  std::vector<ByteSpan> Split(std::string_view text, const std::vector<ByteSpan>& units = {}) const;

 private:
  std::unique_ptr<icu::BreakIterator> breaker_;
};

// A splitter for `language` kept for the calling thread: building ICU's rules with their
// abbreviation lists takes milliseconds, far longer than splitting an article.
const SentenceSplitter& SentenceSplitterFor(const std::string& language);

}  // namespace atlas::text

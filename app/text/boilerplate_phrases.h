// BoilerplatePhrases: the lines web pages wrap around articles (related lists, prompts, captions,
// site chrome) in six languages, as data in one place. ICU folding only; no GL, ImGui, SQL.
#pragma once
#include <string>
#include <string_view>

namespace atlas::text {

enum class BoilerplateKind {
  kNone,
  kEnd,     // closes an article: "Related News", "Be the first to comment", "Follow us on ..."
  kInline,  // furniture inside an article: "Photo Credit: ...", "Illustrative image", a bare URL
  kSite,    // site chrome: "logo", "Anasayfa", "»", "Latest news with #..."
  kMeta,    // header furniture: "7 min read", "7 dk okuma süresi", "284 0" (counters)
};

// The kind of a whole line (given without its line break). Only short lines can be
// boilerplate: a long paragraph quoting "related news" stays text.
BoilerplateKind ClassifyBoilerplate(std::string_view line);

// The line folded for phrase matching: case folded (Turkic i's to "i", Arabic alef forms to
// bare alef), white space collapsed, trimmed, with list markers and bullets removed.
std::string FoldLineForPhrases(std::string_view line);

// A line that is only a section break or an elision mark: "* * *", "***", "<…>", "…".
bool IsBreakMarker(std::string_view line);

}  // namespace atlas::text

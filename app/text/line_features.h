// LineFeatures: what the segmenter knows about each line (shape, boilerplate, dateline, byline,
// credit, repeats), computed once in linear time. No GL, ImGui, SQL or GDAL.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "text/boilerplate_phrases.h"
#include "text/date_parser.h"
#include "text/document_model.h"
#include "text/source_locator.h"

namespace atlas::text {

// Short lines that name who wrote or published an article.
enum class CreditKind {
  kNone,
  kByline,  // "By Trend", "by Batko Milacic – ... – for The Saker Blog", "Submitted by X.", "بقلم ..."
  kPerson,  // a bare name: "Yeghia Tashjian", "محمد صادق الحسيني"
  kOutlet,  // a bare outlet: "Russia Today", "South Front", "ARABI SOURI", "The National"
};

enum class LineScript { kNone, kLatin, kCyrillic, kArabic, kArmenian, kGeorgian, kOther };

struct LineFeatures {
  ByteSpan span;     // the line in Document::text, without its line break
  ByteSpan content;  // the same without surrounding white space (or a BOM)
  int raw_line = 0;  // 1-based line number in the file as read

  bool blank = false;
  int words = 0;
  int chars = 0;  // code points in `content` (counted up to 4096)
  bool bullet = false;    // "• Politics", "- item"
  bool numbered = false;  // "1. Anasayfa", "2) ..."
  bool all_caps = false;  // two or more cased letters, all upper case
  bool starts_upper = false;  // first letter upper case, or a script without case
  bool ends_sentence = false;  // . ! ? … possibly before a closing quote or bracket
  bool ends_question = false;  // ? or ؟: questions are titles more often than text
  bool ends_open = false;      // , ; : or a dash: the line continues elsewhere
  int inner_sentences = 0;     // sentence ends followed by more text
  bool has_url = false;
  LineScript script = LineScript::kNone;

  BoilerplateKind boilerplate = BoilerplateKind::kNone;
  bool break_marker = false;
  uint64_t key = 0;    // hash of the LettersKey of a short line, for repeats (0: none)
  int key_count = 0;   // lines in the document with the same key
  bool dateline = false;
  DateExpression date;  // the dateline's date (span relative to Document::text)
  CreditKind credit = CreditKind::kNone;

  bool title_like = false;  // could head an article: short, capitalised, not boilerplate
  bool body = false;        // a paragraph of running text
  bool prose = false;       // running text, or a sentence of eight words or more: text follows
  bool joins_next = false;  // hard-wrapped: this line and the next are one paragraph
};

// Features of every line of `doc.text`. Raw line numbers go through the document's
// source map (`locator`, made for `doc`), so they are right for HTML and Markdown too.
std::vector<LineFeatures> DescribeLines(const Document& doc, const SourceLocator& locator);

// The credit a short line gives, if any (`repeated`: the same line occurs elsewhere in the
// document, which makes a bare name more likely an outlet).
CreditKind ClassifyCredit(std::string_view line, bool repeated);

}  // namespace atlas::text

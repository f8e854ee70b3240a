// HtmlReader: an HTML page's readable text (no scripts, nav, footers, asides, forms), its exact
// back-map to the page, and the page's own header hints. Uses gumbo; no GL, ImGui, SQL or GDAL.
#pragma once

// Text is extracted block by block; the page's <title>, <h1>, author, publication time and
// site name become SourceHints.
#include <string_view>

#include "text/extracted_text_builder.h"

namespace atlas::text {

// Deeper pages are refused: gumbo's tree construction costs time and memory quadratic in
// the nesting depth (10,000 nested elements take ~0.8 GB), and real pages stay far below.
inline constexpr int kMaxHtmlNesting = 600;

// True when a file starts (after a BOM and white space) like HTML: a doctype, <html>,
// <head>, <body> or a few common tags. Text that merely mentions a tag is not HTML.
bool LooksLikeHtml(std::string_view head);

// `source` is valid UTF-8 (a BOM is allowed). Blocks (p, div, h1-h6, li, ...) become
// paragraphs separated by blank lines, <br> a line break; runs of white space collapse to one
// space. Every extracted byte maps back to the page (character references to the reference
// as written). Where the HTML parser itself reorders misnested markup, a span running across
// the reordered parts maps to its first and last bytes only.
// Throws AtlasError("", problem) when the page is nested too deeply to parse safely.
ExtractedText ExtractHtmlText(std::string_view source);

}  // namespace atlas::text

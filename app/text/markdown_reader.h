// MarkdownReader: a Markdown file's plain text with an exact map back to its bytes, and its
// header hints; small and line-based (Debian has no Markdown library). No GL, ImGui, SQL, GDAL.
#pragma once
#include <string_view>

#include "text/extracted_text_builder.h"

namespace atlas::text {

// Every input line gives exactly one output line, so line numbers agree with the file.
// Headings lose their '#' marks (and setext underlines vanish), links keep their text,
// images, reference definitions, thematic breaks, fences and front matter become empty
// lines, list and quote markers and emphasis delimiters are dropped, code keeps its text.
// Understood front-matter keys: title, date/published, author, site/source/publisher.
ExtractedText ExtractMarkdownText(std::string_view source);

}  // namespace atlas::text

// DocumentReader: a file (plain text, Markdown, HTML) read into a Document the program can trust,
// or one clear error line. Owns reading, validation and format dispatch; no GL, ImGui, SQL, GDAL.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "text/document_model.h"

namespace atlas::text {

enum class FormatChoice { kAuto, kPlainText, kMarkdown, kHtml };

struct DocumentReadOptions {
  size_t max_bytes = size_t(256) << 20;      // larger files are refused
  size_t max_html_bytes = size_t(32) << 20;  // HTML costs a parse tree many times its size
  FormatChoice format = FormatChoice::kAuto;  // kAuto: by extension, then by content
};

// Reads `path`. Throws AtlasError("<path>", problem) for a missing, unreadable, too large,
// empty or binary file, or markup that cannot be parsed safely. Invalid UTF-8 is replaced
// by U+FFFD and reported in Document::warnings.
Document ReadDocument(const std::filesystem::path& path, const DocumentReadOptions& options = {});

// The same from bytes already in memory; `path` only names the document (and, with kAuto,
// its extension picks the format).
Document DocumentFromBytes(std::string path, std::string_view bytes, const DocumentReadOptions& options = {});

// The format kAuto picks for a file of this name starting with these bytes.
SourceFormat DetectFormat(std::string_view path, std::string_view head);

}  // namespace atlas::text

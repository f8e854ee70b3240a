// Reading, validating and dispatching files by format; see document_reader.h.
#include "text/document_reader.h"

#include <algorithm>
#include <cctype>

#include "text/html_reader.h"
#include "text/markdown_reader.h"
#include "text/utf8_text.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas::text {
namespace {

std::string LowerExtension(std::string_view path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

SourceFormat Resolve(FormatChoice choice, std::string_view path, std::string_view head) {
  switch (choice) {
    case FormatChoice::kPlainText: return SourceFormat::kPlainText;
    case FormatChoice::kMarkdown: return SourceFormat::kMarkdown;
    case FormatChoice::kHtml: return SourceFormat::kHtml;
    case FormatChoice::kAuto: break;
  }
  return DetectFormat(path, head);
}

// Throws when the bytes cannot be text: the checks run before any decoding work.
void RejectNonText(std::string_view bytes) {
  if (bytes.empty()) throw AtlasError("", "empty file");
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")
    throw AtlasError("", "UTF-16 text is not supported; save it as UTF-8");
  if (LooksBinary(bytes)) throw AtlasError("", "binary file, not text");
}

std::string Plural(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

}  // namespace

SourceFormat DetectFormat(std::string_view path, std::string_view head) {
  std::string ext = LowerExtension(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return SourceFormat::kHtml;
  if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") return SourceFormat::kMarkdown;
  return LooksLikeHtml(head) ? SourceFormat::kHtml : SourceFormat::kPlainText;
}

Document DocumentFromBytes(std::string path, std::string_view bytes, const DocumentReadOptions& options) {
  try {
    if (bytes.size() > options.max_bytes)
      throw AtlasError("", "too large (" + std::to_string(bytes.size()) + " bytes, limit " + std::to_string(options.max_bytes) + ")");
    RejectNonText(bytes);
    Document doc;
    doc.path = path;
    doc.format = Resolve(options.format, doc.path, bytes.substr(0, 4096));
    DecodedText decoded = DecodeUtf8(bytes);
    if (decoded.replaced)
      doc.warnings.push_back(Plural(decoded.replaced, "invalid UTF-8 sequence", "invalid UTF-8 sequences") + " replaced by U+FFFD");
    if (doc.format == SourceFormat::kPlainText) {
      doc.text = std::move(decoded.text);
    } else {
      if (doc.format == SourceFormat::kHtml && bytes.size() > options.max_html_bytes)
        throw AtlasError("", "HTML too large to parse (" + std::to_string(bytes.size()) + " bytes, limit " +
                                 std::to_string(options.max_html_bytes) + ")");
      doc.source = std::move(decoded.text);
      ExtractedText extracted = doc.format == SourceFormat::kHtml ? ExtractHtmlText(doc.source) : ExtractMarkdownText(doc.source);
      doc.text = std::move(extracted.text);
      doc.source_map = std::move(extracted.map);
      doc.hints = std::move(extracted.hints);
    }
    size_t bom = doc.text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    if (doc.text.find_first_not_of(" \t\r\n\f\v", bom) == std::string::npos)
      throw AtlasError("", doc.format == SourceFormat::kHtml ? "no readable text in the page" : "no text (only white space)");
    return doc;
  } catch (const AtlasError& e) {
    if (!e.subject().empty()) throw;
    throw AtlasError(path, e.problem());
  }
}

Document ReadDocument(const std::filesystem::path& path, const DocumentReadOptions& options) {
  std::string bytes = ReadWholeFile(path, options.max_bytes);
  return DocumentFromBytes(path.string(), bytes, options);
}

}  // namespace atlas::text

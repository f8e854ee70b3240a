// JSON Lines of place mentions; see mentions_report.h.
#include "text/mentions_report.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "text/document_model.h"
#include "text/line_column_cursor.h"
#include "text/mention_linker.h"
#include "text/text_chunk_reader.h"
#include "util/error.h"

namespace atlas::text {
namespace {

// The parts of a document that are linked. Today the whole text; restricting mentions to
// article text is: return the complement of doc.boilerplate.
std::vector<ByteSpan> LinkableSpans(const Document& doc) { return {ByteSpan{0, doc.text.size()}}; }

// JSON fragments that do not change between mentions, built once with nlohmann.
class JsonFragments {
 public:
  explicit JsonFragments(const Gazetteer& g) {
    for (const auto& e : g.entries()) {
      nlohmann::ordered_json tail = {{"place", e.id}, {"name", e.name}, {"kind", ToString(e.kind)}, {"lat", e.lat}, {"lon", e.lon}};
      std::string s = tail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      entry_tail_.emplace(e.id, s.substr(1, s.size() - 2));  // without the braces
    }
  }
  const std::string& EntryTail(const std::string& id) const { return entry_tail_.at(id); }
  const std::string& Quoted(std::string_view text) {
    auto it = quoted_.find(text);  // no temporary string: most surfaces repeat
    if (it != quoted_.end()) return it->second;
    if (quoted_.size() > 100000) quoted_.clear();  // bounded memory on adversarial input
    std::string q = nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return quoted_.emplace(std::string(text), std::move(q)).first->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::string> entry_tail_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> quoted_;
};

// Links one file chunk by chunk; appends its JSON lines to `out`.
// What one run reuses from file to file: buffers, so that small files cost no allocation.
struct ReportScratch {
  explicit ReportScratch(size_t chunk_bytes) : reader(chunk_bytes) {}
  TextChunkReader reader;
  TextChunk chunk;
  Document doc;
  std::vector<PlaceMention> mentions;
  std::string buffer;
};

void ReportFile(const std::string& path, const MentionLinker& linker, JsonFragments* json, ReportScratch* scratch,
                std::ostream& out, std::ostream& err) {
  TextChunkReader& reader = scratch->reader;
  reader.Open(path);
  if (reader.empty()) {
    err << path << ": empty file, skipped\n";
    return;
  }
  const std::string file_head = "{\"file\":" + json->Quoted(path) + ",\"line\":";
  LineColumnCursor cursor;
  TextChunk& chunk = scratch->chunk;
  Document& doc = scratch->doc;
  doc.path = path;
  std::vector<PlaceMention>& mentions = scratch->mentions;
  std::string& buffer = scratch->buffer;
  buffer.clear();
  while (reader.Next(&chunk)) {
    doc.text = std::move(chunk.text);
    mentions.clear();
    for (const ByteSpan& span : LinkableSpans(doc)) {
      size_t first = mentions.size();
      linker.LinkInto(std::string_view(doc.text).substr(span.begin, span.size()), &mentions);
      for (size_t i = first; i < mentions.size(); ++i) {
        mentions[i].span.begin += span.begin;
        mentions[i].span.end += span.begin;
      }
    }
    for (const PlaceMention& m : mentions) {
      if (m.span.begin < chunk.own_begin || m.span.begin >= chunk.own_end) continue;  // a neighbour's
      LineCol at = cursor.AdvanceTo(doc.text, chunk.base, chunk.base + m.span.begin);
      buffer += file_head;
      buffer += std::to_string(at.line);
      buffer += ",\"col\":";
      buffer += std::to_string(at.col);
      buffer += ",\"surface\":";
      buffer += json->Quoted(std::string_view(doc.text).substr(m.span.begin, m.span.size()));
      buffer += ',';
      buffer += json->EntryTail(m.place_id);
      if (m.metonym) buffer += ",\"metonym\":true";
      buffer += "}\n";
      if (buffer.size() > (1 << 16)) {
        out << buffer;
        buffer.clear();
      }
    }
    // Carry the line count over the part of this chunk the next one will not see again.
    if (!chunk.last) cursor.AdvanceTo(doc.text, chunk.base, chunk.base + chunk.own_end);
    chunk.text = std::move(doc.text);
  }
  out << buffer;
  if (reader.replaced() > 0)
    err << path << ": warning: " << reader.replaced() << " invalid UTF-8 sequence(s) replaced by U+FFFD\n";
}

}  // namespace

int WriteMentionsJsonl(const MentionsOptions& options, std::ostream& out, std::ostream& err) {
  const MentionLinker& linker = options.linker ? *options.linker : BundledLinker();
  JsonFragments json(linker.gazetteer());
  int status = 0;
  ReportScratch scratch(options.chunk_bytes);
  for (const auto& path : options.files) {
    try {
      ReportFile(path, linker, &json, &scratch, out, err);
    } catch (const AtlasError& e) {
      err << e.what() << '\n';
      status = 1;
    }
  }
  out.flush();
  return status;
}

}  // namespace atlas::text

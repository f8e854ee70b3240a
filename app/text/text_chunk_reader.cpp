// Chunked decoding with overlap; see text_chunk_reader.h.
#include "text/text_chunk_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>


#include "text/eight_bytes.h"
#include "text/utf8_step.h"
#include "text/utf8_text.h"
#include "util/error.h"

namespace atlas::text {
namespace {

// A cut before a byte that is not a UTF-8 continuation byte never splits a sequence, so
// decoding the pieces gives the same text as decoding the whole (ill-formed parts included).
size_t SafeCut(std::string_view raw) {
  // Cut before the last byte that is not a continuation byte: what follows it may be an
  // incomplete sequence whose rest has not been read yet.
  size_t cut = raw.size() - 1;
  while (cut > 0 && raw.size() - cut < 64 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
  return cut == 0 ? raw.size() : cut;
}

// The common case, checked fast: valid text is used as it is, without a decoded copy.
bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    i += eight_bytes::AsciiPrefix(p + i, n - i);
    if (i == n) break;
    int32_t c = 0;
    i += Utf8Step(p + i, n - i, &c);
    if (c < 0) return false;
  }
  return true;
}

// Back up to the start of a code point in valid UTF-8.
size_t CodePointStart(const std::string& text, size_t at) {
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

TextChunkReader::TextChunkReader(size_t chunk_bytes, size_t margin)
    : chunk_bytes_(std::max(chunk_bytes, 4 * margin + 64)), margin_(margin) {}

TextChunkReader::~TextChunkReader() { Close(); }

void TextChunkReader::Close() {
  if (file_) std::fclose(file_);
  file_ = nullptr;
}

void TextChunkReader::Open(const std::string& path) {
  Close();
  path_ = path;
  raw_len_ = 0;
  carry_.clear();
  carry_base_ = next_own_offset_ = replaced_ = 0;
  eof_ = empty_ = done_ = false;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw AtlasError(path, "is a directory");
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) throw AtlasError(path, std::strerror(errno));
  raw_.resize(chunk_bytes_);  // once: the buffers live as long as the reader
  raw_len_ = std::fread(raw_.data(), 1, std::min<size_t>(chunk_bytes_, 64 * 1024), file_);
  if (std::ferror(file_)) throw AtlasError(path, "read error");
  empty_ = raw_len_ == 0;
  if (LooksBinary(std::string_view(raw_.data(), raw_len_))) throw AtlasError(path, "looks like a binary file, not text");
}

bool TextChunkReader::Next(TextChunk* chunk) {
  if (done_ || empty_) return false;
  // Fill the raw buffer up to the chunk size.
  while (!eof_ && raw_len_ < chunk_bytes_) {  // pipes may deliver less than asked
    size_t n = std::fread(raw_.data() + raw_len_, 1, chunk_bytes_ - raw_len_, file_);
    if (std::ferror(file_)) throw AtlasError(path_, "read error");
    raw_len_ += n;
    eof_ = std::feof(file_) != 0 || n == 0;
  }
  std::string_view raw(raw_.data(), raw_len_);
  size_t cut = eof_ ? raw.size() : SafeCut(raw);
  // chunk->text keeps its capacity from call to call: no fresh allocation per chunk.
  chunk->text.assign(carry_);
  std::string_view piece = raw.substr(0, cut);
  if (IsValidUtf8(piece)) {
    chunk->text.append(piece);
  } else {
    DecodedText decoded = DecodeUtf8(piece);
    replaced_ += decoded.replaced;
    chunk->text.append(decoded.text);
  }
  std::memmove(raw_.data(), raw_.data() + cut, raw_len_ - cut);
  raw_len_ -= cut;
  chunk->base = carry_base_;
  chunk->own_begin = next_own_offset_;
  chunk->last = eof_ && raw_len_ == 0;
  if (chunk->last) {
    chunk->own_end = chunk->text.size();
    done_ = true;
    return true;
  }
  // Keep the last `margin` bytes as context after this chunk's own part and the `margin`
  // before them as context for the next chunk.
  chunk->own_end = CodePointStart(chunk->text, chunk->text.size() - margin_);
  size_t keep_from = CodePointStart(chunk->text, chunk->own_end - margin_);
  carry_ = chunk->text.substr(keep_from);
  carry_base_ = chunk->base + keep_from;
  next_own_offset_ = chunk->own_end - keep_from;
  return true;
}

}  // namespace atlas::text

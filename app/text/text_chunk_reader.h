// TextChunkReader: reads a text file of any size as decoded UTF-8 pieces that overlap by a
// margin, so that work done per piece (linking) sees context on both sides of what it
// owns and memory stays bounded. Owns file reading and decoding; no GL, ImGui, SQL or GDAL.
#pragma once
#include <cstdio>
#include <memory>
#include <string>

namespace atlas::text {

struct TextChunk {
  std::string text;         // valid UTF-8 (ill-formed bytes replaced by U+FFFD)
  size_t base = 0;          // offset of text[0] in the whole decoded file
  size_t own_begin = 0;     // [own_begin, own_end) of `text` belongs to this chunk;
  size_t own_end = 0;       // the rest is shared context with the neighbouring chunks
  bool last = false;
};

class TextChunkReader {
 public:
  // `chunk_bytes` bounds the raw bytes read at once; `margin` is the context shared by
  // neighbouring chunks. One reader serves many files and keeps its buffers.
  explicit TextChunkReader(size_t chunk_bytes = size_t(1) << 20, size_t margin = 4096);
  ~TextChunkReader();
  TextChunkReader(const TextChunkReader&) = delete;
  TextChunkReader& operator=(const TextChunkReader&) = delete;

  // Starts on `path`; throws AtlasError("<path>", problem) if it cannot be read, is a
  // directory, or looks binary.
  void Open(const std::string& path);
  void Close();

  bool empty() const { return empty_; }
  // The next piece; false when the file is done. Throws AtlasError on a read error.
  bool Next(TextChunk* chunk);
  size_t replaced() const { return replaced_; }  // ill-formed sequences replaced so far

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
  size_t chunk_bytes_, margin_;
  std::string raw_;    // storage for bytes read but not yet decoded
  size_t raw_len_ = 0;  // how many of raw_'s bytes hold them
  std::string carry_;  // decoded context kept from the previous chunk
  size_t carry_base_ = 0;
  size_t next_own_offset_ = 0;  // where the next chunk's own part starts in its text
  bool eof_ = false, empty_ = false, done_ = false;
  size_t replaced_ = 0;
};

}  // namespace atlas::text

// SourceMap: where each byte of text extracted from markup (HTML, Markdown) came from in the
// file. Owns offset arithmetic only; no ICU, gumbo, GL, ImGui, SQL or GDAL.
#pragma once
#include <cstddef>
#include <vector>

namespace atlas::text {

// The extracted text is a sequence of pieces. A verbatim piece copies source bytes one for
// one; any other piece (a decoded entity, a collapsed run of spaces, a synthesized line
// break) maps as a whole onto the source bytes it stands for. Text between pieces cannot
// exist: every extracted byte belongs to one piece. An empty map is the identity.
class SourceMap {
 public:
  struct Piece {
    size_t text = 0, source = 0;          // where the piece starts in each
    size_t text_len = 0, source_len = 0;
    bool verbatim = false;                // text_len == source_len, byte for byte
  };

  // Pieces must be appended in text order, contiguous in the text.
  void Append(const Piece& piece);
  bool identity() const { return pieces_.empty(); }
  size_t piece_count() const { return pieces_.size(); }

  // Source offset of text byte `t` (t may equal the text size: the end of the last piece).
  size_t ToSourceBegin(size_t t) const;
  // Source end (exclusive) of a text span ending at `t` (the piece holding byte t - 1).
  size_t ToSourceEnd(size_t t) const;

 private:
  std::vector<Piece> pieces_;
};

}  // namespace atlas::text

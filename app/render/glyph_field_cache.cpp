// The glyph distance-field cache file; see glyph_field_cache.h. Format: magic, fingerprint,
// count, then per glyph its key, offsets, size and pixels.
#include "render/glyph_field_cache.h"

#include <cstring>

#include "util/binary_record.h"
#include "util/cache_file.h"

namespace atlas::render {
namespace {

constexpr char kMagic[8] = {'A', 'T', 'L', 'G', 'L', 'Y', '0', '1'};
constexpr int32_t kMaxSide = 1024;  // no glyph at the base size comes near this

}  // namespace

GlyphFieldCache::GlyphFieldCache(std::string fingerprint, std::filesystem::path file)
    : fingerprint_(std::move(fingerprint)), file_(std::move(file)) {
  if (file_.empty()) return;
  const std::optional<std::string> data = ReadCacheFile(file_, size_t(256) << 20);
  if (!data) return;  // absent or unreadable: start empty
  BinaryReader r(*data);
  char magic[8];
  for (char& c : magic) c = r.Pod<char>();
  if (std::memcmp(magic, kMagic, sizeof magic) != 0 || r.String() != fingerprint_) return;
  std::unordered_map<uint64_t, GlyphField> fields;
  const auto count = r.Pod<uint64_t>();
  for (uint64_t i = 0; i < count && r.ok(); ++i) {
    const auto key = r.Pod<uint64_t>();
    GlyphField f;
    f.left = r.Pod<int32_t>();
    f.top = r.Pod<int32_t>();
    f.width = r.Pod<int32_t>();
    f.height = r.Pod<int32_t>();
    f.pixels = r.Array<uint8_t>();
    if (f.width < 0 || f.height < 0 || f.width > kMaxSide || f.height > kMaxSide ||
        f.pixels.size() != size_t(f.width) * size_t(f.height))
      return;  // damaged: ignore the whole file, it is rewritten on the next save
    fields.emplace(key, std::move(f));
  }
  if (!r.ok() || !r.done()) return;
  fields_ = std::move(fields);
  loaded_ = fields_.size();
}

GlyphFieldCache::~GlyphFieldCache() { Save(); }

const GlyphField* GlyphFieldCache::Find(int face, uint32_t glyph) const {
  auto it = fields_.find(Key(face, glyph));
  return it == fields_.end() ? nullptr : &it->second;
}

const GlyphField& GlyphFieldCache::Insert(int face, uint32_t glyph, GlyphField field) {
  auto [it, added] = fields_.insert_or_assign(Key(face, glyph), std::move(field));
  dirty_ = dirty_ || added;
  return it->second;
}

bool GlyphFieldCache::Save() {
  if (file_.empty() || !dirty_) return true;
  BinaryWriter w;
  for (char c : kMagic) w.Pod(c);
  w.String(fingerprint_);
  w.Pod<uint64_t>(fields_.size());
  for (const auto& [key, f] : fields_) {
    w.Pod(key);
    w.Pod(f.left);
    w.Pod(f.top);
    w.Pod(f.width);
    w.Pod(f.height);
    w.Array(f.pixels);
  }
  if (!WriteCacheFile(file_, w.data())) return false;
  dirty_ = false;
  return true;
}

}  // namespace atlas::render

// One Hyperscan literal database for all names; see literal_scanner.h.
#include "text/literal_scanner.h"

#include <hs/hs.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "util/cache_file.h"
#include "util/error.h"

namespace atlas::text {
namespace {

uint64_t HashPatterns(const std::vector<std::string>& patterns) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a over lengths and bytes
  auto mix = [&h](unsigned char c) { h = (h ^ c) * 1099511628211ull; };
  for (const char* v = hs_version(); *v; ++v) mix(static_cast<unsigned char>(*v));
  for (const auto& p : patterns) {
    for (int i = 0; i < 4; ++i) mix(static_cast<unsigned char>(p.size() >> (8 * i)));
    for (unsigned char c : p) mix(c);
  }
  return h;
}

hs_database_t* Compile(const std::vector<std::string>& patterns) {
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags(patterns.size(), 0), ids;
  for (size_t i = 0; i < patterns.size(); ++i) {
    exprs.push_back(patterns[i].data());
    lens.push_back(patterns[i].size());
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(patterns.size()),
                           HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
    std::string message = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw AtlasError("gazetteer", "cannot compile the name matcher: " + message);
  }
  return db;
}

hs_database_t* LoadCached(const std::filesystem::path& file) {
  const std::optional<std::string> bytes = ReadCacheFile(file, size_t(256) << 20);
  if (!bytes) return nullptr;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(bytes->data(), bytes->size(), &db) != HS_SUCCESS) return nullptr;  // stale or foreign
  return db;
}

void StoreCached(hs_database_t* db, const std::filesystem::path& file) {
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  WriteCacheFile(file, std::string_view(bytes, length));  // if it fails, the next start compiles
  std::free(bytes);
}

// Matchers compiled for earlier gazetteers are never read again.
void RemoveStaleCaches(const std::filesystem::path& dir, const std::filesystem::path& keep) {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.path() != keep && name.starts_with("names-") && name.ends_with(".hsdb")) std::filesystem::remove(e.path(), ec);
  }
}

int OnMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void* ctx) {
  static_cast<std::vector<LiteralScanner::Hit>*>(ctx)->push_back({id, static_cast<size_t>(to)});
  return 0;
}

}  // namespace

LiteralScanner::LiteralScanner(const std::vector<std::string>& patterns, const std::filesystem::path& cache_dir) {
  if (patterns.empty()) return;  // nothing to find: Scan reports nothing
  std::filesystem::path file;
  if (!cache_dir.empty()) {
    char name[64];
    std::snprintf(name, sizeof name, "names-%016llx.hsdb", static_cast<unsigned long long>(HashPatterns(patterns)));
    file = cache_dir / name;
    db_ = LoadCached(file);
    loaded_from_cache_ = db_ != nullptr;
  }
  if (!db_) {
    db_ = Compile(patterns);
    if (!file.empty()) {
      RemoveStaleCaches(cache_dir, file);
      StoreCached(db_, file);
    }
  }
  if (hs_alloc_scratch(db_, &scratch_) != HS_SUCCESS) {
    hs_free_database(db_);
    throw AtlasError("gazetteer", "cannot allocate the name matcher's scratch space");
  }
}

LiteralScanner::~LiteralScanner() {
  if (scratch_) hs_free_scratch(scratch_);
  if (db_) hs_free_database(db_);
}

void LiteralScanner::Scan(std::string_view text, std::vector<Hit>* hits) const {
  if (!db_ || text.empty()) return;
  // Hyperscan takes 32-bit lengths: scan huge buffers in pieces that overlap by more
  // than any pattern, keeping each hit once.
  constexpr size_t kPiece = size_t(1) << 30, kOverlap = 4096;
  size_t start = 0;
  while (start < text.size()) {
    size_t len = std::min(kPiece, text.size() - start);
    size_t before = hits->size();
    hs_scan(db_, text.data() + start, static_cast<unsigned>(len), 0, scratch_, OnMatch, hits);
    size_t keep_from = start == 0 ? 0 : kOverlap;
    size_t w = before;
    for (size_t r = before; r < hits->size(); ++r) {
      Hit h = (*hits)[r];
      if (h.end <= keep_from) continue;
      h.end += start;
      (*hits)[w++] = h;
    }
    hits->resize(w);
    if (start + len == text.size()) break;
    start += len - kOverlap;
  }
}

}  // namespace atlas::text

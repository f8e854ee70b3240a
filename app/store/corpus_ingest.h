// Ingest: files and folders of articles -> read, segmented, linked -> the corpus store.
// Incremental (an unchanged file is a no-op, a changed one replaced in one transaction) and
// crash-safe (each file commits alone). The function behind `caucasus-atlas ingest` and the
// GUI's Add articles. No GL, no ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <filesystem>
#include <string>
#include <vector>

#include "store/corpus_store.h"
#include "util/progress.h"

namespace atlas::store {

enum class IngestStatus { kAdded, kReplaced, kUnchanged, kSkipped };

struct IngestFileResult {
  std::string path;
  IngestStatus status = IngestStatus::kSkipped;
  std::string message;  // why skipped, or warnings (invalid UTF-8 replaced ...)
  int64_t bytes = 0;
  int articles = 0, passages = 0, mentions = 0;
};

struct IngestOptions {
  std::vector<std::filesystem::path> inputs;  // files, or folders searched for .txt/.md/.html
  std::filesystem::path database;             // empty: DefaultCorpusPath()
  bool recursive = true;
  // Called as each file is done (index from 0, of total); return false to stop there.
  std::function<bool(const IngestFileResult&, size_t index, size_t total)> on_file;
};

struct IngestSummary {
  std::vector<IngestFileResult> files;
  int64_t bytes_read = 0;
  double seconds = 0;
  StoredCounts totals;  // in the store afterwards
  int Count(IngestStatus s) const;
};

// Files to ingest under `inputs`, in a stable order. A named file is always included; a folder
// contributes its .txt, .text, .md, .markdown, .html and .htm files.
std::vector<std::filesystem::path> CollectIngestFiles(const std::vector<std::filesystem::path>& inputs,
                                                      bool recursive);

// Throws AtlasError only when the database cannot be used at all; a bad file is reported in
// its IngestFileResult (kSkipped with a message) and the others go on.
IngestSummary IngestCorpus(const IngestOptions& options);

// Reads a file and analyses it (text::AnalyseDocument: segments, links, actors, events), ready to store. Throws
// AtlasError for unreadable, empty or binary files.
text::Document PrepareDocument(const std::filesystem::path& file);

}  // namespace atlas::store

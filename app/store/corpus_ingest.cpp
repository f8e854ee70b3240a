// The ingest pipeline; see corpus_ingest.h.
#include "store/corpus_ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <set>
#include <system_error>

#include "store/content_hash.h"
#include "text/corpus_pipeline.h"
#include "text/document_reader.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace atlas::store {
namespace fs = std::filesystem;
namespace {

bool IsArticleExtension(const fs::path& p) {
  static const std::set<std::string> kExtensions = {".txt", ".text", ".md", ".markdown", ".html", ".htm"};
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return kExtensions.count(ext) > 0;
}

std::string StoredPath(const fs::path& file) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(file, ec), ec);
  return (ec ? fs::absolute(file) : p).lexically_normal().string();
}

}  // namespace

int IngestSummary::Count(IngestStatus s) const {
  return int(std::count_if(files.begin(), files.end(), [&](const IngestFileResult& f) { return f.status == s; }));
}

std::vector<fs::path> CollectIngestFiles(const std::vector<fs::path>& inputs, bool recursive) {
  std::vector<fs::path> files;
  for (const fs::path& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      auto take = [&](const fs::directory_entry& e) {
        if (e.is_regular_file(ec) && IsArticleExtension(e.path())) found.push_back(e.path());
      };
      if (recursive) {
        for (const auto& e : fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec))
          take(e);
      } else {
        for (const auto& e : fs::directory_iterator(input, ec)) take(e);
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(input);  // a missing file is reported by the ingest, with its name
    }
  }
  return files;
}

text::Document PrepareDocument(const fs::path& file) {
  text::Document doc = text::ReadDocument(file);
  const text::EventExtractor extractor(text::EventExtractorOptions{&text::BundledActorDictionary()});
  text::AnalyseDocument(doc, extractor);
  return doc;
}

namespace {

// One file as the producer leaves it for the writer: a result, and a document to store
// unless the file was skipped or unchanged.
struct PreparedFile {
  IngestFileResult result;
  DocumentIdentity id;
  std::unique_ptr<text::Document> doc;
};

// A bounded hand-over between the thread preparing documents and the thread writing them,
// so memory stays bounded however large the corpus.
class PreparedQueue {
 public:
  static constexpr size_t kMaxItems = 16;
  static constexpr int64_t kMaxBytes = int64_t(96) << 20;

  void Push(PreparedFile item) {
    std::unique_lock lock(mutex_);
    space_.wait(lock, [&] { return stopped_ || (items_.size() < kMaxItems && bytes_ < kMaxBytes) || items_.empty(); });
    if (stopped_) return;
    bytes_ += item.result.bytes;
    items_.push_back(std::move(item));
    ready_.notify_one();
  }
  // Blocks until an item or the end; false at the end.
  bool Pop(PreparedFile* out) {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !items_.empty() || finished_; });
    if (items_.empty()) return false;
    *out = std::move(items_.front());
    items_.pop_front();
    bytes_ -= out->result.bytes;
    space_.notify_one();
    return true;
  }
  bool Empty() {
    std::lock_guard lock(mutex_);
    return items_.empty();
  }
  void Finish() {
    std::lock_guard lock(mutex_);
    finished_ = true;
    ready_.notify_all();
  }
  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = finished_ = true;
    space_.notify_all();
    ready_.notify_all();
  }
  bool stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_, space_;
  std::deque<PreparedFile> items_;
  int64_t bytes_ = 0;
  bool finished_ = false, stopped_ = false;
};

PreparedFile Prepare(const fs::path& file, CorpusStore& reader, const text::EventExtractor& extractor) {
  PreparedFile p;
  p.result.path = file.string();
  try {
    const std::string bytes = ReadWholeFile(file, size_t(256) << 20);
    p.result.bytes = int64_t(bytes.size());
    p.id = {StoredPath(file), ContentHash(bytes), p.result.bytes};
    const std::optional<std::string> stored = reader.StoredHash(p.id.path);
    if (stored && *stored == p.id.content_hash) {
      p.result.status = IngestStatus::kUnchanged;
      return p;
    }
    p.doc = std::make_unique<text::Document>(text::DocumentFromBytes(file.string(), bytes));
    text::AnalyseDocument(*p.doc, extractor);
    p.result.status = stored ? IngestStatus::kReplaced : IngestStatus::kAdded;
    p.result.articles = int(p.doc->articles.size());
    for (const auto& a : p.doc->articles) {
      p.result.passages += int(a.passages.size());
      for (const auto& passage : a.passages) p.result.mentions += int(passage.mentions.size());
    }
    for (const auto& w : p.doc->warnings) p.result.message += (p.result.message.empty() ? "" : "; ") + w;
  } catch (const AtlasError& e) {
    // A file's own problem (unreadable, binary, empty, too large) skips it; the others go on.
    p.result.status = IngestStatus::kSkipped;
    p.result.message = e.problem();
    p.doc.reset();
  }
  return p;
}

}  // namespace

IngestSummary IngestCorpus(const IngestOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const fs::path db_path = options.database.empty() ? DefaultCorpusPath() : options.database;
  CorpusStore store(db_path);  // creates the schema before the reader opens
  IngestSummary summary;
  const std::vector<fs::path> files = CollectIngestFiles(options.inputs, options.recursive);

  // The producer reads, segments and links on its own thread (with its own read-only view
  // of the store for the unchanged check) while this thread writes.
  PreparedQueue queue;
  std::exception_ptr producer_error;
  std::thread producer([&] {
    try {
      CorpusStore reader(db_path, SqliteDb::Mode::kReadOnly);
      const text::EventExtractor extractor(text::EventExtractorOptions{&text::BundledActorDictionary()});
      for (const fs::path& f : files) {
        if (queue.stopped()) break;
        queue.Push(Prepare(f, reader, extractor));
      }
    } catch (...) {
      producer_error = std::current_exception();
    }
    queue.Finish();
  });

  // Files are committed in batches (all or none of a batch): far faster than one
  // transaction per file, and a crash still leaves every file either whole or absent. Each
  // file is written into the open batch as it arrives, so writing overlaps analysis.
  constexpr int64_t kBatchBytes = int64_t(8) << 20;
  // Progress is reported as batches commit, so a batch also closes when nothing else is
  // ready and the last commit is this old.
  constexpr auto kLiveProgress = std::chrono::milliseconds(300);
  std::optional<CorpusStore::Batch> batch;
  std::vector<IngestFileResult> pending;
  int64_t pending_bytes = 0;
  size_t reported = 0;
  bool keep_going = true;
  auto last_commit = std::chrono::steady_clock::now();
  auto commit = [&] {
    if (batch) batch->Commit();
    batch.reset();
    for (const IngestFileResult& r : pending) {
      summary.bytes_read += r.bytes;
      summary.files.push_back(r);
      if (keep_going && options.on_file && !options.on_file(r, reported, files.size())) keep_going = false;
      ++reported;
    }
    pending.clear();
    pending_bytes = 0;
    last_commit = std::chrono::steady_clock::now();
  };
  try {
    PreparedFile item;
    while (keep_going && queue.Pop(&item)) {
      if (item.doc) {
        if (!batch) batch.emplace(store);
        batch->Replace(item.id, *item.doc);
      }
      pending_bytes += item.result.bytes;
      pending.push_back(std::move(item.result));
      item = PreparedFile();  // the document's memory goes now, not with the next file
      if (pending_bytes >= kBatchBytes ||
          (queue.Empty() && std::chrono::steady_clock::now() - last_commit >= kLiveProgress))
        commit();
    }
    commit();
  } catch (...) {
    batch.reset();  // rolls back what the open batch holds
    queue.Stop();
    producer.join();
    throw;
  }
  queue.Stop();
  producer.join();
  if (producer_error) std::rethrow_exception(producer_error);
  summary.totals = store.Counts();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace atlas::store

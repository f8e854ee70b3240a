// `caucasus-atlas ingest PATH... [--db FILE]`: argv -> IngestOptions -> store::IngestCorpus,
// with one progress line per file on stderr and a summary on stdout.
#include <cstdio>

#include "cli/arg_parser.h"
#include "cli/commands.h"
#include "store/corpus_ingest.h"
#include "util/data_paths.h"
#include "util/error.h"

namespace atlas::cli {
namespace {

const char* StatusWord(store::IngestStatus s) {
  switch (s) {
    case store::IngestStatus::kAdded: return "added";
    case store::IngestStatus::kReplaced: return "replaced";
    case store::IngestStatus::kUnchanged: return "unchanged";
    case store::IngestStatus::kSkipped: return "skipped";
  }
  return "";
}

}  // namespace

int RunIngest(int argc, char** argv) {
  store::IngestOptions options;
  std::vector<std::string> paths;
  bool quiet = false;
  ArgParser parser("ingest", "ingest PATH... [--db FILE] [--no-recurse]");
  parser.Positionals("PATH...", "article files (.txt, .md, .html) or folders holding them", &paths, true);
  parser.Option("--db", "FILE", "the corpus database (default: the user's data folder)", [&](std::string_view v) {
    options.database = std::string(v);
    return true;
  });
  parser.Switch("--no-recurse", "do not descend into sub-folders", [&] { options.recursive = false; });
  parser.Switch("--quiet", "print only problems and the summary", [&] { quiet = true; });
  parser.Option("--data", "DIR", "folder holding assets/ and geodata/", [&](std::string_view v) {
    SetDataDirOverride(std::string(v));
    return true;
  });
  if (!parser.Parse(argc, argv)) return 0;
  for (const auto& p : paths) options.inputs.emplace_back(p);

  options.on_file = [&](const store::IngestFileResult& f, size_t i, size_t total) {
    if (f.status == store::IngestStatus::kSkipped) {
      std::fprintf(stderr, "caucasus-atlas: %s: %s\n", f.path.c_str(), f.message.c_str());
    } else if (!quiet) {
      const int width = int(std::to_string(total).size());
      std::fprintf(stderr, "[%*zu/%zu] %s: %s", width, i + 1, total, f.path.c_str(), StatusWord(f.status));
      if (f.status != store::IngestStatus::kUnchanged)
        std::fprintf(stderr, ", %d articles, %d passages, %d place mentions", f.articles, f.passages, f.mentions);
      if (!f.message.empty()) std::fprintf(stderr, " (%s)", f.message.c_str());
      std::fputc('\n', stderr);
    }
    return true;
  };
  const store::IngestSummary summary = store::IngestCorpus(options);
  const double mb = double(summary.bytes_read) / 1e6;
  std::printf("ingested %zu files: %d added, %d replaced, %d unchanged, %d skipped; %.1f MB in %.2f s (%.1f MB/s)\n",
              summary.files.size(), summary.Count(store::IngestStatus::kAdded),
              summary.Count(store::IngestStatus::kReplaced), summary.Count(store::IngestStatus::kUnchanged),
              summary.Count(store::IngestStatus::kSkipped), mb, summary.seconds,
              summary.seconds > 0 ? mb / summary.seconds : 0.0);
  std::printf("the store now holds %lld documents, %lld articles, %lld passages, %lld place mentions\n",
              static_cast<long long>(summary.totals.documents), static_cast<long long>(summary.totals.articles),
              static_cast<long long>(summary.totals.passages), static_cast<long long>(summary.totals.mentions));
  return summary.Count(store::IngestStatus::kSkipped) > 0 ? 1 : 0;
}

}  // namespace atlas::cli

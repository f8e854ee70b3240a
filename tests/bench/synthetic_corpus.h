// Benchmark corpora synthesised from the bundled articles: copies of assets/corpus/*.txt
// until they add up to the size asked for, and documents analysed for the store. For benchmarks only.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "text/document_model.h"

namespace atlas::bench {

// Writes copies into `dir`; returns their paths and sets *bytes to their total size.
std::vector<std::string> SynthesiseCorpus(const std::filesystem::path& dir, size_t megabytes, size_t* bytes);

// Reads a file as ingest does (store::PrepareDocument) and, where the text pipeline has left
// them out, gives its passages actors (the bundled ActorTagger) and its articles events (one
// in every third dated passage naming a place and an actor, about the extractor's rate: the
// six types in turn, every fifth a three-day range), so that store benchmarks measure actor
// and event tables of a real size.
text::Document PrepareWithActorsAndEvents(const std::filesystem::path& file);

}  // namespace atlas::bench

// The plain results of counting passage tags (place or actor mentions): per key, per key and
// month, per pair of keys. Shared by the month summaries and the tag index; no GL, no ImGui.
#pragma once
#include <cstdint>
#include <string>

namespace atlas::store {

struct KeyCount {
  std::string key;       // a place or actor id, or a month "YYYY-MM"
  int64_t tags = 0;      // mentions
  int64_t passages = 0;  // distinct passages
};

struct KeyMonthCount {
  std::string key;
  std::string month;  // "YYYY-MM", the month of the passage's first day
  int64_t passages = 0;
};

struct KeyPairCount {
  std::string first, second;  // first < second
  int64_t passages = 0;       // passages naming both
};

}  // namespace atlas::store

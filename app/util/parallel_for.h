// Runs independent work items on the machine's cores (std::async, no pool to manage).
// For load-time work such as tessellation; no GL, no ImGui.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace atlas {

// Calls fn(i) for every i in [0, count), each exactly once, from up to hardware_concurrency
// threads. Exceptions from fn propagate to the caller (the first one wins).
template <typename Fn>
void ParallelFor(size_t count, Fn&& fn) {
  const size_t threads = std::min<size_t>(count, std::max(1u, std::thread::hardware_concurrency()));
  if (threads <= 1) {
    for (size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++) fn(i);
  };
  std::vector<std::future<void>> running;
  for (size_t t = 1; t < threads; ++t) running.push_back(std::async(std::launch::async, worker));
  worker();
  for (auto& f : running) f.get();
}

}  // namespace atlas

#include "worker_pair.hpp"

#include <chrono>

namespace factdeck::optim {

namespace {

// Spin briefly, then yield, then sleep, so an idle helper does not hold a core while the
// caller does serial work.
template <typename Ready>
void wait_until(Ready&& is_ready) {
  for (int spin = 0; !is_ready(); ++spin) {
    if (spin < 2000) continue;
    if (spin < 20000) {
      std::this_thread::yield();
    } else {
      std::this_thread::sleep_for(std::chrono::microseconds(50));
    }
  }
}

}  // namespace

WorkerPair::WorkerPair(bool use_thread) {
  if (use_thread) thread_ = std::thread([this] { worker_loop(); });
}

WorkerPair::~WorkerPair() {
  if (!thread_.joinable()) return;
  is_stopping_.store(true, std::memory_order_release);
  thread_.join();
}

int WorkerPair::claim(std::uint64_t generation) {
  std::uint64_t current = next_.load(std::memory_order_acquire);
  while (true) {
    if ((current >> 32) != generation) return -1;
    const auto chunk = static_cast<int>(current & 0xFFFFFFFFu);
    if (chunk >= chunk_count_.load(std::memory_order_relaxed)) return -1;
    if (next_.compare_exchange_weak(current, current + 1, std::memory_order_acq_rel)) {
      return chunk;
    }
  }
}

void WorkerPair::run(const std::function<void(int)>& job, int chunk_count) {
  if (!thread_.joinable()) {
    for (int chunk = 0; chunk < chunk_count; ++chunk) job(chunk);
    return;
  }
  const std::uint64_t generation = (next_.load(std::memory_order_relaxed) >> 32) + 1;
  job_ = &job;
  chunk_count_.store(chunk_count, std::memory_order_relaxed);
  done_.store(0, std::memory_order_relaxed);
  next_.store(generation << 32, std::memory_order_release);  // publishes job_ and chunk_count_
  for (int chunk = claim(generation); chunk >= 0; chunk = claim(generation)) {
    job(chunk);
    done_.fetch_add(1, std::memory_order_acq_rel);
  }
  wait_until([&] { return done_.load(std::memory_order_acquire) == chunk_count; });
}

void WorkerPair::worker_loop() {
  std::uint64_t seen = 0;
  while (true) {
    wait_until([&] {
      return (next_.load(std::memory_order_acquire) >> 32) != seen ||
             is_stopping_.load(std::memory_order_acquire);
    });
    if (is_stopping_.load(std::memory_order_acquire)) return;
    seen = next_.load(std::memory_order_acquire) >> 32;
    // A chunk of `seen` is claimed only while the caller still waits for it, so job_ is valid.
    for (int chunk = claim(seen); chunk >= 0; chunk = claim(seen)) {
      (*job_)(chunk);
      done_.fetch_add(1, std::memory_order_acq_rel);
    }
  }
}

}  // namespace factdeck::optim

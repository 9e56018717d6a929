#include "worker_pair.hpp"

#include <chrono>

namespace factdeck::optim {

namespace {

// Spin briefly (a batch takes well under a millisecond), then yield, then sleep, so an idle
// worker does not hold a core while the caller does serial work.
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

void WorkerPair::run(const std::function<void(int)>& job) {
  if (!thread_.joinable()) {
    job(0);
    job(1);
    return;
  }
  job_ = &job;
  const std::uint64_t ticket = posted_.fetch_add(1, std::memory_order_acq_rel) + 1;
  job(1);
  wait_until([&] { return completed_.load(std::memory_order_acquire) == ticket; });
}

void WorkerPair::worker_loop() {
  std::uint64_t seen = 0;
  while (true) {
    wait_until([&] {
      return posted_.load(std::memory_order_acquire) != seen ||
             is_stopping_.load(std::memory_order_acquire);
    });
    if (posted_.load(std::memory_order_acquire) == seen) return;  // stopping, nothing pending
    seen = posted_.load(std::memory_order_acquire);
    (*job_)(0);
    completed_.store(seen, std::memory_order_release);
  }
}

}  // namespace factdeck::optim

#pragma once
// Two-way fork/join for the training loop: chunk 0 runs on a persistent worker thread while the
// caller runs chunk 1. Each chunk writes its own output, and the caller combines them in a fixed
// order, so results never depend on scheduling or on whether the worker exists.
#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

namespace factdeck::optim {

class WorkerPair {
 public:
  /// With `use_thread` false, both chunks run on the caller, one after the other.
  explicit WorkerPair(bool use_thread);
  ~WorkerPair();
  WorkerPair(const WorkerPair&) = delete;
  WorkerPair& operator=(const WorkerPair&) = delete;

  /// Runs job(0) and job(1), returning when both are done.
  void run(const std::function<void(int)>& job);

 private:
  void worker_loop();

  const std::function<void(int)>* job_ = nullptr;
  std::atomic<std::uint64_t> posted_{0};
  std::atomic<std::uint64_t> completed_{0};
  std::atomic<bool> is_stopping_{false};
  std::thread thread_;
};

}  // namespace factdeck::optim

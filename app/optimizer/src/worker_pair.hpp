#pragma once
// Fork/join for the training loop with one helper thread. A job is split into numbered chunks;
// the caller and the helper both claim chunks from a shared counter until none are left, and each
// chunk writes its own output, which the caller combines in chunk order. So results never depend
// on which thread ran a chunk, and a helper that the OS has not scheduled delays nothing: the
// caller simply runs the chunks itself.
#include <atomic>
#include <cstdint>
#include <functional>
#include <thread>

namespace factdeck::optim {

class WorkerPair {
 public:
  /// With `use_thread` false, the caller runs every chunk.
  explicit WorkerPair(bool use_thread);
  ~WorkerPair();
  WorkerPair(const WorkerPair&) = delete;
  WorkerPair& operator=(const WorkerPair&) = delete;

  /// Runs job(0) … job(chunk_count − 1), returning when all are done.
  void run(const std::function<void(int)>& job, int chunk_count);

 private:
  void worker_loop();
  // Claims the next chunk of `generation`; −1 when there is none.
  int claim(std::uint64_t generation);

  const std::function<void(int)>* job_ = nullptr;
  std::atomic<int> chunk_count_{0};
  // High 32 bits: generation (one per run); low 32 bits: next unclaimed chunk.
  std::atomic<std::uint64_t> next_{0};
  std::atomic<int> done_{0};
  std::atomic<bool> is_stopping_{false};
  std::thread thread_;
};

}  // namespace factdeck::optim

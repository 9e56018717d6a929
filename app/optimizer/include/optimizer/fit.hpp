#pragma once
// Fitting the 21 FSRS-6 parameters to a learner's review history, as fsrs-rs v6.5 does it
// (same data preparation, bounds, regularization and schedule), with exact gradients and both
// cores. The app calls fit_parameters from a worker thread and polls Progress.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <span>

#include "optimizer/evaluate.hpp"
#include "optimizer/parameters.hpp"
#include "optimizer/revlog.hpp"
#include "optimizer/training_data.hpp"
#include "base/result.hpp"

namespace factdeck::optim {

/// Shared with the UI: `done` of `total` work units (training items × epochs); set
/// `cancel_requested` to stop early; `finished` is set on every exit path.
struct Progress {
  std::atomic<std::size_t> done{0};
  std::atomic<std::size_t> total{0};
  std::atomic<bool> cancel_requested{false};
  std::atomic<bool> finished{false};
};

struct FitOptions {
  sched::DayClock day = sched::DayClock{};  // how review times become study days
  std::uint64_t seed = 2023;     // batch order and the held-out split
  bool hold_out = true;          // fit on 80% of cards, evaluate on the other 20%
  int epochs = 5;
  std::size_t batch_size = 512;  // training items per step
  double learning_rate = 0.04;
  double gamma = 1.0;            // L2 strength
  int thread_count = 2;          // results do not depend on it
};

/// How far the fit went: too little data keeps the defaults; a little fits only w0..w3.
enum class FitStage { Defaults, InitialStabilityOnly, Full };

struct FitResult {
  Parameters parameters = kDefaultParameters;
  FitStage stage = FitStage::Defaults;
  std::size_t train_items = 0;  // fsrs-rs training items (after the outlier filter)
  std::size_t test_items = 0;
  Metrics default_metrics;      // defaults on the evaluation set (held-out cards, or training)
  Metrics fitted_metrics;
  int epochs_run = 0;
};

/// Training items below which the defaults are returned, and below which only w0..w3 are fitted.
inline constexpr std::size_t kMinItemsForAnyFit = 8;
inline constexpr std::size_t kMinItemsForFullFit = 64;

/// Fits the parameters to `entries` (any order). Fails with ErrorCode::Cancelled when cancelled,
/// ErrorCode::Invalid when no card has a review after its first day. `progress` may be null.
[[nodiscard]] Result<FitResult> fit_parameters(std::span<const ReviewLogEntry> entries,
                                               const FitOptions& options, Progress* progress);

/// The fit on already prepared training data (no evaluation). Same failures.
[[nodiscard]] Result<FitResult> fit_prepared(const PreparedData& train, const FitOptions& options,
                                             Progress* progress);

}  // namespace factdeck::optim

#pragma once
// The optimizer runner: fitting one deck's FSRS-6 parameters to the learner's answers on a worker
// thread, its progress and result for the deck options, and using the fitted parameters.
#include <memory>
#include <optional>
#include <utility>
#include <thread>

#include "base/result.hpp"
#include "scheduler/item_state.hpp"
#include "state/deck_id.hpp"
#include "state/optimize_job.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

class OptimizerRunner {
 public:
  OptimizerRunner() = default;
  OptimizerRunner(OptimizerRunner&&) noexcept = default;
  OptimizerRunner& operator=(OptimizerRunner&&) = delete;  // the worker would need stopping first
  ~OptimizerRunner();

  /// The fit running or just finished, if any.
  [[nodiscard]] const OptimizeJob* job() const { return job_.get(); }
  [[nodiscard]] bool is_running() const { return thread_.joinable(); }
  /// True while a fit of deck `id`'s parameters runs.
  [[nodiscard]] bool is_fitting(const DeckId& id) const { return is_running() && job_->deck == id; }

  /// Starts fitting deck `id` to its answers in `profile` (nothing while a fit runs).
  void start(const store::Profile& profile, const DeckId& id);
  /// Takes the finished fit's result, if any: a cancelled fit is dropped; a failed one is
  /// dropped and its error returned.
  [[nodiscard]] Result<void> poll();
  void cancel();
  /// Drops the finished fit (Close in the deck options), or the fit of deck `id` only when given.
  void dismiss();
  void dismiss(const DeckId& id);
  /// Takes the finished fit, when it predicts better than the defaults: its deck and that deck's
  /// settings in `profile` with the fitted parameters, for the ParameterApplier to apply.
  [[nodiscard]] std::optional<std::pair<DeckId, store::DeckSettings>> take_fit(const store::Profile& profile);
  /// Cancels a running fit and waits for its worker.
  void stop();

 private:
  std::shared_ptr<OptimizeJob> job_;
  std::thread thread_;
};

}  // namespace factdeck::state

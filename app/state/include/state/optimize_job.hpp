#pragma once
// Fitting a deck's FSRS-6 parameters to the learner's own answers, on a worker thread. The job is
// shared between the app state (which starts, polls and reads it) and the worker.
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "optimizer/fit.hpp"
#include "state/deck_id.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

struct OptimizeJob {
  DeckId deck;                         // the deck whose parameters are fitted
  std::size_t answers = 0;             // answers the fit was given
  optim::Progress progress;            // shared with the worker
  std::optional<Result<optim::FitResult>> result;  // written by the worker before `has_result`
  std::atomic<bool> has_result{false};  // the fit sets progress.finished itself, before `result`
};

/// The deck's answers as the optimizer reads them (practice answers left out).
[[nodiscard]] std::vector<optim::ReviewLogEntry> review_entries(const store::Profile& profile,
                                                                const std::string& deck_id);

/// Starts the fit on a worker thread; the thread only touches `job`.
[[nodiscard]] std::thread start_optimize(std::shared_ptr<OptimizeJob> job,
                                         std::vector<optim::ReviewLogEntry> entries,
                                         optim::FitOptions options);

/// True when the fitted parameters predict the evaluated answers better than the defaults.
[[nodiscard]] bool is_fit_better(const optim::FitResult& result);

/// "Predictions 12% more accurate than with the default parameters (log loss 0.3412 → 0.3003 on
/// the 812 answers it was fitted to, all of yours)", or why nothing was fitted.
[[nodiscard]] std::string describe_fit(const optim::FitResult& result);

}  // namespace factdeck::state

#include "state/optimizer_runner.hpp"

#include "state/answering.hpp"
#include "state/settings.hpp"

namespace factdeck::state {

OptimizerRunner::~OptimizerRunner() { stop(); }

void OptimizerRunner::start(const store::Profile& profile, const DeckId& id) {
  if (is_running()) return;
  const store::DeckSettings settings = profile.deck_settings(id.str());
  optim::FitOptions options;
  options.day = local_day_clock(settings);
  job_ = std::make_shared<OptimizeJob>();
  job_->deck = id;
  thread_ = start_optimize(job_, review_entries(profile, id.str()), options);
}

Result<void> OptimizerRunner::poll() {
  if (!is_running() || !job_->has_result) return {};
  thread_.join();
  const Result<optim::FitResult>& result = *job_->result;
  if (result) return {};
  const Error error = result.error();
  job_.reset();
  if (error.code == ErrorCode::Cancelled) return {};
  return fail(ErrorCode::Invalid, "Personal parameters could not be fitted: " + error.message);
}

void OptimizerRunner::cancel() {
  if (job_) job_->progress.cancel_requested = true;
}

void OptimizerRunner::dismiss() {
  if (!is_running()) job_.reset();
}

void OptimizerRunner::dismiss(const DeckId& id) {
  if (job_ && job_->deck == id) dismiss();
}

Result<bool> OptimizerRunner::use_fit(store::Profile& profile) {
  if (is_running() || !job_ || !job_->result || !*job_->result) return false;
  const optim::FitResult& fit = job_->result->value();
  if (!is_fit_better(fit)) return false;
  store::DeckSettings settings = profile.deck_settings(job_->deck.str());
  settings.params.assign(fit.parameters.begin(), fit.parameters.end());
  if (Result<void> saved = save_deck_settings(profile, job_->deck, settings); !saved) return Unexpected{saved.error()};
  job_.reset();
  return true;
}

void OptimizerRunner::stop() {
  if (!is_running()) return;
  job_->progress.cancel_requested = true;
  thread_.join();
}

}  // namespace factdeck::state

#include "state/optimizer_runner.hpp"

#include "state/answering.hpp"

namespace factdeck::state {

OptimizerRunner::~OptimizerRunner() { stop(); }

void OptimizerRunner::start(const store::Profile& profile, const DeckId& id) {
  if (is_running()) return;
  const store::DeckSettings settings = profile.deck_settings(id.str());
  optim::FitOptions options;
  // As in Anki, the parameters the deck will use are fitted on every card; the accuracy shown is
  // then measured on the same answers (in-sample), and describe_fit says so.
  options.hold_out = false;
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

std::optional<std::pair<DeckId, store::DeckSettings>> OptimizerRunner::take_fit(const store::Profile& profile) {
  if (is_running() || !job_ || !job_->result || !*job_->result) return std::nullopt;
  const optim::FitResult& fit = job_->result->value();
  if (!is_fit_better(fit)) return std::nullopt;
  store::DeckSettings settings = profile.deck_settings(job_->deck.str());
  settings.params.assign(fit.parameters.begin(), fit.parameters.end());
  DeckId deck = job_->deck;
  job_.reset();
  return std::pair{std::move(deck), std::move(settings)};
}

void OptimizerRunner::stop() {
  if (!is_running()) return;
  job_->progress.cancel_requested = true;
  thread_.join();
}

}  // namespace factdeck::state

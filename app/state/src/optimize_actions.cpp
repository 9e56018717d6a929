// AppState: fitting personal FSRS-6 parameters on a worker thread, and using them.
#include <ctime>

#include "state/answering.hpp"
#include "state/app_state.hpp"

namespace factdeck::state {

void AppState::start_optimize(const DeckId& deck, sched::TimePoint now) {
  if (optimize_thread_.joinable() || !profile_ || library_.find(deck) == nullptr) return;
  const store::DeckSettings settings = deck_settings(deck);
  optim::FitOptions options;
  options.day.next_day_starts_at_hour = static_cast<int>(settings.day_start_hour);
  options.day.utc_offset_minutes =
      static_cast<int>(local_day_clock(settings).utc_offset(now).count() / 60);
  optimize_job_ = std::make_shared<OptimizeJob>();
  optimize_job_->deck = deck;
  optimize_thread_ = state::start_optimize(optimize_job_, review_entries(*profile_, deck.str()),
                                           options);
}

void AppState::poll_optimize() {
  if (!optimize_thread_.joinable() || !optimize_job_->has_result) return;
  optimize_thread_.join();
  const Result<optim::FitResult>& result = *optimize_job_->result;
  if (!result && result.error().code == ErrorCode::Cancelled) {
    optimize_job_.reset();
  } else if (!result) {
    notify(Notice::Level::Warning, "Personal parameters could not be fitted: " + result.error().message);
    optimize_job_.reset();
  }
}

void AppState::use_fitted_parameters(sched::TimePoint now) {
  if (optimize_thread_.joinable() || !optimize_job_ || !optimize_job_->result || !*optimize_job_->result) return;
  const optim::FitResult& fit = optimize_job_->result->value();
  if (!is_fit_better(fit)) return;
  store::DeckSettings settings = deck_settings(optimize_job_->deck);
  settings.params.assign(fit.parameters.begin(), fit.parameters.end());
  save_deck_settings({optimize_job_->deck, settings}, now);
  notify(Notice::Level::Info, "The deck now schedules with your personal parameters.");
  optimize_job_.reset();
}

void AppState::stop_optimize() {
  if (!optimize_thread_.joinable()) return;
  optimize_job_->progress.cancel_requested = true;
  optimize_thread_.join();
}

}  // namespace factdeck::state

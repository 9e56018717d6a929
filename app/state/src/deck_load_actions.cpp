// AppState: opening and reloading decks on a worker thread, one after the other, and installing
// each result between frames. Loads asked for while one runs (the remembered decks at start-up, a
// deck the learner opens meanwhile) wait in `pending_deck_loads_`; the next one starts as soon as
// the previous one is installed, so at most one worker runs and the decks keep their order.
#include <algorithm>

#include "state/app_state.hpp"

namespace factdeck::state {

void AppState::start_deck_load(const std::filesystem::path& path,
                               std::optional<std::size_t> reload_index) {
  const PendingDeckLoad load{path, reload_index};
  // The same request already waiting would only build the same file twice.
  if (std::find(pending_deck_loads_.begin(), pending_deck_loads_.end(), load) != pending_deck_loads_.end()) return;
  pending_deck_loads_.push_back(load);
  start_next_deck_load();
}

void AppState::start_next_deck_load() {
  if (deck_load_thread_.joinable() || pending_deck_loads_.empty()) return;
  deck_load_job_ = std::make_shared<DeckLoadJob>();
  deck_load_job_->path = std::move(pending_deck_loads_.front().path);
  deck_load_job_->reload_index = pending_deck_loads_.front().reload_index;
  pending_deck_loads_.pop_front();
  deck_load_thread_ = state::start_deck_load(deck_load_job_);
}

void AppState::poll_deck_load(sched::TimePoint now) {
  if (!deck_load_thread_.joinable() || !deck_load_job_->has_result) return;
  deck_load_thread_.join();
  install_finished_load(now);
  start_next_deck_load();
}

void AppState::wait_for_deck_load(sched::TimePoint now) {
  while (deck_load_thread_.joinable()) {
    deck_load_thread_.join();
    install_finished_load(now);
    start_next_deck_load();
  }
}

// The worker was joined, so its writes to the job are visible here.
void AppState::install_finished_load(sched::TimePoint now) {
  const std::shared_ptr<DeckLoadJob> job = std::move(deck_load_job_);
  const bool is_installed = install_deck(std::move(*job->result), now);
  if (is_installed && job->reload_index) finish_reload(*job->reload_index, now);
  if (is_installed && !job->reload_index) remember_deck(job->path);
  refresh_counts(now);
}

bool AppState::is_reload_pending(std::size_t deck_index) const {
  const bool is_running = deck_load_thread_.joinable() && deck_load_job_->reload_index == deck_index;
  return is_running || std::any_of(pending_deck_loads_.begin(), pending_deck_loads_.end(),
                                   [&](const PendingDeckLoad& load) { return load.reload_index == deck_index; });
}

// The worker reads only the job's path and writes its progress and result, so the main thread
// may change `reload_index` while it runs.
void AppState::shift_pending_reloads(std::size_t removed_index) {
  const auto shift = [removed_index](std::optional<std::size_t>& index) {
    if (index && *index > removed_index) --*index;
  };
  if (deck_load_job_) shift(deck_load_job_->reload_index);
  for (PendingDeckLoad& load : pending_deck_loads_) shift(load.reload_index);
}

void AppState::stop_deck_load() {
  pending_deck_loads_.clear();
  // The generator cannot be interrupted; building even a large deck takes seconds at most.
  if (deck_load_thread_.joinable()) deck_load_thread_.join();
  deck_load_job_.reset();
}

}  // namespace factdeck::state

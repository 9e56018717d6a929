// AppState: opening and reloading decks on a worker thread, and installing the result between
// frames.
#include "state/app_state.hpp"

namespace factdeck::state {

void AppState::start_deck_load(const std::filesystem::path& path,
                               std::optional<std::size_t> reload_index) {
  if (deck_load_thread_.joinable()) {
    notify(Notice::Level::Warning, deck_load_job_->path.filename().string() +
                                       " is still opening; try again when it is ready.");
    return;
  }
  deck_load_job_ = std::make_shared<DeckLoadJob>();
  deck_load_job_->path = path;
  deck_load_job_->reload_index = reload_index;
  deck_load_thread_ = state::start_deck_load(deck_load_job_);
}

void AppState::poll_deck_load(sched::TimePoint now) {
  if (!deck_load_thread_.joinable() || !deck_load_job_->has_result) return;
  deck_load_thread_.join();
  install_finished_load(now);
}

void AppState::wait_for_deck_load(sched::TimePoint now) {
  if (!deck_load_thread_.joinable()) return;
  deck_load_thread_.join();
  install_finished_load(now);
}

// The worker was joined, so its writes to the job are visible here.
void AppState::install_finished_load(sched::TimePoint now) {
  const std::shared_ptr<DeckLoadJob> job = std::move(deck_load_job_);
  const bool is_installed = install_deck(std::move(*job->result), now);
  if (is_installed && job->reload_index) finish_reload(*job->reload_index, now);
  if (is_installed && !job->reload_index) remember_deck(job->path);
  refresh_counts(now);
}

void AppState::stop_deck_load() {
  // The generator cannot be interrupted; building even a large deck takes seconds at most.
  if (deck_load_thread_.joinable()) deck_load_thread_.join();
  deck_load_job_.reset();
}

}  // namespace factdeck::state

// AppState: closing the open profile and switching to another one (or a new one) without
// restarting the app. The decks stay open; only whose progress they show changes.
#include "state/app_state.hpp"
#include "store/profile_paths.hpp"

namespace factdeck::state {

void AppState::close_profile(sched::TimePoint now) {
  stop_optimize();
  optimize_job_.reset();
  if (study_) end_study(now);
  study_.reset();
  practice_.reset();
  stats_.reset();
  item_history_.reset();
  fact_view_.reset();
  if (profile_ && !profile_->is_read_only()) {
    // Compacting on close keeps the next open from replaying a long journal.
    if (Result<void> closed = profile_->close(now); !closed) {
      notify(Notice::Level::Error, "Closing the profile failed (your answers are in the journal): " +
                                       closed.error().to_string());
    }
  }
  profile_.reset();
  profile_name_.clear();
}

void AppState::switch_profile(const std::string& name, sched::TimePoint now) {
  if (data_dir_.empty() || (profile_ && name == profile_name_)) return;
  if (Result<std::filesystem::path> dir = store::profile_dir(data_dir_, name); !dir) {
    notify(Notice::Level::Error, dir.error().message);
    return;
  }
  close_profile(now);
  open_named_profile(name, now);  // a failure is a notice that says what was kept
  screen_ = Screen::Home;
  if (!profile_) return;
  for (const LoadedDeck& deck : library_.decks()) retire_missing_items(deck);
  refresh_counts(now);
  if (!profile_->is_read_only()) {
    if (Result<void> remembered = store::remember_profile_name(data_dir_, name); !remembered) {
      notify(Notice::Level::Warning, "The app will open the previous profile next time: " +
                                         remembered.error().to_string());
    }
  }
  notify(Notice::Level::Info, "Now studying as " + name + ".");
}

}  // namespace factdeck::state

// AppState: what the rest of the app does when decks open, reload or leave the list. The deck
// library owns the decks; the rules about the parts that refer to a deck are stated here, once.
#include "state/app_state.hpp"

namespace factdeck::state {

bool AppState::open_deck(const std::filesystem::path& path, sched::TimePoint now) {
  const Result<DeckId> opened = library_.open_now(path);
  settle_finished_load({path, std::nullopt, opened}, now);
  return opened.has_value();
}

void AppState::wait_for_deck_load(sched::TimePoint now) {
  for (const FinishedLoad& finished : library_.wait()) settle_finished_load(finished, now);
}

// A deck that opened has its vanished items retired; a reload refreshes what shows the deck; a
// newly opened deck is remembered for the next start. A failed load leaves everything as it was.
void AppState::settle_finished_load(const FinishedLoad& finished, sched::TimePoint now) {
  if (!finished.installed) {
    notify(Notice::Level::Error, finished.installed.error().to_string());
    return;
  }
  retire_missing_items(*library_.find(*finished.installed));
  if (finished.reload_of) {
    finish_reload(*finished.reload_of, now);
  } else {
    library_.remember(finished.path, notices_);
  }
  refresh_counts(now);
}

// After a reloaded deck was installed: the question on screen may have changed or gone, so its
// item is asked afresh, or the next one.
void AppState::finish_reload(const DeckId& id, sched::TimePoint now) {
  const LoadedDeck* deck = library_.find(id);
  if (deck == nullptr) return;
  fact_view_.reset();
  notify(Notice::Level::Info, "Reloaded " + deck->source_path.filename().string() + ": " +
                                  std::to_string(deck->deck.items.size()) + " items.");
  if (!study_ || study_->deck != id) return;
  if (study_->current && deck->find_item(study_->current->item) != nullptr) {
    show_item_again(study_->current->item, now);
  } else {
    study_->current.reset();
    study_->feedback.reset();
    show_next_question(now);
  }
}

// The one rule for a deck leaving the list: work still running on it (a study session, a fit of
// its parameters, a reload) keeps it until that work ends, so removing it is refused with the
// reason; what only remembers it (a practice test, a finished fit, the fact shown, the
// statistics) is let go.
void AppState::forget_deck(const DeckId& id, sched::TimePoint now) {
  const bool is_in_use = (study_ && study_->deck == id) ||
                         (optimize_thread_.joinable() && optimize_job_->deck == id) ||
                         library_.is_reload_pending(id);
  if (is_in_use) {
    notify(Notice::Level::Warning, "Finish the session or the work running on this deck first.");
    return;
  }
  const LoadedDeck* deck = library_.find(id);
  const std::string file_name = deck != nullptr ? deck->source_path.filename().string() : id.str();
  if (Result<void> forgotten = library_.forget(id); !forgotten) {
    notices_.add(forgotten.error());
    return;
  }
  if (practice_deck_ == id) practice_.reset();
  if (optimize_job_ && optimize_job_->deck == id) optimize_job_.reset();
  if (fact_view_ && fact_view_->deck == id) fact_view_.reset();
  stats_.reset();
  item_history_.reset();
  refresh_counts(now);
  notify(Notice::Level::Info, file_name + " is no longer listed. Its progress stays in your profile and comes "
                                          "back when you open the deck again.");
}

void AppState::forget_unopened_deck(const std::filesystem::path& path) {
  if (Result<void> forgotten = library_.forget_unopened(path); !forgotten) {
    notices_.add(forgotten.error());
    return;
  }
  notify(Notice::Level::Info, path.filename().string() + " is no longer listed.");
}

}  // namespace factdeck::state

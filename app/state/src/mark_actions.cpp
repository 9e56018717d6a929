// AppState: the learner's marks on items (suspend, flag, and their undo), and editing an item's
// fact in the user's editor.
#include "os/launch.hpp"
#include "state/app_state.hpp"

namespace factdeck::state {

// ---- Marks ----

bool AppState::write_item_marks(const DeckId& deck, ItemId item, bool is_suspended,
                                bool is_flagged, sched::TimePoint now) {
  if (!profile_ || profile_->is_read_only() || library_.find(deck) == nullptr) {
    notify(Notice::Level::Warning, "Items cannot be suspended or flagged: this profile is read-only.");
    return false;
  }
  const store::ItemFlagsRecord record{deck.str(), item, now, is_suspended, is_flagged};
  if (Result<void> saved = profile_->set_item_flags(record); !saved) {
    notify(Notice::Level::Error, "The item's mark was not saved: " + saved.error().to_string());
    return false;
  }
  return true;
}

void AppState::suspend_current(sched::TimePoint now) {
  if (!study_ || !study_->current) return;
  const ItemId item = study_->current->item;
  const sched::ItemState before = profile_->item_state(item);
  if (!write_item_marks(study_->deck, item, true, before.is_flagged, now)) return;
  study_->undo_steps.push_back({StudyUndoStep::Kind::Marks, item, before.is_suspended, before.is_flagged});
  study_->current.reset();  // suspended: the queue leaves it out from now on
  show_next_question(now);
}

void AppState::toggle_flag_current(sched::TimePoint now) {
  if (!study_ || !study_->current) return;
  const ItemId item = study_->current->item;
  const sched::ItemState before = profile_->item_state(item);
  if (!write_item_marks(study_->deck, item, before.is_suspended, !before.is_flagged, now)) return;
  study_->undo_steps.push_back({StudyUndoStep::Kind::Marks, item, before.is_suspended, before.is_flagged});
  // The question stays on screen; its answer must not be refused as stale for this change.
  study_->current->displayed_state.is_flagged = !before.is_flagged;
}

void AppState::undo_marks(const StudyUndoStep& step, sched::TimePoint now) {
  const sched::ItemState marked = profile_->item_state(step.item);
  if (!write_item_marks(study_->deck, step.item, step.was_suspended, step.was_flagged, now)) return;
  StudySession& study = *study_;
  study.undo_steps.pop_back();
  if (study.current && study.current->item == step.item) {
    study.current->displayed_state.is_suspended = step.was_suspended;
    study.current->displayed_state.is_flagged = step.was_flagged;
  } else if (marked.is_suspended && !step.was_suspended) {
    show_item_again(step.item, now);  // an unsuspended item is back, as an undone answer is
  }
}

void AppState::set_item_marks(const SetItemMarks& action, sched::TimePoint now) {
  if (!write_item_marks(action.deck, action.item, action.is_suspended, action.is_flagged, now)) {
    return;
  }
  refresh_counts(now);
}

// ---- Editing ----

void AppState::edit_current() {
  if (!study_ || !study_->current) return;
  const LoadedDeck& deck = *library_.find(study_->deck);
  const quizgen::Item* item = deck.find_item(study_->current->item);
  if (item == nullptr) return;
  FactView view{study_->deck, item->id, fact_location(deck, *item), {}};
  if (!view.location) {
    view.reason = "This deck has no source file here to edit (it was built from a file elsewhere).";
    fact_view_ = std::move(view);
    return;
  }
  const std::vector<std::string> command =
      os::editor_command_from_environment(view.location->file, view.location->line);
  const Result<int> launched = launcher_ ? launcher_(command) : os::launch_detached(command);
  if (!launched) {
    view.reason = launched.error().message + ". Set VISUAL or EDITOR to your editor's command.";
    fact_view_ = std::move(view);
    return;
  }
  if (*launched > 0) launched_pids_.push_back(*launched);
  fact_view_.reset();
  notify(Notice::Level::Info, "Opened " + view.location->file.filename().string() + ":" +
                                  std::to_string(view.location->line) + " with " + command.front() +
                                  ". After saving, press Ctrl+R to reload the deck; your progress "
                                  "is kept.");
}

}  // namespace factdeck::state

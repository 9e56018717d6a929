// AppState: the spaced study session (start, show, answer, rate, undo, bury, end).
#include <algorithm>

#include "state/answering.hpp"
#include "state/app_state.hpp"

namespace factdeck::state {

namespace {
// Learning steps that come due within the learn-ahead window are in the queue, but, as in Anki,
// they wait until nothing else is left: a failed item should not return right away.
const sched::QueueEntry& pick_entry(const sched::DailyQueue& queue, const store::Profile& profile,
                                    sched::TimePoint now) {
  for (const sched::QueueEntry& entry : queue.entries) {
    if (entry.section != sched::QueueSection::Learning || profile.item_state(entry.id).due <= now) {
      return entry;
    }
  }
  return queue.entries.front();
}
}  // namespace

void AppState::start_study(const StartStudy& action, sched::TimePoint now) {
  if (library_.find(action.deck) == nullptr) return;
  if (!profile_) {
    notify(Notice::Level::Error, "Studying needs a profile to save progress in (see the message above).");
    return;
  }
  study_ = StudySession{};
  study_->deck = action.deck;
  study_->section = action.section;
  study_->started = now;
  selected_deck_ = action.deck;
  screen_ = Screen::Study;
  show_next_question(now);
}

void AppState::show_next_question(sched::TimePoint now) {
  StudySession& study = *study_;
  const LoadedDeck& deck = *library_.find(study.deck);
  std::vector<ItemId> skipped = study.buried;
  // Do not ask the same item twice in a row while anything else is waiting.
  if (study.current) skipped.push_back(study.current->item);
  sched::DailyQueue queue = build_study_queue(deck, *profile_, study.section, skipped, now);
  if (queue.entries.empty() && study.current) {
    queue = build_study_queue(deck, *profile_, study.section, study.buried, now);
  }
  study.feedback.reset();
  if (queue.entries.empty()) {
    study.current.reset();
    study.next_due = queue.next_learning_due;
    screen_ = Screen::Summary;
    return;
  }
  study.current = present_question(deck, *profile_, pick_entry(queue, *profile_, now), now);
}

void AppState::answer_current(AnswerFeedback feedback) {
  if (!study_ || !study_->current || study_->feedback) return;
  study_->feedback = std::move(feedback);
}

void AppState::rate_current(sched::Grade grade, sched::TimePoint now) {
  if (!study_ || !study_->current || !study_->feedback) return;
  StudySession& study = *study_;
  const PresentedQuestion& shown = *study.current;
  const LoadedDeck& deck = *library_.find(study.deck);
  AnswerRequest request;
  request.item = shown.item;
  request.deck_id = deck.deck_id;
  request.question_kind = deck.find_item(shown.item)->questions[shown.question_index].kind;
  request.grade = grade;
  request.answer_ms = static_cast<std::uint32_t>(std::clamp<std::int64_t>((now - shown.shown_at).count() * 1000, 0, 3'600'000));
  request.now = now;
  request.displayed_state = shown.displayed_state;
  if (Result<store::ReviewRecord> recorded = record_answer(*profile_, request); !recorded) {
    notify(Notice::Level::Error, "Your answer was not saved: " + recorded.error().to_string() +
                                     " Your earlier progress is intact.");
    return;
  }
  ++study.answered;
  study.undo_steps.push_back({StudyUndoStep::Kind::Answer, shown.item, false, false});
  if (grade != sched::Grade::Again) ++study.correct;
  study.answer_ms_total += request.answer_ms;
  show_next_question(now);
}

void AppState::undo_last_step(sched::TimePoint now) {
  if (!can_undo()) return;
  const StudyUndoStep step = study_->undo_steps.back();
  switch (step.kind) {
    case StudyUndoStep::Kind::Marks: undo_marks(step, now); break;
    case StudyUndoStep::Kind::Bury: undo_bury(step, now); break;
    case StudyUndoStep::Kind::Answer: undo_last_answer(now); break;
  }
}

void AppState::undo_last_answer(sched::TimePoint now) {
  const store::ReviewLog& log = profile_->reviews();
  const store::ReviewRecord last = log.at(log.size() - 1);
  if (Result<void> undone = profile_->undo_last_answer(); !undone) {
    notify(Notice::Level::Error, "Undo failed: " + undone.error().to_string());
    return;
  }
  StudySession& study = *study_;
  study.undo_steps.pop_back();
  --study.answered;
  if (last.grade != sched::Grade::Again) --study.correct;
  show_item_again(last.item, now);  // as it was before the answer
}

void AppState::show_item_again(ItemId item, sched::TimePoint now) {
  StudySession& study = *study_;
  const LoadedDeck& deck = *library_.find(study.deck);
  if (deck.find_item(item) == nullptr) return;
  sched::QueueEntry entry;
  entry.id = item;
  entry.retrieval = sched::retrieval_for(profile_->item_state(item));
  study.feedback.reset();
  study.current = present_question(deck, *profile_, entry, now);
  screen_ = Screen::Study;
}

void AppState::bury_current(sched::TimePoint now) {
  if (!study_ || !study_->current) return;
  const ItemId item = study_->current->item;
  study_->buried.push_back(item);
  study_->undo_steps.push_back({StudyUndoStep::Kind::Bury, item, false, false});
  study_->current.reset();
  show_next_question(now);
}

void AppState::undo_bury(const StudyUndoStep& step, sched::TimePoint now) {
  StudySession& study = *study_;
  study.undo_steps.pop_back();
  std::erase(study.buried, step.item);
  show_item_again(step.item, now);
}

void AppState::end_study(sched::TimePoint now) {
  if (!study_) return;
  if (study_->answered > 0 && profile_ && !profile_->is_read_only()) {
    store::SessionRecord session;
    session.deck_id = study_->deck.str();
    session.started = study_->started;
    session.ended = now;
    session.answers = study_->answered;
    session.correct = study_->correct;
    if (Result<void> saved = profile_->record_session(session); !saved) {
      notify(Notice::Level::Warning, "The session summary was not saved (your answers were): " +
                                         saved.error().to_string());
    }
  }
  study_.reset();
  fact_view_.reset();
  screen_ = Screen::Home;
  refresh_counts(now);
}

}  // namespace factdeck::state

#include "state/study_session.hpp"

#include <algorithm>
#include <span>
#include <utility>

#include "quizgen/normalize.hpp"
#include "state/answering.hpp"
#include "state/item_marks.hpp"
#include "state/notices.hpp"
#include "state/related_items.hpp"

namespace factdeck::state {

namespace {

// The entry to show next: the first in queue order that is related to none of the items just
// shown (`recent`) and is ready. Learning steps that come due within the learn-ahead window are
// in the queue, but, as in Anki, they wait until nothing else is left: a failed item should not
// return right away. Spacing related items comes first; when every entry is related to a recent
// item, the one whose related item lies furthest back is shown.
const sched::QueueEntry& pick_entry(const sched::DailyQueue& queue, const LoadedDeck& deck,
                                    const store::Profile& profile,
                                    std::span<const quizgen::Item* const> recent, sched::TimePoint now) {
  const sched::QueueEntry* best = nullptr;
  std::pair<std::size_t, bool> best_rank{0, false};
  for (const sched::QueueEntry& entry : queue.entries) {
    const bool is_ready =
        entry.section != sched::QueueSection::Learning || profile.item_state(entry.id).due <= now;
    const std::size_t distance = distance_to_related(deck.deck, *deck.find_item(entry.id), recent);
    const std::pair<std::size_t, bool> rank{distance, is_ready};
    if (best == nullptr || rank > best_rank) {
      best = &entry;
      best_rank = rank;
    }
    if (distance > recent.size() && is_ready) break;  // nothing can rank higher
  }
  return *best;
}

std::uint32_t answer_ms(const PresentedQuestion& shown, sched::TimePoint now) {
  return static_cast<std::uint32_t>(std::clamp<std::int64_t>((now - shown.shown_at).count() * 1000, 0, 3'600'000));
}

double seconds_between(sched::TimePoint from, sched::TimePoint to) {
  return static_cast<double>(std::max<std::int64_t>(0, (to - from).count()));
}

AnswerFeedback graded(const PresentedQuestion& shown, AnswerFeedback feedback, bool is_near_miss,
                      sched::TimePoint now) {
  sched::AnswerOutcome outcome;
  outcome.is_correct = feedback.is_correct;
  outcome.is_near_miss = is_near_miss;
  outcome.response_secs = seconds_between(shown.shown_at, now);
  feedback.suggested_grade = sched::grade_for_answer(shown.mode, outcome);
  return feedback;
}

}  // namespace

// ---- Judging ----

AnswerFeedback judge_answer(const quizgen::Deck& deck, const quizgen::Item& item,
                            const PresentedQuestion& shown, quizgen::Answer answer, sched::TimePoint now) {
  const quizgen::Judgement judgement = quizgen::judge(deck, item, item.questions[shown.question_index], answer);
  AnswerFeedback feedback;
  feedback.is_correct = judgement.is_correct;
  feedback.reason = judgement.reason;
  // An accepted misspelling must still teach the spelling: compared as answers are (case,
  // accents and punctuation aside), so "molotov" for "Molotov" needs no correction.
  const auto* typed = std::get_if<quizgen::TypedAnswer>(&answer);
  feedback.differs_from_answer = typed != nullptr && !typed->text.empty() &&
                                 quizgen::normalize_answer(typed->text) != quizgen::normalize_answer(item.canonical);
  feedback.answer = std::move(answer);
  return graded(shown, std::move(feedback), judgement.is_near_miss, now);
}

AnswerFeedback judge_reveal() {
  AnswerFeedback feedback;
  feedback.is_correct = true;
  feedback.reason = "rate how well you knew it";
  feedback.suggested_grade = sched::Grade::Good;
  return feedback;
}

// ---- The session ----

StudySession::StudySession(DeckId deck, std::optional<int> section, sched::TimePoint now)
    : deck_(std::move(deck)), section_(section), started_(now) {}

void StudySession::show_next(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now) {
  remember_current();
  std::vector<ItemId> skipped = buried_;
  // Do not ask the same item twice in a row while anything else is waiting.
  if (current_) skipped.push_back(current_->item);
  sched::DailyQueue queue = build_study_queue(deck, profile, section_, skipped, now);
  if (queue.entries.empty() && current_) queue = build_study_queue(deck, profile, section_, buried_, now);
  feedback_.reset();
  if (queue.entries.empty()) {
    current_.reset();
    next_due_ = queue.next_learning_due;
    return;
  }
  const std::vector<const quizgen::Item*> recent = recent_items(deck);
  current_ = present_question(deck, profile, pick_entry(queue, deck, profile, recent, now), now);
}

void StudySession::remember_current() {
  if (!current_) return;
  recent_.push_back(current_->item);
  if (recent_.size() > kRelatedItemGap) recent_.erase(recent_.begin());
}

std::vector<const quizgen::Item*> StudySession::recent_items(const LoadedDeck& deck) const {
  std::vector<const quizgen::Item*> items;
  for (const ItemId id : recent_) {
    if (const quizgen::Item* item = deck.find_item(id)) items.push_back(item);  // gone after a reload
  }
  return items;
}

void StudySession::show_again(const LoadedDeck& deck, const store::Profile& profile, ItemId item,
                              sched::TimePoint now) {
  if (deck.find_item(item) == nullptr) return;
  sched::QueueEntry entry;
  entry.id = item;
  entry.retrieval = sched::retrieval_for(profile.item_state(item));
  if (!current_ || current_->item != item) remember_current();
  feedback_.reset();
  current_ = present_question(deck, profile, entry, now);
}

void StudySession::answer(AnswerFeedback feedback) {
  if (!current_ || feedback_) return;
  feedback_ = std::move(feedback);
}

Result<void> StudySession::rate(store::Profile& profile, const LoadedDeck& deck, sched::Grade grade,
                                sched::TimePoint now) {
  if (!current_ || !feedback_) return {};
  const PresentedQuestion& shown = *current_;
  AnswerRequest request;
  request.item = shown.item;
  request.deck_id = deck_;
  const quizgen::Question& question = deck.find_item(shown.item)->questions[shown.question_index];
  request.question_kind = question.kind;
  if (feedback_->answer) request.given = given_answer(question, *feedback_->answer, feedback_->is_correct);
  request.grade = grade;
  request.answer_ms = answer_ms(shown, now);
  request.now = now;
  request.displayed_state = shown.displayed_state;
  request.section_path = section_path_of(deck, shown.item);
  if (Result<store::ReviewRecord> recorded = record_answer(profile, request); !recorded) {
    Error error = recorded.error();
    error.message += " Your earlier progress is intact.";
    return in_context("Your answer was not saved: ", error);
  }
  ++answered_;
  if (grade != sched::Grade::Again) ++correct_;
  answer_ms_total_ += request.answer_ms;
  undo_steps_.push_back({StudyUndoStep::Kind::Answer, shown.item, false, false});
  show_next(deck, profile, now);
  return {};
}

void StudySession::bury(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now) {
  if (!current_) return;
  const ItemId item = current_->item;
  buried_.push_back(item);
  undo_steps_.push_back({StudyUndoStep::Kind::Bury, item, false, false});
  remember_current();  // its question was seen, if not answered
  current_.reset();
  show_next(deck, profile, now);
}

Result<void> StudySession::suspend(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now) {
  if (!current_) return {};
  const ItemId item = current_->item;
  const sched::ItemState before = profile.item_state(item);
  if (Result<void> saved = write_item_marks(profile, deck_, item, true, before.is_flagged, now); !saved) return saved;
  undo_steps_.push_back({StudyUndoStep::Kind::Marks, item, before.is_suspended, before.is_flagged});
  remember_current();
  current_.reset();  // suspended: the queue leaves it out from now on
  show_next(deck, profile, now);
  return {};
}

Result<void> StudySession::toggle_flag(store::Profile& profile, sched::TimePoint now) {
  if (!current_) return {};
  const ItemId item = current_->item;
  const sched::ItemState before = profile.item_state(item);
  if (Result<void> saved = write_item_marks(profile, deck_, item, before.is_suspended, !before.is_flagged, now);
      !saved) {
    return saved;
  }
  undo_steps_.push_back({StudyUndoStep::Kind::Marks, item, before.is_suspended, before.is_flagged});
  // The question stays on screen; its answer must not be refused as stale for this change.
  current_->displayed_state.is_flagged = !before.is_flagged;
  return {};
}

Result<void> StudySession::undo(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now) {
  if (undo_steps_.empty()) return {};
  const StudyUndoStep step = undo_steps_.back();
  switch (step.kind) {
    case StudyUndoStep::Kind::Answer: return undo_answer(profile, deck, now);
    case StudyUndoStep::Kind::Marks: return undo_marks(profile, deck, step, now);
    case StudyUndoStep::Kind::Bury:
      undo_steps_.pop_back();
      std::erase(buried_, step.item);
      show_again(deck, profile, step.item, now);
      return {};
  }
  return {};
}

Result<void> StudySession::undo_answer(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now) {
  const store::ReviewLog& log = profile.reviews();
  const store::ReviewRecord last = log.at(log.size() - 1);
  if (Result<void> undone = profile.undo_last_answer(); !undone) return in_context("Undo failed: ", undone.error());
  undo_steps_.pop_back();
  --answered_;
  if (last.grade != sched::Grade::Again) --correct_;
  show_again(deck, profile, last.item, now);  // as it was before the answer
  return {};
}

Result<void> StudySession::undo_marks(store::Profile& profile, const LoadedDeck& deck, const StudyUndoStep& step,
                                      sched::TimePoint now) {
  const sched::ItemState marked = profile.item_state(step.item);
  if (Result<void> saved = write_item_marks(profile, deck_, step.item, step.was_suspended, step.was_flagged, now);
      !saved) {
    return saved;
  }
  undo_steps_.pop_back();
  if (current_ && current_->item == step.item) {
    current_->displayed_state.is_suspended = step.was_suspended;
    current_->displayed_state.is_flagged = step.was_flagged;
  } else if (marked.is_suspended && !step.was_suspended) {
    show_again(deck, profile, step.item, now);  // an unsuspended item is back, as an undone answer is
  }
  return {};
}

void StudySession::deck_reloaded(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now) {
  if (current_ && deck.find_item(current_->item) != nullptr) {
    show_again(deck, profile, current_->item, now);
    return;
  }
  current_.reset();
  feedback_.reset();
  show_next(deck, profile, now);
}

Result<void> StudySession::record_end(store::Profile& profile, sched::TimePoint now) const {
  if (answered_ == 0 || profile.is_read_only()) return {};
  store::SessionRecord session;
  session.deck_id = deck_.str();
  session.started = started_;
  session.ended = now;
  session.answers = answered_;
  session.correct = correct_;
  if (Result<void> saved = profile.record_session(session); !saved) {
    return in_context("The session summary was not saved (your answers were): ", saved.error());
  }
  return {};
}

}  // namespace factdeck::state

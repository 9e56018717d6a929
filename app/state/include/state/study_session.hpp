#pragma once
// The spaced study session on one deck: the question on screen, its answer and grade, bury,
// suspend and flag, and Ctrl+Z over all of them. The session owns its own data; the deck and
// the profile it works on are passed in by the app state, which owns them.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "quizgen/judge.hpp"
#include "state/deck_id.hpp"
#include "state/study_queue.hpp"

namespace factdeck::state {

/// How the learner's answer was judged, and the grade preselected for it.
struct AnswerFeedback {
  bool is_correct = false;
  std::string reason;                     // "accepted: close spelling of Molotov"
  std::optional<quizgen::Answer> answer;  // none when the answer was only revealed
  bool differs_from_answer = false;       // typed, and not the answer as written: show both, accepted or not
  sched::Grade suggested_grade = sched::Grade::Good;
};

/// One step Ctrl+Z can take back in a session: an answer, a change of an item's marks, or a bury.
struct StudyUndoStep {
  enum class Kind { Answer, Marks, Bury } kind = Kind::Answer;
  ItemId item;
  bool was_suspended = false;  // Marks: the item's marks before the change
  bool was_flagged = false;
};

// ---- Judging ----
/// `answer` to the question `shown` of `item` (held by `deck`), judged by quizgen::judge, with
/// the grade suggested for how it went and how long it took until `now`.
[[nodiscard]] AnswerFeedback judge_answer(const quizgen::Deck& deck, const quizgen::Item& item,
                                          const PresentedQuestion& shown, quizgen::Answer answer,
                                          sched::TimePoint now);
/// A self-graded reveal (Space): correct by default, the learner picks the grade.
[[nodiscard]] AnswerFeedback judge_reveal();

class StudySession {
 public:
  /// A session on `deck` (only `section` and its subsections, when given) started at `now`;
  /// show_next() puts its first question on screen.
  StudySession(DeckId deck, std::optional<int> section, sched::TimePoint now);

  // ---- Reading ----
  [[nodiscard]] const DeckId& deck() const { return deck_; }
  /// The question on screen; none once nothing is left today (the summary).
  [[nodiscard]] const std::optional<PresentedQuestion>& current() const { return current_; }
  /// Set once the question on screen is answered, until it is rated.
  [[nodiscard]] const std::optional<AnswerFeedback>& feedback() const { return feedback_; }
  [[nodiscard]] const std::vector<ItemId>& buried() const { return buried_; }
  [[nodiscard]] std::uint32_t answered() const { return answered_; }
  [[nodiscard]] std::uint32_t correct() const { return correct_; }
  [[nodiscard]] std::uint64_t answer_ms_total() const { return answer_ms_total_; }
  /// When the next learning step comes due, once nothing is left to ask now.
  [[nodiscard]] const std::optional<sched::TimePoint>& next_due() const { return next_due_; }
  /// True when the session has a step Ctrl+Z can take back.
  [[nodiscard]] bool has_undo_step() const { return !undo_steps_.empty(); }

  // ---- Acting on the session's deck and the open profile ----
  /// Shows the next question due, or none: not the one just shown while another waits, and not
  /// one related to the last kRelatedItemGap items shown while an unrelated one waits.
  void show_next(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now);
  /// Judges the question on screen once; later answers to it are ignored.
  void answer(AnswerFeedback feedback);
  /// Records the grade of the answered question durably, then shows the next one. Fails
  /// (nothing changes) when the answer cannot be saved or the item changed since it was shown.
  [[nodiscard]] Result<void> rate(store::Profile& profile, const LoadedDeck& deck, sched::Grade grade,
                                  sched::TimePoint now);
  /// Takes back the newest answer, mark or bury of this session and shows its item again.
  [[nodiscard]] Result<void> undo(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now);
  /// Skips the item on screen for the rest of the session.
  void bury(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now);
  /// Suspends the item on screen (it leaves the queue until unsuspended) and moves on.
  [[nodiscard]] Result<void> suspend(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now);
  /// Flags or unflags the item on screen; the question stays.
  [[nodiscard]] Result<void> toggle_flag(store::Profile& profile, sched::TimePoint now);
  /// After the deck was reloaded: the question on screen is asked afresh, or the next one when
  /// its item is gone.
  void deck_reloaded(const LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now);
  /// Saves the session's summary (answers and correct ones) when anything was answered.
  [[nodiscard]] Result<void> record_end(store::Profile& profile, sched::TimePoint now) const;

 private:
  void remember_current();
  [[nodiscard]] std::vector<const quizgen::Item*> recent_items(const LoadedDeck& deck) const;
  void show_again(const LoadedDeck& deck, const store::Profile& profile, ItemId item, sched::TimePoint now);
  Result<void> undo_answer(store::Profile& profile, const LoadedDeck& deck, sched::TimePoint now);
  Result<void> undo_marks(store::Profile& profile, const LoadedDeck& deck, const StudyUndoStep& step,
                          sched::TimePoint now);

  DeckId deck_;
  std::optional<int> section_;  // "study this section"
  std::optional<PresentedQuestion> current_;
  std::optional<AnswerFeedback> feedback_;
  std::vector<ItemId> buried_;             // skipped for the rest of the session
  std::vector<ItemId> recent_;             // the last items shown, oldest first (related spacing)
  std::vector<StudyUndoStep> undo_steps_;  // newest last
  sched::TimePoint started_{};
  std::uint32_t answered_ = 0;
  std::uint32_t correct_ = 0;
  std::uint64_t answer_ms_total_ = 0;
  std::optional<sched::TimePoint> next_due_;
};

}  // namespace factdeck::state

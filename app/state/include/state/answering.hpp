#pragma once
// Scheduling and recording one answer: the single path used by the study screen, practice tests
// and the headless `factdeck answer` command.
#include <cstdint>
#include <optional>
#include <string>

#include "quizgen/deck.hpp"
#include "quizgen/judge.hpp"
#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "state/deck_id.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// The scheduler options stored for a deck (retention, steps, algorithm, fitted weights).
/// Invalid weights fall back to the defaults rather than failing a review.
[[nodiscard]] sched::SchedulerConfig scheduler_config(const store::DeckSettings& settings);

/// Study days in the machine's local time zone, starting at the deck's day-start hour.
[[nodiscard]] sched::DayClock local_day_clock(const store::DeckSettings& settings);

struct AnswerRequest {
  ItemId item;
  DeckId deck_id;
  quizgen::QuestionKind question_kind = quizgen::QuestionKind::Cloze;
  sched::Grade grade = sched::Grade::Good;
  std::uint32_t answer_ms = 0;
  sched::TimePoint now{};
  /// The state the learner saw when answering; the answer is refused (Conflict) when the stored
  /// state has changed since (another window, an undo in between).
  std::optional<sched::ItemState> displayed_state;
  bool is_practice = false;  // logged only: the schedule does not move
  /// What the learner was shown and answered; none when only a grade was given.
  std::optional<store::GivenAnswer> given;
};

/// What the learner was shown of `question` (its options, in order) and answered (the option's
/// text, the typed text, or "true"/"false"), with the judge's verdict. An option index out of
/// range gives an empty response.
[[nodiscard]] store::GivenAnswer given_answer(const quizgen::Question& question, const quizgen::Answer& answer,
                                              bool is_correct);

/// Schedules `request` with the deck's settings and records it durably; returns the record.
/// Fails with Conflict (stale state), Invalid (read-only profile) or Io (the write failed; the
/// profile is unchanged).
[[nodiscard]] Result<store::ReviewRecord> record_answer(store::Profile& profile,
                                                        const AnswerRequest& request);

}  // namespace factdeck::state

#pragma once
// Scheduling and recording one answer: the single path used by the study screen, practice tests
// and the headless `factdeck answer` command.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "quizgen/judge.hpp"
#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "state/deck_id.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// The scheduler options stored for a deck (retention, steps, algorithm, fitted weights, maximum
/// interval, fuzz, and the exam when it covers the whole deck). Invalid weights fall back to the
/// defaults rather than failing a review.
[[nodiscard]] sched::SchedulerConfig scheduler_config(const store::DeckSettings& settings);

/// The options for one item whose fact sits under `section_path` (titles from the top heading
/// down): as above, plus the exam when it is limited to a section on that path.
[[nodiscard]] sched::SchedulerConfig scheduler_config(const store::DeckSettings& settings,
                                                      const std::vector<std::string>& section_path);

/// The deck's exam, when one is set with a valid date (scheduler/exam.hpp).
[[nodiscard]] std::optional<sched::ExamGoal> exam_goal(const store::DeckSettings& settings);

/// True when the deck's exam covers an item under `section_path`: the whole deck, or a section
/// on the path (titles compared exactly). False when there is no exam.
[[nodiscard]] bool is_in_exam_scope(const store::DeckSettings& settings,
                                    const std::vector<std::string>& section_path);

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
  std::vector<std::string> section_path = {};  // the item's sections, for an exam limited to one
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

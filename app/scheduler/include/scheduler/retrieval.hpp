#pragma once
// Retrieval escalation: which way of asking an item fits its memory. Recognition questions
// (multiple choice, true/false) suit a young memory; recall questions (cloze, typed answer) test
// the memory properly once it is established. See docs/scheduling.md for the rule.
#include <cstdint>

#include "scheduler/item_state.hpp"

namespace factdeck::sched {

enum class Retrieval : std::uint8_t { Recognition, Recall };

/// Thresholds of the escalation rule.
struct EscalationRule {
  double recall_from_stability_days = 4.0;  // recall once stability reaches this
  std::uint32_t recall_from_reps = 2;       // ... and at least this many answers were given
};

/// Recognition while the item is new, (re)learning or its stability is below the threshold;
/// recall afterwards.
[[nodiscard]] Retrieval retrieval_for(const ItemState& item, const EscalationRule& rule = {});

/// What the learner did with one question.
struct AnswerOutcome {
  bool is_correct = false;
  bool is_near_miss = false;   // recall only: a typo (edit distance 1) or a cloze accepted with a hint
  double response_secs = 0.0;  // time from showing the question to answering
};

/// Response-time limits (seconds) used to tell Hard, Good and Easy apart.
struct GradeTimings {
  double slow_secs = 15.0;  // a correct answer slower than this is Hard
  double fast_secs = 5.0;   // a correct recall faster than this is Easy
};

/// The grade for an answer: wrong → Again; recognition: slow → Hard, else Good (never Easy, a
/// guess can be right); recall: near miss or slow → Hard, fast → Easy, else Good.
[[nodiscard]] Grade grade_for_answer(Retrieval kind, const AnswerOutcome& answer,
                                     const GradeTimings& timings = {});

}  // namespace factdeck::sched

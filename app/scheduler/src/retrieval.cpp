#include "scheduler/retrieval.hpp"

namespace factdeck::sched {

Retrieval retrieval_for(const ItemState& item, const EscalationRule& rule) {
  // A lapse sends the item back to relearning, and so back to recognition: the cue of the
  // options helps rebuild the memory before it is tested without help again.
  if (item.phase != Phase::Review || !item.memory.has_value()) return Retrieval::Recognition;
  if (item.reps < rule.recall_from_reps) return Retrieval::Recognition;
  return item.memory->stability_days >= rule.recall_from_stability_days ? Retrieval::Recall
                                                                        : Retrieval::Recognition;
}

Grade grade_for_answer(Retrieval kind, const AnswerOutcome& answer, const GradeTimings& timings) {
  if (!answer.is_correct) return Grade::Again;
  const bool is_slow = answer.response_secs > timings.slow_secs;
  if (kind == Retrieval::Recognition) return is_slow ? Grade::Hard : Grade::Good;
  if (answer.is_near_miss || is_slow) return Grade::Hard;
  return answer.response_secs < timings.fast_secs ? Grade::Easy : Grade::Good;
}

}  // namespace factdeck::sched

#pragma once
// Setting an exam on a deck (scheduler/exam.hpp) reaches the items already scheduled past it:
// each review item of the exam's scope whose recall on the exam day would miss the target gets
// the pre-exam review its last answer would have been given with the exam in place. Stored like
// new parameters: one RecomputeRecord with the new settings and the moved items, and its undo.
#include "scheduler/day_clock.hpp"
#include "state/apply_parameters.hpp"
#include "state/loaded_deck.hpp"

namespace factdeck::state {

/// Plans `settings` (with its exam) for `deck` at `now`. Items not yet studied, on a learning
/// step, suspended or retired are left as they are; without a valid exam date no item moves.
/// `plan.moved_due` is the number of reviews brought before the exam (the extra work, before the
/// learner confirms). Pure.
[[nodiscard]] RecomputePlan plan_exam(const store::ProfileData& data, const LoadedDeck& deck,
                                      const store::DeckSettings& settings, const sched::DayClock& clock,
                                      sched::TimePoint now);

/// True when `before` and `after` differ in the exam's date, target or section.
[[nodiscard]] bool is_exam_changed(const store::DeckSettings& before, const store::DeckSettings& after);

}  // namespace factdeck::state

#pragma once
// Replaying an item's answers: the state its history gives under some scheduler configuration.
// Used when the learner applies new FSRS parameters, as Anki does: every item's memory state is
// recomputed from its history, and (if the learner chooses) its due date too.
#include <span>

#include "base/item_id.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::sched {

/// One schedule-moving answer of an item's history (practice answers are not part of it).
struct HistoryAnswer {
  TimePoint time{};
  Grade grade = Grade::Good;
};

/// The state a new item reaches by answering `history` (oldest first) with `config`: every
/// answer goes through next_states, so steps, fuzz and intervals are those of `config`.
[[nodiscard]] ItemState replay_history(std::span<const HistoryAnswer> history,
                                       const SchedulerConfig& config, const DayClock& clock,
                                       ItemId item_id);

/// `current` with its FSRS memory state recomputed from `history` under `config`. With
/// `is_rescheduled`, a review-phase item also gets the due date and interval that its last
/// answer gives under `config`; items on a (re)learning step keep their step's due time, which
/// the parameters do not decide. Phase, counts and the learner's marks are kept. An item with no
/// history is returned unchanged.
[[nodiscard]] ItemState recompute_item(const ItemState& current,
                                       std::span<const HistoryAnswer> history,
                                       const SchedulerConfig& config, const DayClock& clock,
                                       ItemId item_id, bool is_rescheduled);

}  // namespace factdeck::sched

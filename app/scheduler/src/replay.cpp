#include "scheduler/replay.hpp"

namespace factdeck::sched {

ItemState replay_history(std::span<const HistoryAnswer> history, const SchedulerConfig& config,
                         const DayClock& clock, ItemId item_id) {
  ItemState state;
  for (const HistoryAnswer& answer : history) {
    state = next_states(state, config, clock, answer.time, item_id).for_grade(answer.grade).state;
  }
  return state;
}

ItemState recompute_item(const ItemState& current, std::span<const HistoryAnswer> history,
                         const SchedulerConfig& config, const DayClock& clock, ItemId item_id,
                         bool is_rescheduled) {
  if (history.empty()) return current;
  const ItemState replayed = replay_history(history, config, clock, item_id);
  ItemState result = current;
  result.memory = replayed.memory;
  if (is_rescheduled && current.phase == Phase::Review && replayed.phase == Phase::Review) {
    result.due = replayed.due;
    result.scheduled_days = replayed.scheduled_days;
  }
  return result;
}

}  // namespace factdeck::sched

#include "state/exam_plan.hpp"

#include "state/answering.hpp"

namespace factdeck::state {

namespace {

constexpr std::int64_t kSecsPerDay = 86400;

/// The state `item` gets with the exam in place, or nothing when it keeps its due date.
std::optional<sched::ItemState> with_exam(const sched::ItemState& item, const sched::SchedulerConfig& config,
                                          const sched::DayClock& clock) {
  if (item.phase != sched::Phase::Review || item.is_suspended || !item.memory || !item.last_review) {
    return std::nullopt;
  }
  const std::int64_t answered_day = clock.day_number(*item.last_review);
  const auto normal_days = static_cast<int>(clock.day_number(item.due) - answered_day);
  const int days = sched::exam_interval_days(config.parameters, *item.memory, *config.exam, answered_day,
                                             normal_days, !config.relearning_steps_mins.empty());
  if (days >= normal_days) return std::nullopt;
  // As next_states does: due a whole number of days after the answer that scheduled it.
  sched::ItemState moved = item;
  moved.due = *item.last_review + sched::Seconds{days * kSecsPerDay};
  moved.scheduled_days = days;
  return moved;
}

}  // namespace

RecomputePlan plan_exam(const store::ProfileData& data, const LoadedDeck& deck, const store::DeckSettings& settings,
                        const sched::DayClock& clock, sched::TimePoint now) {
  const std::string deck_id = deck.deck_id.str();
  RecomputePlan plan;
  plan.record = {deck_id, now, settings, {}, {}};
  const auto previous = data.deck_settings.find(deck_id);
  plan.undo = {deck_id, now, previous != data.deck_settings.end() ? previous->second : store::DeckSettings{}, {}, {}};
  if (settings.scheduler != store::SchedulerKind::Fsrs6) return plan;
  for (const auto& [id, record] : data.items) {
    if (record.deck_id != deck_id || record.is_retired) continue;
    const std::vector<std::string> sections = section_path_of(deck, id);
    if (!is_in_exam_scope(settings, sections)) continue;
    const std::optional<sched::ItemState> moved = with_exam(record.state, scheduler_config(settings, sections), clock);
    if (!moved) continue;
    plan.record.items.push_back(id);
    plan.record.states.push_back(*moved);
    plan.undo.items.push_back(id);
    plan.undo.states.push_back(record.state);
    ++plan.changed_items;
    ++plan.moved_due;
  }
  return plan;
}

bool is_exam_changed(const store::DeckSettings& before, const store::DeckSettings& after) {
  return before.exam_date != after.exam_date || before.exam_target != after.exam_target ||
         before.exam_section != after.exam_section;
}

}  // namespace factdeck::state

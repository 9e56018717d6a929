#include "state/apply_parameters.hpp"

#include "state/answering.hpp"

namespace factdeck::state {

std::map<ItemId, std::vector<sched::HistoryAnswer>> schedule_histories(const store::ProfileData& data,
                                                                       const std::string& deck_id) {
  std::map<ItemId, std::vector<sched::HistoryAnswer>> histories;
  const store::ReviewLog& log = data.reviews;
  for (std::size_t i = 0; i < log.size(); ++i) {
    const store::PackedReview& row = log.row(i);
    if (log.decks()[row.deck_index] != deck_id) continue;
    if (log.at(i).is_practice) continue;
    histories[ItemId{row.item}].push_back(
        {sched::TimePoint{sched::Seconds{row.time_secs}}, static_cast<sched::Grade>(row.grade)});
  }
  return histories;
}

RecomputePlan plan_recompute(const store::ProfileData& data, const std::string& deck_id,
                             const store::DeckSettings& settings, const sched::DayClock& clock,
                             bool is_rescheduled, sched::TimePoint now, optim::Progress* progress) {
  RecomputePlan plan;
  plan.record = {deck_id, now, settings, {}, {}};
  const auto previous = data.deck_settings.find(deck_id);
  plan.undo = {deck_id, now,
               previous != data.deck_settings.end() ? previous->second : store::DeckSettings{}, {}, {}};
  const sched::SchedulerConfig config = scheduler_config(settings);
  const auto histories = schedule_histories(data, deck_id);
  if (progress != nullptr) progress->total = histories.size();
  for (const auto& [id, history] : histories) {
    if (progress != nullptr) {
      if (progress->cancel_requested) break;
      ++progress->done;
    }
    const auto item = data.items.find(id);
    if (item == data.items.end()) continue;
    const sched::ItemState& current = item->second.state;
    const sched::ItemState recomputed =
        sched::recompute_item(current, history, config, clock, id, is_rescheduled);
    plan.record.items.push_back(id);
    plan.record.states.push_back(recomputed);
    plan.undo.items.push_back(id);
    plan.undo.states.push_back(current);
    if (recomputed != current) ++plan.changed_items;
    if (recomputed.due != current.due) ++plan.moved_due;
  }
  if (progress != nullptr) progress->finished = true;
  return plan;
}

Result<void> apply_recompute_plan(store::Profile& profile, const RecomputePlan& plan) {
  return profile.apply_recompute(plan.record);
}

}  // namespace factdeck::state

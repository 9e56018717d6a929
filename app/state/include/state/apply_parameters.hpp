#pragma once
// Applying new scheduler settings (typically freshly fitted FSRS parameters) to a deck, as Anki
// does: every answered item's memory state is recomputed from its history with the new
// parameters and, if the learner chooses, review items get the due date their last answer gives
// under the new parameters. One durable journal record; undone by another that puts the previous
// settings and states back. GUI-free: the deck options screen and `factdeck recompute` share it.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "optimizer/fit.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/replay.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

/// Each item's schedule-moving answers on deck `deck_id`, oldest first (practice answers, which
/// never moved the schedule, are left out).
[[nodiscard]] std::map<ItemId, std::vector<sched::HistoryAnswer>> schedule_histories(
    const store::ProfileData& data, const std::string& deck_id);

/// What applying new settings does, before it is confirmed: the record to store and its effect.
struct RecomputePlan {
  store::RecomputeRecord record;  // new settings + every answered item's recomputed state
  store::RecomputeRecord undo;    // the previous settings and states
  std::size_t changed_items = 0;  // items whose state differs
  std::size_t moved_due = 0;      // of those, items whose due date moved
};

/// Plans `settings` for deck `deck_id` at `now`: each answered item of the deck is replayed
/// from its history (sched::recompute_item) on `clock`'s study days. Pure; it can run on a
/// worker thread over a copy of the profile data, counting answered items in `progress` (may be
/// null); a cancel request ends it early with a partial plan, which the caller drops.
[[nodiscard]] RecomputePlan plan_recompute(const store::ProfileData& data, const std::string& deck_id,
                                           const store::DeckSettings& settings,
                                           const sched::DayClock& clock, bool is_rescheduled,
                                           sched::TimePoint now, optim::Progress* progress = nullptr);

/// Stores `plan.record` durably (one journal record); the caller keeps `plan.undo` to undo it
/// with `profile.apply_recompute(plan.undo)`. Fails as Profile::apply_recompute.
[[nodiscard]] Result<void> apply_recompute_plan(store::Profile& profile, const RecomputePlan& plan);

}  // namespace factdeck::state

#pragma once
// Each card's FSRS-6 memory after replaying its review log, as fsrs-rs's memory-state command
// computes it (`factdeck memory-states`).
#include <cstdint>
#include <span>
#include <vector>

#include "optimizer/revlog.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"

namespace factdeck::optim {

/// One card's memory after replaying its reviews.
struct CardMemory {
  std::int64_t card_id = 0;
  int review_count = 0;  // reviews replayed (from the start of the last learning block)
  sched::MemoryState memory;
  sched::TimePoint last_review{};
};

/// Replays each card's reviews in time order (cards in ascending id). As fsrs-rs's converter
/// does, a card's history starts at its last contiguous block of New/Learning entries. Elapsed
/// days are study days of `clock`; times count in whole seconds.
[[nodiscard]] std::vector<CardMemory> memory_states_from_revlog(std::span<const ReviewLogEntry> entries,
                                                                const sched::Parameters& parameters,
                                                                const sched::DayClock& clock);

}  // namespace factdeck::optim

#pragma once
// The daily queue: which items to study now and in what order. Plain inputs (no deck format):
// each candidate is an item id, its state, the key of its fact and the keys of the entities
// (people, dates, places) it mentions.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "base/item_id.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "scheduler/item_state.hpp"
#include "scheduler/retrieval.hpp"

namespace factdeck::sched {

/// One item offered to the queue. `state` and `entity_keys` must outlive the call.
struct QueueCandidate {
  ItemId id;
  const ItemState* state = nullptr;
  std::uint64_t fact_key = 0;
  std::span<const std::uint64_t> entity_keys;
};

struct QueueConfig {
  int new_per_day = 20;
  int reviews_per_day = 200;
  int new_done_today = 0;        // already introduced today (from the review log)
  int reviews_done_today = 0;    // already reviewed today
  std::uint32_t leech_lapses = 8;
  Seconds learn_ahead{20 * 60};  // learning steps due this soon are shown now, as in Anki
  int entity_gap = 4;            // at least this many other items between two sharing an entity
  EscalationRule escalation;
};

enum class QueueSection : std::uint8_t { Learning, Review, New };

struct QueueEntry {
  ItemId id;
  QueueSection section = QueueSection::Review;
  Retrieval retrieval = Retrieval::Recognition;
  double retrievability = 1.0;  // at the time the queue was built
};

struct DailyQueue {
  std::vector<QueueEntry> entries;          // in the order to show them
  std::vector<ItemId> leeches;     // lapses ≥ leech_lapses: flagged, still scheduled
  std::size_t reviews_due = 0;              // reviews due today, before the limit
  std::size_t new_available = 0;            // new items not yet introduced
  std::size_t buried_siblings = 0;          // skipped: another item of their fact is shown today
  std::size_t deferred_by_entity = 0;       // new items held back: they share an entity with one
                                            // introduced today
  std::optional<TimePoint> next_learning_due;  // the next learning step due later today
};

/// Builds today's queue at `now`: learning steps first (by due time), then reviews ordered by due
/// day and lowest retrievability, with new items interleaved evenly; no two items of one fact on
/// the same day; items sharing an entity kept `entity_gap` apart; at most one new item per entity
/// per day.
[[nodiscard]] DailyQueue build_daily_queue(std::span<const QueueCandidate> candidates,
                                           const QueueConfig& config, const Parameters& parameters,
                                           const DayClock& clock, TimePoint now);

}  // namespace factdeck::sched

#pragma once
// The review-log CSV used by fsrs-rs and Anki's FSRS tools:
//   card_id,review_time,review_rating,review_state,review_duration
// review_time is milliseconds since the Unix epoch (UTC); review_rating 1–4 (0 = a manual change,
// ignored); review_state 0 New, 1 Learning, 2 Review, 3 Relearning (4+ = filtered or manual,
// ignored); review_duration in milliseconds. A header row is optional; with one, columns may come
// in any order.
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"

namespace factdeck::sched {

struct RevlogEntry {
  std::int64_t card_id = 0;
  TimePoint review_time{};          // whole seconds
  std::int64_t review_time_ms = 0;  // the same time with its milliseconds, as in the file
  int rating = 0;
  int state = 0;
  std::int64_t duration_ms = 0;
  int line = 0;  // 1-based line in the file
};

/// Parses the CSV text; fails with the file name, line and column of the first bad field.
[[nodiscard]] Result<std::vector<RevlogEntry>> parse_revlog_csv(std::string_view text,
                                                                const std::string& file_name);

/// The same reader without storing the rows: calls `on_row` for each row in file order and stops
/// at the first error, its own or one that `on_row` returns (the optimizer adds its checks so).
[[nodiscard]] Result<void> for_each_revlog_row(
    std::string_view text, const std::string& file_name,
    const std::function<Result<void>(const RevlogEntry&)>& on_row);

/// One card's memory after replaying its reviews.
struct CardMemory {
  std::int64_t card_id = 0;
  int review_count = 0;  // reviews replayed (from the start of the last learning block)
  MemoryState memory;
  TimePoint last_review{};
};

/// Replays each card's reviews in time order (cards in ascending id). As fsrs-rs's converter
/// does, a card's history starts at its last contiguous block of New/Learning entries; ratings
/// of 0 and states 4+ are skipped. Elapsed days are study days of `clock`.
[[nodiscard]] std::vector<CardMemory> memory_states_from_revlog(std::span<const RevlogEntry> entries,
                                                                const Parameters& parameters,
                                                                const DayClock& clock);

}  // namespace factdeck::sched

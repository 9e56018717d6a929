#pragma once
// Interval fuzz with Anki's ranges: no fuzz below 2.5 days, then ±(1 day + 15% of the days in
// 2.5–7 + 10% of the days in 7–20 + 5% of the days above 20), drawn uniformly over whole days.
// The draw is deterministic per item and study day so that previews and answers agree.
#include <cstdint>
#include <utility>

#include "base/item_id.hpp"

namespace factdeck::sched {

/// Half-width of the fuzz range in days for an unrounded interval.
[[nodiscard]] double fuzz_delta_days(double interval_days);
/// [lower, upper] whole days for `interval_days`, kept inside [minimum, maximum]; widened to two
/// values when the range collapsed and the bounds allow it.
[[nodiscard]] std::pair<int, int> fuzz_bounds_days(double interval_days, int minimum, int maximum);
/// The fuzzed interval for a draw `fraction` in [0, 1).
[[nodiscard]] int fuzzed_interval_days(double interval_days, double fraction, int minimum, int maximum);
/// A uniform draw in [0, 1) from the item id and the study day (splitmix64).
[[nodiscard]] double fuzz_fraction(ItemId item_id, std::int64_t day_number);

}  // namespace factdeck::sched

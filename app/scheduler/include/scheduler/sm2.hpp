#pragma once
// SM-2, the classic SuperMemo algorithm (P. Wozniak, 1987), offered per deck as an alternative to
// FSRS. Grades map to SM-2 quality as Again → 2, Hard → 3, Good → 4, Easy → 5 (docs/scheduling.md).
#include "scheduler/item_state.hpp"

namespace factdeck::sched {

inline constexpr double kSm2MinEase = 1.3;
/// The longest SM-2 interval, 100 years (FSRS's longest too). Without it the interval grows by
/// EF at every pass, early reviews included: 23 Goods in a row pass the 10^9 days the store
/// accepts, and the item could never be answered again (issue 18).
inline constexpr double kSm2MaxIntervalDays = 36500.0;

/// SM-2 response quality (0–5) for one of our four grades.
[[nodiscard]] int sm2_quality(Grade grade);
/// EF' = EF + (0.1 − (5−q)(0.08 + (5−q)·0.02)), never below 1.3.
[[nodiscard]] double sm2_next_ease(double ease, int quality);
/// The SM-2 state after one answer: quality < 3 restarts the repetitions (interval 1 day);
/// otherwise intervals are 1, 6, then the previous interval × EF, rounded up to whole days, at
/// most kSm2MaxIntervalDays.
[[nodiscard]] Sm2State sm2_next(const Sm2State& state, Grade grade);

}  // namespace factdeck::sched

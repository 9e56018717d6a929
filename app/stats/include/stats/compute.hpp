#pragma once
// compute_stats: every figure of the statistics screen from the review log, the item states and
// the decks, in one pass over the log and one over the items. Pure: the caller passes `now`.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "quizgen/deck.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"
#include "stats/report.hpp"
#include "store/records.hpp"
#include "store/review_log.hpp"

namespace factdeck::stats {

/// A deck to draw the article map of; `deck` must outlive the call.
struct DeckInput {
  std::string deck_id;
  const quizgen::Deck* deck = nullptr;
};

struct StatsInput {
  const store::ReviewLog* reviews = nullptr;                        // required
  const std::map<ItemId, store::ItemRecord>* items = nullptr;  // required
  std::vector<DeckInput> decks;            // article maps; may be empty
  std::optional<std::string> deck_filter;  // only this deck's answers and items
  sched::DayClock clock;
  sched::TimePoint now{};
  sched::Parameters parameters;            // FSRS weights for retrievability
  double desired_retention = 0.9;
  int forecast_days = 90;                  // due_per_day covers today .. today + forecast_days
};

/// How far back the day-by-day history reaches (200 years of study days): an answer dated before
/// that (imported or damaged data) counts in the totals but gets no day of its own, so no
/// allocation is ever sized by a date.
inline constexpr std::int64_t kMaxHistoryDays = 73'050;

/// All statistics. Answers dated after `now` (a clock that went backwards) count on today.
[[nodiscard]] StatsReport compute_stats(const StatsInput& input);

/// The store's practice flag of a packed review row.
[[nodiscard]] bool is_practice_row(const store::PackedReview& row);

}  // namespace factdeck::stats

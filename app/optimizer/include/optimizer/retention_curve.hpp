#pragma once
// The cost of a desired retention, for choosing one with its cost in view: for each retention in
// 0.70–0.99, a simulated learner whose memory follows the deck's own FSRS parameters studies the
// deck's items for `days` days with the deck's scheduler settings, and we measure the daily
// minutes and the items known at the end (the sum of their recall probabilities, as fsrs-rs's
// workload simulation counts "memorized"). The retention with the most items known per daily
// minute is marked, as fsrs-rs's optimal-retention search does.
//
// Each item is simulated on its own (no daily limits or sibling rules, which barely move the
// totals), with the same random draws at every retention, so the curve is smooth and takes a
// few milliseconds for a deck of a thousand items.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "base/item_id.hpp"
#include "scheduler/fsrs.hpp"

namespace factdeck::optim {

struct RetentionCurveConfig {
  sched::SchedulerConfig scheduler;  // the deck's settings; its desired retention is varied
  int days = 365;
  int new_per_day = 20;              // items introduced per day, in deck order
  double secs_per_review = 8.0;      // per answer (learning steps included)
  double hard_share = 0.15;          // of successful answers, as in sched::simulate
  double easy_share = 0.10;
  std::uint64_t seed = 1;
  double lowest_retention = 0.70;
  double highest_retention = 0.99;
  double retention_step = 0.01;
};

struct RetentionPoint {
  double desired_retention = 0.0;
  double reviews_per_day = 0.0;   // all answers over all days, per day
  double minutes_per_day = 0.0;
  double items_known = 0.0;       // sum of the items' recall probabilities on the last day
  double known_per_minute = 0.0;  // items known per daily minute of study
};

struct RetentionCurve {
  std::vector<RetentionPoint> points;  // by rising retention
  std::size_t best = 0;                // the point with the most items known per daily minute
};

/// The curve for `items` (in the order they are introduced). Empty points when there are no
/// items or the range is empty.
[[nodiscard]] RetentionCurve retention_curve(std::span<const ItemId> items, const RetentionCurveConfig& config);

/// Answers and end-of-run recall of one retention (one point of the curve).
[[nodiscard]] RetentionPoint simulate_retention(std::span<const ItemId> items, const RetentionCurveConfig& config,
                                                double desired_retention);

}  // namespace factdeck::optim

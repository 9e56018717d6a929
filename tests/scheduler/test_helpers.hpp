#pragma once
// Builders shared by the scheduler tests.
#include <chrono>

#include "scheduler/fsrs.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::sched::test {

/// 2024-03-01 12:00 UTC: a fixed "now" far from any day boundary.
inline TimePoint test_now() { return TimePoint{Seconds{1709294400}}; }
inline Seconds days(double n) { return Seconds{static_cast<std::int64_t>(n * 86400.0)}; }

/// FSRS with default parameters, no steps, no fuzz: the pure model as the references run it.
inline SchedulerConfig pure_config(double retention = 0.9) {
  SchedulerConfig config;
  config.desired_retention = retention;
  config.learning_steps_mins.clear();
  config.relearning_steps_mins.clear();
  config.is_fuzz_enabled = false;
  return config;
}

/// A review-phase item last reviewed `elapsed` before `now`.
inline ItemState make_review_item(double stability, double difficulty, Seconds elapsed,
                                  TimePoint now = test_now()) {
  ItemState item;
  item.phase = Phase::Review;
  item.memory = MemoryState{stability, difficulty};
  item.last_review = now - elapsed;
  item.due = now;
  item.reps = 3;
  return item;
}

}  // namespace factdeck::sched::test

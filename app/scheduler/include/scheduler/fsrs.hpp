#pragma once
// FSRS-6 scheduling: parameters as fsrs-rs validates them, the memory model as fsrs-rs computes it
// (in double rather than f32), and `next_states`, which returns the outcome of all four grades at
// once, including learning and relearning steps, fuzz, the maximum interval and SM-2 decks.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "base/item_id.hpp"
#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/exam.hpp"
#include "scheduler/fsrs_math.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::sched {

/// The published FSRS-6 defaults (fsrs-rs DEFAULT_PARAMETERS; identical in ts-fsrs).
inline constexpr std::array<double, fsrs_math::kParameterCount> kDefaultWeights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

/// The 21 FSRS-6 weights (w20 is the decay of the forgetting curve).
struct Parameters {
  fsrs_math::Weights<double> w = kDefaultWeights;
  friend bool operator==(const Parameters&, const Parameters&) = default;
};

/// Checks and clips weights as fsrs-rs does when it builds a scheduler: an empty list gives the
/// defaults, 19 FSRS-5 weights get w19 = 0 and w20 = 0.5, 21 are taken as they are; each weight is
/// then clipped to its bound (w17 and w18 more tightly when there are 2+ relearning steps).
/// Fails on any other count or a non-finite value.
[[nodiscard]] Result<Parameters> validate_and_clamp(std::span<const double> weights,
                                                    int relearning_step_count = 1);

/// Which algorithm a deck uses. FSRS memory states are tracked for both, so a deck can switch.
enum class Algorithm : std::uint8_t { Fsrs, Sm2 };

/// Per-deck scheduling options.
struct SchedulerConfig {
  Parameters parameters;
  Algorithm algorithm = Algorithm::Fsrs;
  double desired_retention = 0.9;        // clamped to [0.70, 0.99]
  int maximum_interval_days = 36500;
  std::vector<int> learning_steps_mins = {1, 10};
  std::vector<int> relearning_steps_mins = {10};
  bool is_fuzz_enabled = true;
  std::uint32_t leech_lapses = 8;        // the lapse reaching this flags the item (never suspends)
  std::optional<ExamGoal> exam;          // FSRS only; the caller sets it for items of its scope
};

/// One grade's outcome: the state to store if the learner picks it, and the wait until the item
/// is due again (minutes for learning steps, whole days otherwise).
struct ScheduledState {
  ItemState state;
  Seconds interval{0};
  bool is_in_days = true;  // false while the item is on a (re)learning step
  /// The interval in days (fractional for learning steps), for display.
  [[nodiscard]] double interval_days() const { return static_cast<double>(interval.count()) / 86400.0; }
};

/// The outcomes of all four grades, so that each answer button can show its interval.
struct NextStates {
  ScheduledState again, hard, good, easy;
  [[nodiscard]] const ScheduledState& for_grade(Grade grade) const;
};

// ---- Pure FSRS-6 model (what fsrs-rs's `nextStates` computes) ----

/// The memory state after answering `grade` `elapsed_days` whole days after the previous review
/// (empty `previous` for the first answer).
[[nodiscard]] MemoryState next_memory_state(const Parameters& parameters,
                                            const std::optional<MemoryState>& previous,
                                            double elapsed_days, Grade grade);
/// Unrounded interval in days at which recall probability falls to `desired_retention`.
[[nodiscard]] double next_interval_days(const Parameters& parameters, double stability_days,
                                        double desired_retention);
/// Probability of recall after `elapsed_days` days (fractional allowed) at `stability_days`.
[[nodiscard]] double retrievability(const Parameters& parameters, double elapsed_days,
                                    double stability_days);
/// `clamp(round(x), 1, maximum)`: the interval the learner sees when fuzz is off.
[[nodiscard]] int round_interval_days(double interval_days, int maximum_interval_days);

// ---- The scheduler ----

/// The outcomes of the four grades for `item` answered at `now`. Fuzz is seeded by `item_id` and
/// the study day, so the same answer on the same day always gives the same interval.
[[nodiscard]] NextStates next_states(const ItemState& item, const SchedulerConfig& config,
                                     const DayClock& clock, TimePoint now, ItemId item_id);

/// Probability of recall of `item` at `now` (1 for an item never answered).
[[nodiscard]] double item_retrievability(const ItemState& item, const Parameters& parameters,
                                         TimePoint now);

}  // namespace factdeck::sched

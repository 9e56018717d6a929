#include "scheduler/fsrs.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "scheduler/fuzz.hpp"
#include "scheduler/sm2.hpp"

// Index: parameters (validate_and_clamp) · pure model · learning steps · next_states.

namespace factdeck::sched {

namespace {

constexpr double kMinRetention = 0.70;
constexpr double kMaxRetention = 0.99;
constexpr std::int64_t kSecsPerDay = 86400;
constexpr double kFsrs5Decay = 0.5;
// fsrs-rs bounds: initial stabilities between S_MIN and INIT_S_MAX.
constexpr double kInitialStabilityMax = 100.0;

struct Bound {
  double lo;
  double hi;
};

// fsrs-rs parameter_clipper.rs: w17 and w18 share a ceiling that tightens with 2+ relearning
// steps, so that a lapse followed by several same-day steps never ends above the old stability.
double w17_w18_ceiling(const fsrs_math::Weights<double>& w, int relearning_step_count) {
  if (relearning_step_count <= 1) return 2.0;
  const double bound = -(std::log(w[11]) + std::log(std::pow(2.0, w[13]) - 1.0) + w[14] * 0.3) /
                       static_cast<double>(relearning_step_count);
  // std::max(0.01, NaN) is 0.01, like Rust's f32::max, when a raw weight makes the log undefined.
  return std::min(2.0, std::sqrt(std::max(0.01, bound)));
}

std::array<Bound, fsrs_math::kParameterCount> parameter_bounds(double ceiling) {
  const double s_min = fsrs_math::kMinStability;
  return {{{s_min, kInitialStabilityMax}, {s_min, kInitialStabilityMax},
           {s_min, kInitialStabilityMax}, {s_min, kInitialStabilityMax},
           {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8},
           {0.001, 3.5}, {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0},
           {1.0, 6.0}, {0.0, ceiling}, {0.0, ceiling}, {0.0, 0.8}, {0.1, 0.8}}};
}

}  // namespace

Result<Parameters> validate_and_clamp(std::span<const double> weights, int relearning_step_count) {
  Parameters parameters;
  if (weights.empty()) return parameters;
  if (weights.size() != 19 && weights.size() != 21) {
    return fail(ErrorCode::Invalid, "FSRS needs 21 parameters (or 19 from FSRS-5), got " +
                                        std::to_string(weights.size()));
  }
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (!std::isfinite(weights[i])) {
      return fail(ErrorCode::Invalid, "FSRS parameter w" + std::to_string(i) + " is not a number");
    }
    parameters.w[i] = weights[i];
  }
  if (weights.size() == 19) {
    // FSRS-5 had no w19 (short-term stability exponent) and a fixed decay of 0.5.
    parameters.w[19] = 0.0;
    parameters.w[20] = kFsrs5Decay;
  }
  // As in fsrs-rs, the w17/w18 ceiling is computed from the weights before any clipping.
  const auto bounds = parameter_bounds(w17_w18_ceiling(parameters.w, relearning_step_count));
  for (std::size_t i = 0; i < parameters.w.size(); ++i) {
    parameters.w[i] = std::clamp(parameters.w[i], bounds[i].lo, bounds[i].hi);
  }
  return parameters;
}

const ScheduledState& NextStates::for_grade(Grade grade) const {
  switch (grade) {
    case Grade::Again: return again;
    case Grade::Hard: return hard;
    case Grade::Good: return good;
    case Grade::Easy: break;
  }
  return easy;
}

// ---- Pure model ----

MemoryState next_memory_state(const Parameters& parameters, const std::optional<MemoryState>& previous,
                              double elapsed_days, Grade grade) {
  const fsrs_math::Memory<double>* before = nullptr;
  fsrs_math::Memory<double> previous_memory{};
  if (previous.has_value()) {
    previous_memory = {previous->stability_days, previous->difficulty};
    before = &previous_memory;
  }
  const auto after = fsrs_math::next_memory(parameters.w, before, elapsed_days, grade);
  return {after.stability, after.difficulty};
}

double next_interval_days(const Parameters& parameters, double stability_days, double desired_retention) {
  return fsrs_math::interval_for_retention(parameters.w, stability_days, desired_retention);
}

double retrievability(const Parameters& parameters, double elapsed_days, double stability_days) {
  return fsrs_math::retrievability(parameters.w, std::max(0.0, elapsed_days), stability_days);
}

int round_interval_days(double interval_days, int maximum_interval_days) {
  const double rounded = std::round(std::min(interval_days, static_cast<double>(maximum_interval_days)));
  return std::clamp(static_cast<int>(rounded), 1, std::max(1, maximum_interval_days));
}

double item_retrievability(const ItemState& item, const Parameters& parameters, TimePoint now) {
  if (!item.memory.has_value() || !item.last_review.has_value()) return 1.0;
  // Subtracted as doubles: a damaged or hostile last_review (INT64_MIN) must not overflow the
  // integer difference; real times (|t| < 2^53 s) subtract exactly either way.
  const double elapsed =
      (static_cast<double>(now.time_since_epoch().count()) -
       static_cast<double>(item.last_review->time_since_epoch().count())) /
      kSecsPerDay;
  return retrievability(parameters, elapsed, item.memory->stability_days);
}

// ---- Learning steps (Anki's rules) ----

namespace {

/// Where an answer leaves the item: on a step (delay in minutes) or graduated (days follow).
struct StepOutcome {
  bool is_graduated = false;
  std::uint32_t step = 0;
  std::int64_t delay_secs = 0;
};

std::int64_t step_secs(int minutes) { return std::int64_t{minutes} * 60; }

/// Hard repeats the current step; on the first step it waits halfway to the second step, or 1.5×
/// the only step (at most one day more), as Anki does.
std::int64_t hard_delay_secs(const std::vector<int>& steps, std::uint32_t step) {
  if (step > 0) return step_secs(steps[step]);
  if (steps.size() >= 2) return (step_secs(steps[0]) + step_secs(steps[1])) / 2;
  return std::min(step_secs(steps[0]) * 3 / 2, step_secs(steps[0]) + kSecsPerDay);
}

StepOutcome step_outcome(const std::vector<int>& steps, std::uint32_t step, Grade grade) {
  if (steps.empty() || grade == Grade::Easy) return {true, 0, 0};
  step = std::min<std::uint32_t>(step, static_cast<std::uint32_t>(steps.size() - 1));
  switch (grade) {
    case Grade::Again: return {false, 0, step_secs(steps[0])};
    case Grade::Hard: return {false, step, hard_delay_secs(steps, step)};
    case Grade::Good:
      if (step + 1 >= steps.size()) return {true, 0, 0};
      return {false, step + 1, step_secs(steps[step + 1])};
    case Grade::Easy: break;
  }
  return {true, 0, 0};
}

// ---- next_states ----

/// Everything shared by the four grades of one preview.
struct Preview {
  const ItemState& item;
  const SchedulerConfig& config;
  TimePoint now;
  double elapsed_days;
  double retention;
  std::optional<double> fuzz;  // the draw in [0, 1), when fuzz is on
  std::int64_t today = 0;      // the study day of `now`
  double recall = 1.0;         // retrievability at `now`, shared by the four grades
  double days_per_stability_day = 1.0;  // the FSRS interval is linear in stability
  double recall_growth = 0.0;  // stability growth before the Hard penalty and Easy bonus
  double difficulty_target = 0.0;  // mean-reversion target: unclamped initial difficulty of Easy
};

/// fsrs_math::stability_after_recall's growth term up to the grade factors, with the same
/// operations in the same order, so that the three passing grades share it bit for bit.
double recall_growth(const fsrs_math::Weights<double>& w, double stability, double difficulty, double recall) {
  return std::exp(w[8]) * (11.0 - difficulty) * std::pow(stability, -w[9]) * (std::exp(w[10] * (1.0 - recall)) - 1.0);
}

/// fsrs_math::next_difficulty with its mean-reversion target computed once per preview.
double difficulty_after(const fsrs_math::Weights<double>& w, double difficulty, Grade grade, double target) {
  const double delta = -w[6] * static_cast<double>(static_cast<int>(grade) - 3);
  const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
  const double reverted = w[7] * target + (1.0 - w[7]) * damped;
  return std::clamp(reverted, fsrs_math::kMinDifficulty, fsrs_math::kMaxDifficulty);
}

/// FSRS-6 memory after `grade`: fsrs_math::next_memory with the terms shared by the four grades
/// computed once per preview (the conformance test checks the result against fsrs-rs, and a unit
/// test checks it equals fsrs_math::next_memory exactly).
MemoryState memory_after(const Preview& p, Grade grade) {
  const auto& w = p.config.parameters.w;
  if (!p.item.memory.has_value()) return next_memory_state(p.config.parameters, std::nullopt, 0.0, grade);
  const double s = p.item.memory->stability_days;
  const double d = p.item.memory->difficulty;
  double stability = 0.0;
  if (p.elapsed_days == 0.0) {
    stability = fsrs_math::stability_short_term(w, s, grade);
  } else if (grade == Grade::Again) {
    stability = fsrs_math::stability_after_lapse(w, s, d, p.recall);
  } else {
    const double hard_penalty = grade == Grade::Hard ? w[15] : 1.0;
    const double easy_bonus = grade == Grade::Easy ? w[16] : 1.0;
    stability = s * (p.recall_growth * hard_penalty * easy_bonus + 1.0);
  }
  return {std::clamp(stability, fsrs_math::kMinStability, fsrs_math::kMaxStability),
          difficulty_after(w, d, grade, p.difficulty_target)};
}

/// Steps that apply to an item in `phase` answered with `grade`, or none (review answers).
const std::vector<int>* steps_for(const ItemState& item, const SchedulerConfig& config, Grade grade) {
  switch (item.phase) {
    case Phase::New:
    case Phase::Learning: return &config.learning_steps_mins;
    case Phase::Relearning: return &config.relearning_steps_mins;
    case Phase::Review: return grade == Grade::Again ? &config.relearning_steps_mins : nullptr;
  }
  return nullptr;
}

/// The state after `grade`, with memory, counters and phase set; interval not yet chosen.
ScheduledState answered(const Preview& p, Grade grade) {
  ScheduledState out{p.item, Seconds{0}, true};
  ItemState& s = out.state;
  s.memory = memory_after(p, grade);
  s.sm2 = sm2_next(p.item.sm2, grade);
  s.last_review = p.now;
  s.reps = p.item.reps + 1;
  if (p.item.phase == Phase::Review && grade == Grade::Again) {
    s.lapses = p.item.lapses + 1;
    // A leech is flagged for the learner to rewrite or drop; it keeps being scheduled.
    if (s.lapses >= p.config.leech_lapses) s.is_flagged = true;
  }
  if (p.config.algorithm == Algorithm::Sm2) {
    s.phase = Phase::Review;
    s.step = 0;
    return out;
  }
  const std::vector<int>* steps = steps_for(p.item, p.config, grade);
  const bool is_starting_relearning = p.item.phase == Phase::Review;
  const std::uint32_t current_step = is_starting_relearning ? 0 : p.item.step;
  const StepOutcome step = steps != nullptr ? step_outcome(*steps, current_step, grade)
                                            : StepOutcome{true, 0, 0};
  if (step.is_graduated) {
    s.phase = Phase::Review;
    s.step = 0;
  } else {
    const bool is_learning = p.item.phase == Phase::New || p.item.phase == Phase::Learning;
    s.phase = is_learning ? Phase::Learning : Phase::Relearning;
    s.step = step.step;
    out.interval = Seconds{step.delay_secs};
    out.is_in_days = false;
  }
  return out;
}

/// The unrounded interval in days for a graduated or reviewed state.
double raw_interval_days(const Preview& p, const ScheduledState& scheduled) {
  if (p.config.algorithm == Algorithm::Sm2) return scheduled.state.sm2.interval_days;
  return scheduled.state.memory->stability_days * p.days_per_stability_day;
}

/// Rounds (or fuzzes) the day intervals so that again ≤ hard ≤ good ≤ easy among those in days.
void assign_day_intervals(const Preview& p, std::array<ScheduledState*, 4> grades) {
  const int maximum = std::max(1, p.config.maximum_interval_days);
  int floor_days = 1;
  for (ScheduledState* scheduled : grades) {
    if (!scheduled->is_in_days) continue;
    const double raw = raw_interval_days(p, *scheduled);
    const bool is_fuzzed = p.fuzz.has_value() && p.config.algorithm == Algorithm::Fsrs;
    int days = is_fuzzed ? fuzzed_interval_days(raw, *p.fuzz, floor_days, maximum)
                         : std::clamp(round_interval_days(raw, maximum), floor_days, maximum);
    if (p.config.exam && p.config.algorithm == Algorithm::Fsrs) {
      // A stronger memory may need its pre-exam review sooner; keeping the grades' order
      // (again <= hard <= good <= easy) then gives it the previous grade's day, which its
      // stronger memory also carries to the target.
      days = std::max(floor_days, exam_interval_days(p.config.parameters, *scheduled->state.memory, *p.config.exam,
                                                     p.today, days, !p.config.relearning_steps_mins.empty()));
    }
    floor_days = days;
    scheduled->interval = Seconds{std::int64_t{days} * kSecsPerDay};
  }
}

}  // namespace

NextStates next_states(const ItemState& item, const SchedulerConfig& config, const DayClock& clock,
                       TimePoint now, ItemId item_id) {
  const std::int64_t elapsed =
      item.last_review.has_value() ? clock.elapsed_days(*item.last_review, now) : 0;
  Preview p{item, config, now, static_cast<double>(elapsed),
            std::clamp(config.desired_retention, kMinRetention, kMaxRetention), std::nullopt};
  p.today = clock.day_number(now);
  if (config.is_fuzz_enabled) p.fuzz = fuzz_fraction(item_id, p.today);
  // The forgetting-curve factor is computed once; both expressions below are those of
  // fsrs_math::interval_for_retention and fsrs_math::retrievability, in the same order.
  const auto& w = config.parameters.w;
  const double factor = fsrs_math::curve_factor(w);
  const double decay = fsrs_math::decay(w);
  p.days_per_stability_day = 1.0 / factor * (std::pow(p.retention, -1.0 / decay) - 1.0);
  if (item.memory.has_value() && elapsed > 0) {
    p.recall = std::pow(1.0 + factor * p.elapsed_days / item.memory->stability_days, -decay);
    p.recall_growth = recall_growth(w, item.memory->stability_days, item.memory->difficulty, p.recall);
  }
  p.difficulty_target = fsrs_math::initial_difficulty_raw(w, Grade::Easy);
  NextStates out{answered(p, Grade::Again), answered(p, Grade::Hard), answered(p, Grade::Good),
                 answered(p, Grade::Easy)};
  assign_day_intervals(p, {&out.again, &out.hard, &out.good, &out.easy});
  for (ScheduledState* scheduled : {&out.again, &out.hard, &out.good, &out.easy}) {
    scheduled->state.due = now + scheduled->interval;
    scheduled->state.scheduled_days = scheduled->interval_days();
  }
  return out;
}

}  // namespace factdeck::sched

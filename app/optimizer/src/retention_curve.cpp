#include "optimizer/retention_curve.hpp"

#include <algorithm>
#include <cmath>

#include "base/prng.hpp"
#include "scheduler/day_clock.hpp"

namespace factdeck::optim {

namespace {

constexpr std::int64_t kSecsPerDay = 86400;
// Day 0 is 2024-01-01 (UTC, study days start at 4 am); sessions begin at 09:00, as in sched::simulate.
constexpr std::int64_t kStartSecs = 1704067200;
constexpr std::int64_t kSessionStartSecs = 9 * 3600;

sched::TimePoint session_start(std::int64_t day) {
  return sched::TimePoint{sched::Seconds{kStartSecs + day * kSecsPerDay + kSessionStartSecs}};
}

struct ItemRun {
  int answers = 0;
  double recall_at_end = 0.0;
};

sched::Grade draw_grade(SplitMix64& rng, double recall, const RetentionCurveConfig& config) {
  if (rng.uniform() >= recall) return sched::Grade::Again;
  const double shade = rng.uniform();
  if (shade < config.hard_share) return sched::Grade::Hard;
  if (shade < config.hard_share + config.easy_share) return sched::Grade::Easy;
  return sched::Grade::Good;
}

/// When the learner next answers an item due at `due`: at that moment when it falls in a study
/// session already under way (a learning step), else at the session of its due day.
sched::TimePoint next_answer_time(sched::TimePoint due, sched::TimePoint now, const sched::DayClock& clock) {
  if (clock.day_number(due) == clock.day_number(now)) return std::max(due, now);
  const std::int64_t day = (clock.day_start(due).time_since_epoch().count() - kStartSecs) / kSecsPerDay;
  return std::max(due, session_start(day));
}

/// One item introduced on `first_day`: answered whenever due until the run ends. The learner's
/// memory follows the scheduler's own parameters, at the exact time elapsed; the first answer
/// is a 50% guess, as in sched::simulate.
ItemRun run_item(ItemId id, std::int64_t first_day, const sched::SchedulerConfig& scheduler,
                 const RetentionCurveConfig& config, const sched::DayClock& clock) {
  SplitMix64 rng(config.seed, id.value);
  const sched::TimePoint end = session_start(config.days);
  sched::ItemState state;
  ItemRun run;
  for (sched::TimePoint now = session_start(first_day); now < end;) {
    double recall = 0.5;
    if (state.memory && state.last_review) {
      const double elapsed = static_cast<double>((now - *state.last_review).count()) / kSecsPerDay;
      recall = sched::retrievability(scheduler.parameters, elapsed, state.memory->stability_days);
    }
    const sched::Grade grade = draw_grade(rng, recall, config);
    state = sched::next_states(state, scheduler, clock, now, id).for_grade(grade).state;
    ++run.answers;
    now = next_answer_time(state.due, now + sched::Seconds{static_cast<std::int64_t>(config.secs_per_review)}, clock);
  }
  if (state.memory && state.last_review) {
    const double elapsed = static_cast<double>((end - *state.last_review).count()) / kSecsPerDay;
    run.recall_at_end = sched::retrievability(scheduler.parameters, elapsed, state.memory->stability_days);
  }
  return run;
}

}  // namespace

RetentionPoint simulate_retention(std::span<const ItemId> items, const RetentionCurveConfig& config,
                                  double desired_retention) {
  sched::SchedulerConfig scheduler = config.scheduler;
  scheduler.desired_retention = desired_retention;
  const sched::DayClock clock{sched::Seconds{0}, 4};
  const int per_day = std::max(1, config.new_per_day);
  long answers = 0;
  RetentionPoint point;
  point.desired_retention = desired_retention;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto first_day = static_cast<std::int64_t>(i / static_cast<std::size_t>(per_day));
    if (first_day >= config.days) break;
    const ItemRun run = run_item(items[i], first_day, scheduler, config, clock);
    answers += run.answers;
    point.items_known += run.recall_at_end;
  }
  const double days = std::max(1, config.days);
  point.reviews_per_day = static_cast<double>(answers) / days;
  point.minutes_per_day = point.reviews_per_day * config.secs_per_review / 60.0;
  point.known_per_minute = point.minutes_per_day > 0.0 ? point.items_known / point.minutes_per_day : 0.0;
  return point;
}

RetentionCurve retention_curve(std::span<const ItemId> items, const RetentionCurveConfig& config) {
  RetentionCurve curve;
  if (items.empty() || config.retention_step <= 0.0) return curve;
  // Whole steps from the lowest retention, so 0.70 + k·0.01 prints as the value it stands for.
  const auto steps = static_cast<int>(
      std::floor((config.highest_retention - config.lowest_retention) / config.retention_step + 1e-9));
  for (int k = 0; k <= steps; ++k) {
    const double retention = config.lowest_retention + k * config.retention_step;
    curve.points.push_back(simulate_retention(items, config, retention));
    if (curve.points.back().known_per_minute > curve.points[curve.best].known_per_minute) {
      curve.best = curve.points.size() - 1;
    }
  }
  return curve;
}

}  // namespace factdeck::optim

#include "scheduler/simulate.hpp"

#include <algorithm>
#include <optional>
#include <random>
#include <unordered_map>

// Index: learner parameters · one answer · one day · the whole run.

namespace factdeck::sched {

namespace {

constexpr std::int64_t kSecsPerDay = 86400;
// Study sessions begin at 09:00 each day.
constexpr std::int64_t kSessionStartSecs = 9 * 3600;

struct Learner {
  std::vector<ItemState> states;
  std::vector<std::optional<MemoryState>> true_memory;
  std::mt19937_64 rng;
};

struct Run {
  std::span<const SimulationItem> items;
  const SimulationConfig& config;
  DayClock clock;
  Learner learner;
};

Grade draw_grade(Run& run, double true_recall) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  if (unit(run.learner.rng) >= true_recall) return Grade::Again;
  const double shade = unit(run.learner.rng);
  if (shade < run.config.hard_share) return Grade::Hard;
  if (shade < run.config.hard_share + run.config.easy_share) return Grade::Easy;
  return Grade::Good;
}

/// Shows item `index` at `now`: the learner answers from their true memory, the scheduler updates
/// its state. Updates the day's counters.
void answer(Run& run, std::size_t index, TimePoint now, SimulatedDay& day) {
  ItemState& state = run.learner.states[index];
  std::optional<MemoryState>& truth = run.learner.true_memory[index];
  const std::int64_t elapsed = state.last_review ? run.clock.elapsed_days(*state.last_review, now) : 0;
  double true_recall = 1.0;
  if (truth.has_value() && state.last_review.has_value()) {
    const double elapsed_exact = static_cast<double>((now - *state.last_review).count()) / kSecsPerDay;
    true_recall = retrievability(run.config.learner, elapsed_exact, truth->stability_days);
  }
  // A new item has never been seen: the first answer is a fresh attempt at 0.5, as a learner
  // guessing a multiple-choice question they have not studied.
  if (!truth.has_value()) true_recall = 0.5;
  const Grade grade = draw_grade(run, true_recall);
  if (state.phase == Phase::Review && elapsed >= 1) {
    ++day.recalls_due;
    if (grade != Grade::Again) ++day.recalls_ok;
  }
  if (state.phase == Phase::New) ++day.new_items;
  ++day.reviews;
  const NextStates next = next_states(state, run.config.scheduler, run.clock, now, run.items[index].id);
  truth = next_memory_state(run.config.learner, truth, static_cast<double>(elapsed), grade);
  const ItemState before = state;
  state = next.for_grade(grade).state;
  if (run.config.on_answer) run.config.on_answer({run.items[index].id, now, grade, before, state});
}

std::vector<QueueCandidate> candidates_of(const Run& run) {
  std::vector<QueueCandidate> candidates(run.items.size());
  for (std::size_t i = 0; i < run.items.size(); ++i) {
    candidates[i] = {run.items[i].id, &run.learner.states[i], run.items[i].fact_key,
                     run.items[i].entity_keys};
  }
  return candidates;
}

/// Cramming for the exam: every item started and not yet answered today is answered once more.
void cram(Run& run, TimePoint& now, SimulatedDay& day) {
  const std::int64_t today = run.clock.day_number(now);
  const Seconds per_answer{static_cast<std::int64_t>(run.config.secs_per_review)};
  for (std::size_t i = 0; i < run.items.size(); ++i) {
    const ItemState& state = run.learner.states[i];
    if (state.phase == Phase::New || !state.last_review) continue;
    if (run.clock.day_number(*state.last_review) == today) continue;
    answer(run, i, now, day);
    now += per_answer;
  }
}

bool is_cram_day(const SimulationConfig& config, int day_index) {
  return config.exam && day_index < config.exam->day && day_index >= config.exam->day - config.exam->cram_days;
}

SimulatedDay simulate_day(Run& run, int day_index) {
  SimulatedDay day{day_index, 0, 0, 0, 0};
  TimePoint now = run.config.start + Seconds{day_index * kSecsPerDay + kSessionStartSecs};
  const TimePoint day_end = run.clock.next_day_start(now);
  const Seconds per_answer{static_cast<std::int64_t>(run.config.secs_per_review)};
  std::unordered_map<std::uint64_t, std::size_t> index_of;
  for (std::size_t i = 0; i < run.items.size(); ++i) index_of.emplace(run.items[i].id.value, i);
  QueueConfig queue_config = run.config.queue;
  // Keep studying until nothing is left today: each pass shows the queue, then waits for the
  // next learning step due before the day ends.
  while (now < day_end) {
    queue_config.new_done_today = day.new_items;
    queue_config.reviews_done_today = day.reviews - day.new_items;
    const std::vector<QueueCandidate> candidates = candidates_of(run);
    const DailyQueue queue = build_daily_queue(candidates, queue_config, run.config.scheduler.parameters,
                                               run.clock, now);
    for (const QueueEntry& entry : queue.entries) {
      answer(run, index_of.at(entry.id.value), now, day);
      now += per_answer;
    }
    if (queue.entries.empty()) {
      if (!queue.next_learning_due) break;
      now = std::max(now, *queue.next_learning_due - queue_config.learn_ahead);
    }
  }
  if (is_cram_day(run.config, day_index)) cram(run, now, day);
  return day;
}

/// The learner's true recall of every started item at the start of `day_index`'s session.
ExamOutcome exam_outcome(const Run& run, int day_index, long reviews_before) {
  const TimePoint now = run.config.start + Seconds{day_index * kSecsPerDay + kSessionStartSecs};
  ExamOutcome outcome;
  outcome.reviews_before = reviews_before;
  double recall_sum = 0.0;
  std::size_t at_target = 0;
  for (std::size_t i = 0; i < run.items.size(); ++i) {
    const std::optional<MemoryState>& truth = run.learner.true_memory[i];
    const std::optional<TimePoint>& last = run.learner.states[i].last_review;
    if (!truth || !last) continue;
    const double elapsed = static_cast<double>((now - *last).count()) / kSecsPerDay;
    const double recall = retrievability(run.config.learner, elapsed, truth->stability_days);
    recall_sum += recall;
    if (recall >= run.config.exam->target_recall) ++at_target;
    ++outcome.items;
  }
  if (outcome.items > 0) {
    outcome.mean_recall = recall_sum / static_cast<double>(outcome.items);
    outcome.share_at_target = static_cast<double>(at_target) / static_cast<double>(outcome.items);
  }
  return outcome;
}

/// The scheduler's settings for the run: the exam goal on the exam's study day in exam mode.
SchedulerConfig run_scheduler(const SimulationConfig& config, const DayClock& clock) {
  SchedulerConfig scheduler = config.scheduler;
  if (config.exam && config.exam->is_scheduled) {
    const TimePoint exam_time = config.start + Seconds{config.exam->day * kSecsPerDay + kSessionStartSecs};
    scheduler.exam = ExamGoal{clock.day_number(exam_time), config.exam->target_recall};
  }
  return scheduler;
}

}  // namespace

Parameters perturbed_learner_parameters(const Parameters& base) {
  // Fixed nudges of a few percent on the recall-growth and lapse weights and the decay.
  Parameters learner = base;
  learner.w[8] *= 1.04;
  learner.w[9] *= 0.97;
  learner.w[10] *= 1.03;
  learner.w[11] *= 0.96;
  learner.w[20] *= 1.05;
  return learner;
}

std::vector<SimulationItem> synthetic_items(std::size_t count) {
  std::vector<SimulationItem> items(count);
  for (std::size_t i = 0; i < count; ++i) items[i] = {ItemId{i + 1}, i + 1, {}};
  return items;
}

SimulationReport simulate(std::span<const SimulationItem> items, const SimulationConfig& given) {
  const DayClock clock{Seconds{0}, 4};
  SimulationConfig config = given;
  config.scheduler = run_scheduler(given, clock);
  Run run{items, config, clock,
          Learner{std::vector<ItemState>(items.size()), std::vector<std::optional<MemoryState>>(items.size()),
                  std::mt19937_64{config.seed}}};
  SimulationReport report;
  long total_due = 0;
  long total_ok = 0;
  long total_reviews = 0;
  for (int d = 0; d < config.days; ++d) {
    if (config.exam && config.exam->day == d) report.exam = exam_outcome(run, d, total_reviews);
    const SimulatedDay day = simulate_day(run, d);
    total_due += day.recalls_due;
    total_ok += day.recalls_ok;
    total_reviews += day.reviews;
    report.max_reviews_per_day = std::max(report.max_reviews_per_day, day.reviews);
    report.days.push_back(day);
  }
  const double days = std::max(1, config.days);
  report.measured_retention = total_due > 0 ? static_cast<double>(total_ok) / static_cast<double>(total_due) : 0.0;
  report.mean_reviews_per_day = static_cast<double>(total_reviews) / days;
  report.mean_minutes_per_day = report.mean_reviews_per_day * config.secs_per_review / 60.0;
  report.leeches = static_cast<std::size_t>(std::count_if(
      run.learner.states.begin(), run.learner.states.end(),
      [&](const ItemState& s) { return s.lapses >= config.queue.leech_lapses; }));
  return report;
}

}  // namespace factdeck::sched

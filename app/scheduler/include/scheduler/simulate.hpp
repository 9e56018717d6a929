#pragma once
// A simulated learner for checking the scheduler end to end: each item's true memory follows
// FSRS-6 with the learner's own (slightly different) parameters, recall is drawn from its true
// retrievability, and the scheduler only sees the grades, as in real use.
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "base/item_id.hpp"
#include "scheduler/fsrs.hpp"
#include "scheduler/queue.hpp"

namespace factdeck::sched {

/// One item to learn: its id, the key of its fact and the keys of its entities.
struct SimulationItem {
  ItemId id;
  std::uint64_t fact_key = 0;
  std::vector<std::uint64_t> entity_keys;
};

/// One simulated answer, for callers that keep the history (e.g. to write a demo profile).
struct SimulatedAnswer {
  ItemId item;
  TimePoint time{};
  Grade grade = Grade::Good;
  ItemState before;
  ItemState after;
};

/// An exam during the simulation: on which day, the recall wanted, and how the learner prepares.
struct SimulatedExam {
  int day = 60;                 // day index from the start; recall is measured as that day begins
  double target_recall = 0.95;
  bool is_scheduled = true;     // exam mode: the scheduler aims at the exam (SchedulerConfig::exam)
  int cram_days = 0;            // cramming: every item started is also answered on each of the
                                // `cram_days` days before the exam, due or not
};

/// How the simulated learner stood on the exam day, as it began.
struct ExamOutcome {
  std::size_t items = 0;        // items started before the exam
  double mean_recall = 0.0;     // their mean true recall probability
  double share_at_target = 0.0; // the share whose true recall reaches the target
  long reviews_before = 0;      // all answers given before the exam day
};

struct SimulationConfig {
  int days = 365;
  std::uint64_t seed = 1;
  SchedulerConfig scheduler;        // desired retention, steps, fuzz, scheduler's parameters
  QueueConfig queue;                // daily limits
  Parameters learner;               // the learner's true memory parameters
  double secs_per_review = 8.0;     // assumed time per answer, for the workload in minutes
  double hard_share = 0.15;         // of successful answers
  double easy_share = 0.10;
  TimePoint start{Seconds{1704067200}};  // day 0 (2024-01-01 00:00 UTC by default)
  std::function<void(const SimulatedAnswer&)> on_answer;  // optional: called for every answer
  std::optional<SimulatedExam> exam;
};

struct SimulatedDay {
  int day = 0;
  int reviews = 0;       // all answers given that day (learning steps included)
  int new_items = 0;
  int recalls_due = 0;   // review-phase answers at ≥ 1 day elapsed, and how many succeeded
  int recalls_ok = 0;
};

struct SimulationReport {
  std::vector<SimulatedDay> days;
  double measured_retention = 0.0;  // success rate of review-phase answers at ≥ 1 day elapsed
  double mean_reviews_per_day = 0.0;
  double mean_minutes_per_day = 0.0;
  int max_reviews_per_day = 0;
  std::size_t leeches = 0;
  std::optional<ExamOutcome> exam;  // when the config had an exam within the simulated days
};

/// The learner's true parameters: the scheduler's defaults nudged by a few percent, so that the
/// scheduler works with a model that is close to, but not exactly, the truth.
[[nodiscard]] Parameters perturbed_learner_parameters(const Parameters& base);

/// `count` independent items (one fact each, no shared entities), ids 1..count.
[[nodiscard]] std::vector<SimulationItem> synthetic_items(std::size_t count);

/// Runs the simulation day by day from `config.start` (UTC, day start 4 am).
[[nodiscard]] SimulationReport simulate(std::span<const SimulationItem> items, const SimulationConfig& config);

}  // namespace factdeck::sched

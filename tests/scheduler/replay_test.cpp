#include <catch2/catch.hpp>

#include <map>
#include <vector>

#include "scheduler/replay.hpp"
#include "scheduler/simulate.hpp"
#include "test_helpers.hpp"

using namespace factdeck;
using namespace factdeck::sched;

namespace {

struct RecordedItem {
  std::vector<HistoryAnswer> history;
  ItemState state;  // after the last answer, under the parameters of the run
};

/// Histories of a 60-day simulated study of 40 items (learning steps, same-day answers,
/// lapses), scheduled with the default parameters.
std::map<std::uint64_t, RecordedItem> simulated_histories() {
  std::map<std::uint64_t, RecordedItem> recorded;
  SimulationConfig config;
  config.days = 60;
  config.seed = 11;
  config.queue.new_per_day = 5;
  config.learner = perturbed_learner_parameters(Parameters{});
  config.on_answer = [&recorded](const SimulatedAnswer& answer) {
    RecordedItem& item = recorded[answer.item.value];
    item.history.push_back({answer.time, answer.grade});
    item.state = answer.after;
  };
  const SimulationReport report = simulate(synthetic_items(40), config);
  (void)report;
  return recorded;
}

/// The pure FSRS-6 model folded over the history: the memory fsrs-rs computes for it.
MemoryState folded_memory(const std::vector<HistoryAnswer>& history, const Parameters& parameters,
                          const DayClock& clock) {
  std::optional<MemoryState> memory;
  std::optional<TimePoint> previous;
  for (const HistoryAnswer& answer : history) {
    const double elapsed = previous ? static_cast<double>(clock.elapsed_days(*previous, answer.time)) : 0.0;
    memory = next_memory_state(parameters, memory, elapsed, answer.grade);
    previous = answer.time;
  }
  return *memory;
}

Parameters other_parameters() {
  Parameters changed;
  changed.w[0] = 0.4;
  changed.w[2] = 3.1;
  changed.w[8] = 1.7;
  changed.w[10] = 0.9;
  changed.w[20] = 0.3;
  return changed;
}

}  // namespace

TEST_CASE("Recomputing after a parameter change equals replaying the history with the new parameters",
          "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  SchedulerConfig config;
  config.parameters = other_parameters();
  const auto recorded = simulated_histories();
  REQUIRE(recorded.size() > 30);
  int reps_checked = 0;
  for (const auto& [id, item] : recorded) {
    const ItemState recomputed = recompute_item(item.state, item.history, config, clock, ItemId{id}, false);
    const MemoryState expected = folded_memory(item.history, config.parameters, clock);
    CHECK(recomputed.memory->stability_days == Approx(expected.stability_days).epsilon(1e-12));
    CHECK(recomputed.memory->difficulty == Approx(expected.difficulty).epsilon(1e-12));
    CHECK(recomputed.memory != item.state.memory);
    CHECK(recomputed.due == item.state.due);  // not rescheduled
    CHECK(recomputed.phase == item.state.phase);
    CHECK(recomputed.reps == item.state.reps);
    reps_checked += static_cast<int>(item.history.size());
  }
  CHECK(reps_checked > 250);
}

TEST_CASE("Recomputing with the same parameters changes nothing", "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  for (const auto& [id, item] : simulated_histories()) {
    CHECK(recompute_item(item.state, item.history, SchedulerConfig{}, clock, ItemId{id}, true) == item.state);
  }
}

TEST_CASE("Rescheduling moves a review item's due date to its last answer plus the new interval",
          "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  SchedulerConfig config = test::pure_config();
  const std::vector<HistoryAnswer> history = {{test::test_now(), Grade::Good},
                                              {test::test_now() + test::days(3), Grade::Good}};
  const ItemState before = replay_history(history, config, clock, ItemId{5});
  REQUIRE(before.phase == Phase::Review);
  config.parameters.w[2] = 10.0;  // a much stronger first Good: longer intervals
  const ItemState moved = recompute_item(before, history, config, clock, ItemId{5}, true);
  const ItemState kept = recompute_item(before, history, config, clock, ItemId{5}, false);
  CHECK(kept.due == before.due);
  CHECK(moved.due > before.due);
  const int interval = round_interval_days(
      next_interval_days(config.parameters, moved.memory->stability_days, config.desired_retention),
      config.maximum_interval_days);
  CHECK(moved.due == history.back().time + Seconds{interval * 86400LL});
  CHECK(moved.scheduled_days == Approx(interval));
}

TEST_CASE("An item on a learning step keeps its step's due time when rescheduled", "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  SchedulerConfig config;  // steps 1 m, 10 m
  const std::vector<HistoryAnswer> history = {{test::test_now(), Grade::Good}};
  const ItemState learning = replay_history(history, config, clock, ItemId{6});
  REQUIRE(learning.phase == Phase::Learning);
  config.parameters.w[2] = 10.0;
  const ItemState recomputed = recompute_item(learning, history, config, clock, ItemId{6}, true);
  CHECK(recomputed.due == learning.due);
  CHECK(recomputed.memory->stability_days == Approx(10.0));
}

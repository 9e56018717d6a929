#include <catch2/catch.hpp>

#include "scheduler/fsrs.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;
using test::days;
using test::test_now;

namespace {
const DayClock kUtc{Seconds{0}, 4};

SchedulerConfig steps_config() {
  SchedulerConfig config;
  config.learning_steps_mins = {1, 10};
  config.relearning_steps_mins = {10};
  config.is_fuzz_enabled = false;
  return config;
}
}  // namespace

TEST_CASE("A new item walks the learning steps in minutes", "[scheduler]") {
  const NextStates next = next_states(ItemState{}, steps_config(), kUtc, test_now(), {});
  CHECK(next.again.interval == Seconds{60});
  CHECK(next.hard.interval == Seconds{330});  // halfway between 1 and 10 minutes (integer minutes: 5)
  CHECK(next.good.interval == Seconds{600});
  CHECK(next.good.state.phase == Phase::Learning);
  CHECK(next.good.state.step == 1);
  CHECK_FALSE(next.good.is_in_days);
  CHECK(next.easy.state.phase == Phase::Review);
  CHECK(next.easy.is_in_days);
  CHECK(next.easy.interval >= days(1));
}

TEST_CASE("Good on the last learning step graduates with the FSRS interval", "[scheduler]") {
  const ItemState learning = next_states(ItemState{}, steps_config(), kUtc, test_now(), {}).good.state;
  const TimePoint later = test_now() + Seconds{600};
  const NextStates next = next_states(learning, steps_config(), kUtc, later, {});
  CHECK(next.good.state.phase == Phase::Review);
  const double stability = next.good.state.memory->stability_days;
  CHECK(next.good.interval == days(round_interval_days(next_interval_days(Parameters{}, stability, 0.9), 36500)));
  CHECK(next.hard.state.phase == Phase::Learning);
  CHECK(next.hard.interval == Seconds{600});  // Hard repeats the current step
  CHECK(next.again.state.step == 0);
}

TEST_CASE("A single learning step waits 1.5x on Hard", "[scheduler]") {
  SchedulerConfig config = steps_config();
  config.learning_steps_mins = {10};
  const NextStates next = next_states(ItemState{}, config, kUtc, test_now(), {});
  CHECK(next.hard.interval == Seconds{15 * 60});
  CHECK(next.good.state.phase == Phase::Review);
}

TEST_CASE("Again on a review item enters relearning; Good there graduates", "[scheduler]") {
  const ItemState item = test::make_review_item(20.0, 5.0, days(20));
  const NextStates next = next_states(item, steps_config(), kUtc, test_now(), {});
  CHECK(next.again.state.phase == Phase::Relearning);
  CHECK(next.again.interval == Seconds{600});
  CHECK(next.again.state.lapses == 1);
  CHECK(next.again.interval < next.hard.interval);  // again < hard when relearning steps exist
  const NextStates relearn = next_states(next.again.state, steps_config(), kUtc, test_now() + Seconds{600}, {});
  CHECK(relearn.good.state.phase == Phase::Review);
  CHECK(relearn.again.state.lapses == 1);  // a lapse is counted once, not per relearning step
}

TEST_CASE("Without steps every answer is scheduled in days", "[scheduler]") {
  const NextStates next = next_states(ItemState{}, test::pure_config(), kUtc, test_now(), {});
  CHECK(next.again.state.phase == Phase::Review);
  CHECK(next.again.interval == days(1));
  CHECK(next.good.interval == days(2));  // round(2.3065 days at 90%)
}

TEST_CASE("SM-2 decks schedule with SM-2 intervals and still track FSRS memory", "[scheduler]") {
  SchedulerConfig config = steps_config();
  config.algorithm = Algorithm::Sm2;
  const NextStates first = next_states(ItemState{}, config, kUtc, test_now(), {});
  CHECK(first.good.interval == days(1));
  const NextStates second = next_states(first.good.state, config, kUtc, test_now() + days(1), {});
  CHECK(second.good.interval == days(6));
  CHECK(second.good.state.memory.has_value());
}

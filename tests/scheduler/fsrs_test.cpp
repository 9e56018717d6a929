#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "scheduler/fsrs.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;
using test::days;
using test::make_review_item;
using test::test_now;

namespace {
const DayClock kUtc{Seconds{0}, 4};
}

TEST_CASE("Parameters default to the published FSRS-6 weights", "[scheduler]") {
  const auto parameters = validate_and_clamp({});
  REQUIRE(parameters.has_value());
  CHECK(parameters->w[0] == 0.212);
  CHECK(parameters->w[20] == 0.1542);
}

TEST_CASE("Parameters are clipped to the fsrs-rs bounds", "[scheduler]") {
  std::vector<double> w(kDefaultWeights.begin(), kDefaultWeights.end());
  w[0] = 0.0;      // below S_MIN
  w[2] = 1000.0;   // above the initial-stability ceiling
  w[4] = 11.0;     // difficulty bound 10
  w[7] = 0.0005;   // below 0.001
  w[16] = 0.5;     // easy bonus at least 1
  w[20] = 0.05;    // decay at least 0.1
  const auto parameters = validate_and_clamp(w);
  REQUIRE(parameters.has_value());
  CHECK(parameters->w[0] == 0.001);
  CHECK(parameters->w[2] == 100.0);
  CHECK(parameters->w[4] == 10.0);
  CHECK(parameters->w[7] == 0.001);
  CHECK(parameters->w[16] == 1.0);
  CHECK(parameters->w[20] == 0.1);
  CHECK(parameters->w[5] == kDefaultWeights[5]);
}

TEST_CASE("Two or more relearning steps tighten the w17 and w18 ceiling", "[scheduler]") {
  std::vector<double> w(kDefaultWeights.begin(), kDefaultWeights.end());
  w[17] = 1.9;
  w[18] = 1.9;
  const auto one_step = validate_and_clamp(w, 1);
  const auto three_steps = validate_and_clamp(w, 3);
  REQUIRE(one_step.has_value());
  REQUIRE(three_steps.has_value());
  CHECK(one_step->w[17] == 1.9);
  CHECK(three_steps->w[17] < 1.9);
  CHECK(three_steps->w[17] == three_steps->w[18]);
}

TEST_CASE("The defaults pass the two-relearning-step ceiling unchanged, as in fsrs-rs", "[scheduler]") {
  // fsrs-rs parameter_clipper test: with 2 relearning steps w17..w19 stay 0.5425, 0.0912, 0.0658.
  const std::vector<double> w(kDefaultWeights.begin(), kDefaultWeights.end());
  const auto parameters = validate_and_clamp(w, 2);
  REQUIRE(parameters.has_value());
  CHECK(parameters->w[17] == 0.5425);
  CHECK(parameters->w[18] == 0.0912);
  CHECK(parameters->w[19] == 0.0658);
}

TEST_CASE("FSRS-5 parameter lists get w19 = 0 and decay 0.5; other counts fail", "[scheduler]") {
  const std::vector<double> w19(kDefaultWeights.begin(), kDefaultWeights.begin() + 19);
  const auto migrated = validate_and_clamp(w19);
  REQUIRE(migrated.has_value());
  CHECK(migrated->w[19] == 0.0);
  CHECK(migrated->w[20] == 0.5);
  const std::vector<double> short_list(5, 1.0);
  const auto rejected = validate_and_clamp(short_list);
  REQUIRE_FALSE(rejected.has_value());
  CHECK(rejected.error().message.find("21") != std::string::npos);
  const std::vector<double> with_nan(21, std::nan(""));
  CHECK_FALSE(validate_and_clamp(with_nan).has_value());
}

TEST_CASE("The first answer sets the initial stability and difficulty of its grade", "[scheduler]") {
  const Parameters p;
  const MemoryState good = next_memory_state(p, std::nullopt, 0.0, Grade::Good);
  CHECK(good.stability_days == Approx(2.3065));
  CHECK(good.difficulty == Approx(6.4133 - std::exp(0.8334 * 2.0) + 1.0));
  const MemoryState easy = next_memory_state(p, std::nullopt, 0.0, Grade::Easy);
  CHECK(easy.difficulty == 1.0);  // clamped: the raw value is negative
}

TEST_CASE("Retrievability is 90% after one stability and the interval inverts it", "[scheduler]") {
  const Parameters p;
  CHECK(retrievability(p, 10.0, 10.0) == Approx(0.9));
  CHECK(next_interval_days(p, 10.0, 0.9) == Approx(10.0));
  CHECK(retrievability(p, next_interval_days(p, 7.0, 0.8), 7.0) == Approx(0.8));
  CHECK(retrievability(p, 0.0, 3.0) == 1.0);
}

TEST_CASE("Again on a review item counts one lapse and lowers stability", "[scheduler]") {
  const ItemState item = make_review_item(20.0, 5.0, days(20));
  const NextStates next = next_states(item, test::pure_config(), kUtc, test_now(), {});
  CHECK(next.again.state.lapses == 1);
  CHECK(next.good.state.lapses == 0);
  CHECK(next.again.state.memory->stability_days < 20.0);
  // The post-lapse stability never exceeds S / e^(w17·w18).
  CHECK(next.again.state.memory->stability_days <= 20.0 / std::exp(0.5425 * 0.0912) + 1e-12);
  CHECK(next.again.state.reps == item.reps + 1);
}

TEST_CASE("Previews are ordered again ≤ hard ≤ good ≤ easy", "[scheduler]") {
  const auto elapsed_days = GENERATE(0.0, 1.0, 3.0, 30.0, 400.0, 3650.0);
  const auto stability = GENERATE(0.1, 2.0, 40.0, 3000.0);
  const ItemState item = make_review_item(stability, 6.0, days(elapsed_days));
  const NextStates next = next_states(item, test::pure_config(), kUtc, test_now(), {});
  CHECK(next.again.interval <= next.hard.interval);
  CHECK(next.hard.interval <= next.good.interval);
  CHECK(next.good.interval <= next.easy.interval);
  CHECK(next.again.state.memory->stability_days < next.good.state.memory->stability_days);
}

TEST_CASE("A same-day review uses the short-term formula and a success never lowers stability",
          "[scheduler]") {
  const ItemState item = make_review_item(50.0, 5.0, Seconds{3600});
  const NextStates next = next_states(item, test::pure_config(), kUtc, test_now(), {});
  CHECK(next.hard.state.memory->stability_days == Approx(50.0));
  CHECK(next.good.state.memory->stability_days >= 50.0);
  const double again = 50.0 * std::exp(0.5425 * (-2.0 + 0.0912)) * std::pow(50.0, -0.0658);
  CHECK(next.again.state.memory->stability_days == Approx(again));
}

TEST_CASE("Years of delay are handled and intervals respect the maximum", "[scheduler]") {
  SchedulerConfig config = test::pure_config(0.7);
  config.maximum_interval_days = 365;
  const ItemState item = make_review_item(30000.0, 1.0, days(3650));
  const NextStates next = next_states(item, config, kUtc, test_now(), {});
  CHECK(next.easy.interval == days(365));
  CHECK(next.easy.state.memory->stability_days <= 36500.0);
  CHECK(next.good.state.due == test_now() + days(365));
}

TEST_CASE("Desired retention is clamped to 0.70–0.99", "[scheduler]") {
  const ItemState item = make_review_item(10.0, 5.0, days(10));
  const auto low = next_states(item, test::pure_config(0.5), kUtc, test_now(), {});
  const auto floor_value = next_states(item, test::pure_config(0.7), kUtc, test_now(), {});
  CHECK(low.good.interval == floor_value.good.interval);
  const auto high = next_states(item, test::pure_config(1.0), kUtc, test_now(), {});
  const auto ceiling_value = next_states(item, test::pure_config(0.99), kUtc, test_now(), {});
  CHECK(high.good.interval == ceiling_value.good.interval);
}

TEST_CASE("Undo restores the exact previous state", "[scheduler]") {
  const ItemState before = make_review_item(12.5, 4.2, days(9));
  const ItemState saved = before;  // what the app keeps on its undo stack
  ItemState current = next_states(before, test::pure_config(), kUtc, test_now(), {}).good.state;
  CHECK_FALSE(current == saved);
  current = saved;  // undo
  CHECK(current == before);
  // Answering again from the restored state gives the same outcome as the first time.
  const auto first = next_states(before, test::pure_config(), kUtc, test_now(), {});
  const auto again = next_states(current, test::pure_config(), kUtc, test_now(), {});
  CHECK(first.good.state == again.good.state);
}

TEST_CASE("A clock that goes backwards counts as a same-day review", "[scheduler]") {
  ItemState item = make_review_item(10.0, 5.0, Seconds{0});
  item.last_review = test_now() + days(3);  // last answer is in the future
  const auto next = next_states(item, test::pure_config(), kUtc, test_now(), {});
  const auto same_day = next_states(make_review_item(10.0, 5.0, Seconds{0}), test::pure_config(), kUtc,
                                    test_now(), {});
  CHECK(next.good.state.memory == same_day.good.state.memory);
  CHECK(next.good.interval >= days(1));
}

TEST_CASE("The lapse that reaches the leech threshold flags the item without suspending it", "[scheduler]") {
  ItemState item = make_review_item(3.0, 9.0, days(5));
  item.lapses = 6;
  const auto seventh = next_states(item, test::pure_config(), kUtc, test_now(), {});
  CHECK_FALSE(seventh.again.state.is_flagged);
  item.lapses = 7;
  const auto eighth = next_states(item, test::pure_config(), kUtc, test_now(), {});
  CHECK(eighth.again.state.is_flagged);
  CHECK_FALSE(eighth.again.state.is_suspended);
  CHECK_FALSE(eighth.good.state.is_flagged);
}

TEST_CASE("next_states computes exactly the memory of the shared FSRS-6 formulas", "[scheduler]") {
  const auto elapsed_days = GENERATE(0.0, 1.0, 17.0, 900.0);
  const auto stability = GENERATE(0.05, 3.0, 250.0);
  const auto difficulty = GENERATE(1.0, 5.5, 10.0);
  const ItemState item = make_review_item(stability, difficulty, days(elapsed_days));
  const auto next = next_states(item, test::pure_config(), DayClock{Seconds{0}, 0}, test_now(), {});
  for (Grade grade : {Grade::Again, Grade::Hard, Grade::Good, Grade::Easy}) {
    const MemoryState expected = next_memory_state(Parameters{}, item.memory, elapsed_days, grade);
    CHECK(next.for_grade(grade).state.memory == expected);  // bit for bit
  }
}

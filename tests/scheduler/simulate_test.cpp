#include <catch2/catch.hpp>

#include "scheduler/simulate.hpp"

using namespace factdeck::sched;

TEST_CASE("A simulated learner reaches about the desired retention", "[scheduler]") {
  SimulationConfig config;
  config.days = 120;
  config.seed = 7;
  config.queue.new_per_day = 10;
  config.learner = perturbed_learner_parameters(Parameters{});
  const auto items = synthetic_items(300);
  const SimulationReport report = simulate(items, config);
  REQUIRE(report.days.size() == 120);
  CHECK(report.measured_retention == Approx(0.9).margin(0.03));
  CHECK(report.days[0].new_items == 10);
  CHECK(report.mean_reviews_per_day > 10.0);
  SECTION("the same seed gives the same run") {
    const SimulationReport again = simulate(items, config);
    CHECK(again.measured_retention == report.measured_retention);
    CHECK(again.max_reviews_per_day == report.max_reviews_per_day);
  }
}

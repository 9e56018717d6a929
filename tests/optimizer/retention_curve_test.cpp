#include <catch2/catch.hpp>

#include <vector>

#include "optimizer/retention_curve.hpp"
#include "scheduler/simulate.hpp"

using namespace factdeck;
using namespace factdeck::optim;

namespace {

std::vector<ItemId> item_ids(std::size_t count) {
  std::vector<ItemId> ids;
  for (std::size_t i = 1; i <= count; ++i) ids.push_back(ItemId{i * 7919});
  return ids;
}

RetentionCurveConfig short_run() {
  RetentionCurveConfig config;
  config.days = 120;
  config.new_per_day = 10;
  return config;
}

}  // namespace

TEST_CASE("A higher desired retention costs more minutes and keeps more items known", "[optimizer]") {
  const std::vector<ItemId> items = item_ids(400);
  const RetentionCurve curve = retention_curve(items, short_run());
  REQUIRE(curve.points.size() == 30);
  CHECK(curve.points.front().desired_retention == Approx(0.70));
  CHECK(curve.points.back().desired_retention == Approx(0.99));
  CHECK(curve.points.back().minutes_per_day > 2.0 * curve.points.front().minutes_per_day);
  CHECK(curve.points.back().items_known > curve.points.front().items_known);
  // Same draws at every retention: the workload rises steadily from 0.85 on.
  for (std::size_t i = 16; i < curve.points.size(); ++i) {
    CHECK(curve.points[i].minutes_per_day > curve.points[i - 1].minutes_per_day);
  }
  SECTION("the best point has the most items known per daily minute, inside the range") {
    for (const RetentionPoint& point : curve.points) {
      CHECK(point.known_per_minute <= curve.points[curve.best].known_per_minute);
    }
    CHECK(curve.best > 0);
    CHECK(curve.best + 1 < curve.points.size());
  }
}

TEST_CASE("A point of the curve agrees with the full day-by-day simulation", "[optimizer]") {
  // The same learner (memory = the scheduler's parameters) through sched::simulate, which adds the
  // daily queue: the per-item model must give about the same workload and retention.
  const std::vector<ItemId> items = item_ids(300);
  RetentionCurveConfig config = short_run();
  const RetentionPoint point = simulate_retention(items, config, 0.9);

  sched::SimulationConfig full;
  full.days = config.days;
  full.queue.new_per_day = config.new_per_day;
  full.queue.reviews_per_day = 100000;
  full.learner = full.scheduler.parameters;
  std::vector<sched::SimulationItem> sim_items;
  for (ItemId id : items) sim_items.push_back({id, id.value, {}});
  const sched::SimulationReport report = sched::simulate(sim_items, full);
  CHECK(point.reviews_per_day == Approx(report.mean_reviews_per_day).epsilon(0.08));
}

TEST_CASE("No items give an empty curve", "[optimizer]") {
  CHECK(retention_curve({}, short_run()).points.empty());
}

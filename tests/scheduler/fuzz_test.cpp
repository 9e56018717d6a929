#include <catch2/catch.hpp>

#include <set>

#include "scheduler/fsrs.hpp"
#include "scheduler/fuzz.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;

TEST_CASE("Fuzz ranges follow Anki's published table", "[scheduler]") {
  // interval, minimum, maximum → lowest, middle (draw 0.5), highest (draw 0.99); from Anki's tests.
  struct Row { double interval; int minimum, maximum, lower, middle, upper; };
  const auto row = GENERATE(Row{1.0, 1, 1000, 1, 1, 1}, Row{2.49, 1, 1000, 2, 2, 2},
                            Row{2.5, 1, 1000, 2, 3, 4}, Row{7.0, 1, 1000, 5, 7, 9},
                            Row{17.0, 1, 1000, 14, 17, 20}, Row{37.0, 1, 1000, 33, 37, 41},
                            Row{2.0, 3, 1000, 3, 4, 4}, Row{19.9, 3, 1000, 17, 20, 23},
                            Row{100.0, 101, 1000, 101, 105, 108}, Row{100.0, 1, 99, 92, 96, 99},
                            Row{100.0, 97, 103, 97, 100, 103});
  CHECK(fuzzed_interval_days(row.interval, 0.0, row.minimum, row.maximum) == row.lower);
  CHECK(fuzzed_interval_days(row.interval, 0.5, row.minimum, row.maximum) == row.middle);
  CHECK(fuzzed_interval_days(row.interval, 0.99, row.minimum, row.maximum) == row.upper);
}

TEST_CASE("Fuzz is the same for one item on one day and varies across items", "[scheduler]") {
  using factdeck::ItemId;
  CHECK(fuzz_fraction(ItemId{42}, 19000) == fuzz_fraction(ItemId{42}, 19000));
  std::set<int> seen;
  for (std::uint64_t id = 1; id <= 200; ++id) {
    const double fraction = fuzz_fraction(ItemId{id}, 19000);
    CHECK(fraction >= 0.0);
    CHECK(fraction < 1.0);
    seen.insert(fuzzed_interval_days(37.0, fraction, 1, 1000));
  }
  CHECK(seen.size() == 9);  // every day from 33 to 41 is drawn
  const ItemState item = test::make_review_item(30.0, 5.0, test::days(30));
  SchedulerConfig config = test::pure_config();
  config.is_fuzz_enabled = true;
  const DayClock clock{Seconds{0}, 4};
  const auto once = next_states(item, config, clock, test::test_now(), ItemId{7});
  const auto twice = next_states(item, config, clock, test::test_now() + Seconds{60}, ItemId{7});
  CHECK(once.good.interval == twice.good.interval);
  CHECK(once.hard.interval <= once.good.interval);
  CHECK(once.good.interval <= once.easy.interval);
}

#include <catch2/catch.hpp>

#include "scheduler/item_state.hpp"

using namespace factdeck::sched;

TEST_CASE("A default item state is a new, unreviewed item", "[scheduler]") {
  const ItemState state;
  CHECK(state.phase == Phase::New);
  CHECK_FALSE(state.memory.has_value());
  CHECK(state.reps == 0);
  CHECK(static_cast<int>(Grade::Easy) == 4);
}

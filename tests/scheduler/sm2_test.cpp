#include <catch2/catch.hpp>

#include "scheduler/sm2.hpp"

using namespace factdeck::sched;

TEST_CASE("SM-2 ease follows EF' = EF + (0.1 - (5-q)(0.08 + (5-q)0.02))", "[scheduler]") {
  // Published consequences of the formula: q = 5 adds 0.10, q = 4 keeps EF, q = 3 subtracts 0.14,
  // q = 2 subtracts 0.32; EF never drops below 1.3.
  CHECK(sm2_next_ease(2.5, 5) == Approx(2.6));
  CHECK(sm2_next_ease(2.5, 4) == Approx(2.5));
  CHECK(sm2_next_ease(2.5, 3) == Approx(2.36));
  CHECK(sm2_next_ease(2.5, 2) == Approx(2.18));
  CHECK(sm2_next_ease(1.4, 2) == Approx(1.3));
}

TEST_CASE("SM-2 intervals are 1, 6, then I·EF rounded up", "[scheduler]") {
  Sm2State state;
  const double expected[] = {1, 6, 15, 38, 95};  // EF stays 2.5 with q = 4 (Good)
  for (double interval : expected) {
    state = sm2_next(state, Grade::Good);
    CHECK(state.interval_days == interval);
    CHECK(state.ease == Approx(2.5));
  }
  CHECK(state.repetition == 5);
}

TEST_CASE("SM-2 restarts the repetitions after a failed recall", "[scheduler]") {
  Sm2State state;
  state = sm2_next(state, Grade::Easy);   // 1 day, EF 2.6
  state = sm2_next(state, Grade::Easy);   // 6 days, EF 2.7
  CHECK(state.interval_days == 6);
  state = sm2_next(state, Grade::Again);  // q = 2
  CHECK(state.repetition == 0);
  CHECK(state.interval_days == 1);
  CHECK(state.ease == Approx(2.7 - 0.32));
  CHECK(sm2_quality(Grade::Again) == 2);
  CHECK(sm2_quality(Grade::Easy) == 5);
}

TEST_CASE("SM-2 intervals stop at 100 years however many passes in a row", "[scheduler]") {
  // Found by the kill test of `factdeck answer` (issue 18): an item answered Good every few
  // minutes reached 1,385,815,438 days, which the store refuses, so it could not be answered again.
  Sm2State state;
  for (int pass = 0; pass < 60; ++pass) {
    state = sm2_next(state, Grade::Easy);
    CHECK(state.interval_days <= kSm2MaxIntervalDays);
  }
  CHECK(state.interval_days == kSm2MaxIntervalDays);
}

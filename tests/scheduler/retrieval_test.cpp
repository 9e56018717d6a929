#include <catch2/catch.hpp>

#include "scheduler/retrieval.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;

TEST_CASE("Recognition while memory is young, recall once stability reaches 4 days", "[scheduler]") {
  CHECK(retrieval_for(ItemState{}) == Retrieval::Recognition);
  CHECK(retrieval_for(test::make_review_item(3.9, 5.0, test::days(1))) == Retrieval::Recognition);
  CHECK(retrieval_for(test::make_review_item(4.0, 5.0, test::days(1))) == Retrieval::Recall);
  ItemState relearning = test::make_review_item(40.0, 5.0, test::days(1));
  relearning.phase = Phase::Relearning;
  CHECK(retrieval_for(relearning) == Retrieval::Recognition);
}

TEST_CASE("Answers map to grades by kind, correctness, near misses and speed", "[scheduler]") {
  const GradeTimings timings;
  CHECK(grade_for_answer(Retrieval::Recognition, {false, false, 2.0}) == Grade::Again);
  CHECK(grade_for_answer(Retrieval::Recognition, {true, false, 2.0}) == Grade::Good);
  CHECK(grade_for_answer(Retrieval::Recognition, {true, false, 30.0}) == Grade::Hard);
  CHECK(grade_for_answer(Retrieval::Recall, {true, false, 2.0}, timings) == Grade::Easy);
  CHECK(grade_for_answer(Retrieval::Recall, {true, false, 8.0}) == Grade::Good);
  CHECK(grade_for_answer(Retrieval::Recall, {true, true, 2.0}) == Grade::Hard);
  CHECK(grade_for_answer(Retrieval::Recall, {false, true, 2.0}) == Grade::Again);
}

#include <catch2/catch.hpp>

#include "scheduler/question_kind.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;

TEST_CASE("Recognition while memory is young, recall once stability reaches 4 days", "[scheduler]") {
  CHECK(question_kind_for(ItemState{}) == QuestionKind::Recognition);
  CHECK(question_kind_for(test::make_review_item(3.9, 5.0, test::days(1))) == QuestionKind::Recognition);
  CHECK(question_kind_for(test::make_review_item(4.0, 5.0, test::days(1))) == QuestionKind::Recall);
  ItemState relearning = test::make_review_item(40.0, 5.0, test::days(1));
  relearning.phase = Phase::Relearning;
  CHECK(question_kind_for(relearning) == QuestionKind::Recognition);
}

TEST_CASE("Answers map to grades by kind, correctness, near misses and speed", "[scheduler]") {
  const GradeTimings timings;
  CHECK(grade_for_answer(QuestionKind::Recognition, {false, false, 2.0}) == Grade::Again);
  CHECK(grade_for_answer(QuestionKind::Recognition, {true, false, 2.0}) == Grade::Good);
  CHECK(grade_for_answer(QuestionKind::Recognition, {true, false, 30.0}) == Grade::Hard);
  CHECK(grade_for_answer(QuestionKind::Recall, {true, false, 2.0}, timings) == Grade::Easy);
  CHECK(grade_for_answer(QuestionKind::Recall, {true, false, 8.0}) == Grade::Good);
  CHECK(grade_for_answer(QuestionKind::Recall, {true, true, 2.0}) == Grade::Hard);
  CHECK(grade_for_answer(QuestionKind::Recall, {false, true, 2.0}) == Grade::Again);
}

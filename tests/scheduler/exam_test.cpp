#include <catch2/catch.hpp>

#include <vector>

#include "scheduler/exam.hpp"
#include "scheduler/fsrs.hpp"
#include "scheduler/simulate.hpp"
#include "test_helpers.hpp"

using namespace factdeck;
using namespace factdeck::sched;

namespace {

constexpr std::int64_t kToday = 20000;
const MemoryState kMemory{30.0, 5.0};

/// 300 independent items, 20 new a day, an exam on day 40 at 0.95, studied for 60 days.
SimulationConfig exam_simulation(bool is_scheduled, int cram_days) {
  SimulationConfig config;
  config.days = 60;
  config.seed = 11;
  config.queue.new_per_day = 20;
  config.queue.reviews_per_day = 100000;
  config.learner = perturbed_learner_parameters(Parameters{});
  config.exam = SimulatedExam{40, 0.95, is_scheduled, cram_days};
  return config;
}

}  // namespace

TEST_CASE("Exam mode moves one review before the exam only when recall would miss the target", "[scheduler]") {
  const Parameters parameters;
  const ExamGoal exam{kToday + 25, 0.95};
  SECTION("recall on the exam day below the target: the earliest day that reaches it") {
    REQUIRE(retrievability(parameters, 25.0, kMemory.stability_days) < 0.95);
    const int days = exam_interval_days(parameters, kMemory, exam, kToday, 30, true);
    CHECK(days >= 1);
    CHECK(days < 25);
    CHECK(expected_exam_recall(parameters, kMemory, days, 25, true) >= 0.95);
    if (days > 1) CHECK(expected_exam_recall(parameters, kMemory, days - 1, 25, true) < 0.95);
  }
  SECTION("the next review comes before the exam anyway: unchanged") {
    CHECK(exam_interval_days(parameters, kMemory, exam, kToday, 20, true) == 20);
  }
  SECTION("recall on the exam day reaches the target without a review: unchanged") {
    const MemoryState strong{400.0, 5.0};
    CHECK(exam_interval_days(parameters, strong, exam, kToday, 300, true) == 300);
  }
  SECTION("the exam is tomorrow, today or over: unchanged") {
    for (std::int64_t day : {kToday + 1, kToday, kToday - 10}) {
      CHECK(exam_interval_days(parameters, kMemory, ExamGoal{day, 0.95}, kToday, 30, true) == 30);
    }
  }
}

TEST_CASE("After the exam an item is scheduled exactly as without one", "[scheduler]") {
  const DayClock clock;
  SchedulerConfig plain = test::pure_config();
  plain.is_fuzz_enabled = true;
  SchedulerConfig with_exam = plain;
  const TimePoint now = test::test_now();
  with_exam.exam = ExamGoal{clock.day_number(now) - 1, 0.97};
  const ItemState item = test::make_review_item(12.0, 6.0, test::days(11));
  const NextStates expected = next_states(item, plain, clock, now, ItemId{5});
  const NextStates got = next_states(item, with_exam, clock, now, ItemId{5});
  for (Grade grade : {Grade::Again, Grade::Hard, Grade::Good, Grade::Easy}) {
    CHECK(got.for_grade(grade).state == expected.for_grade(grade).state);
  }
  SECTION("and before it the grades keep their order") {
    with_exam.exam = ExamGoal{clock.day_number(now) + 9, 0.97};
    const NextStates before = next_states(item, with_exam, clock, now, ItemId{5});
    CHECK(before.good.interval < expected.good.interval);
    CHECK(before.hard.interval <= before.good.interval);
    CHECK(before.good.interval <= before.easy.interval);
  }
}

TEST_CASE("A simulated exam reaches its target on the day with less extra work than cramming", "[scheduler]") {
  const auto items = synthetic_items(300);
  const SimulationReport plain = simulate(items, exam_simulation(false, 0));
  const SimulationReport exam = simulate(items, exam_simulation(true, 0));
  const SimulationReport cramming = simulate(items, exam_simulation(false, 1));
  REQUIRE(plain.exam);
  REQUIRE(exam.exam);
  REQUIRE(cramming.exam);
  CHECK(exam.exam->items == 300);
  // Plain FSRS at 0.90 leaves about half the items under 0.95 on a given day; exam mode brings
  // nearly all of them to it (a few fail their last review, and the learner's true memory
  // differs from the scheduler's model by a few percent).
  CHECK(plain.exam->share_at_target < 0.7);
  CHECK(exam.exam->share_at_target >= 0.95);
  CHECK(exam.exam->mean_recall >= 0.95);
  CHECK(cramming.exam->mean_recall >= 0.95);
  const long exam_extra = exam.exam->reviews_before - plain.exam->reviews_before;
  const long cram_extra = cramming.exam->reviews_before - plain.exam->reviews_before;
  CHECK(exam_extra > 0);
  CHECK(exam_extra < cram_extra);
  SECTION("and normal scheduling after it: every later answer is what plain FSRS gives") {
    SimulationConfig config = exam_simulation(true, 0);
    const DayClock clock;
    const std::int64_t exam_day = clock.day_number(config.start + Seconds{40 * 86400 + 9 * 3600});
    SchedulerConfig normal = config.scheduler;
    long after_exam = 0;
    long same = 0;
    config.on_answer = [&](const SimulatedAnswer& answer) {
      if (clock.day_number(answer.time) < exam_day) return;
      ++after_exam;
      const ItemState expected = next_states(answer.before, normal, clock, answer.time, answer.item).for_grade(answer.grade).state;
      if (expected == answer.after) ++same;
    };
    const SimulationReport run = simulate(items, config);
    CHECK(after_exam > 100);
    CHECK(same == after_exam);
  }
}

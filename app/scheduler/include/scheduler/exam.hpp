#pragma once
// Exam mode: a study day and a target recall. Until that day the scheduler keeps every item's
// recall on the exam day at the target with the least extra work, then schedules as usual.
//
// The rule, applied to each day interval `next_states` gives (exam_interval_days):
// - the exam is over, or the next review comes before the exam day anyway: no change (the item
//   is looked at again at that review);
// - the recall the item would have on the exam day without another review reaches the target:
//   no change;
// - else one review is moved before the exam: to the earliest day from which that review, passed
//   or failed (then relearned the same day), still leaves an expected recall on the exam day at
//   the target. Every such day costs one review; the earliest asks it while the item is still
//   well remembered (fewer lapses) and leaves time to recover from one, and the items' different
//   stabilities spread these reviews over the days before the exam instead of piling them on
//   the last day, as cramming does. When no day reaches the target (a weak item, an exam too
//   close), the review comes when recall falls to the target, and the rule applies again there.
#include <cstdint>
#include <optional>
#include <string_view>

#include "scheduler/fsrs_math.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::sched {

struct Parameters;

/// An exam: the study day it is on (DayClock::day_number) and the recall wanted then.
struct ExamGoal {
  std::int64_t day = 0;
  double target_recall = 0.9;  // clamped to [0.70, 0.99] like the desired retention
  friend bool operator==(const ExamGoal&, const ExamGoal&) = default;
};

/// The study day (DayClock::day_number) of calendar date "YYYY-MM-DD" in the learner's time zone;
/// empty when the text is not a valid date.
[[nodiscard]] std::optional<std::int64_t> study_day_of_date(std::string_view yyyy_mm_dd);

/// The recall expected on the exam day for an item with `memory` reviewed `review_in_days` days
/// from now, `days_to_exam` before the exam: passed with its recall probability then (Good), or
/// failed and relearned the same day (Again, then Good when `is_relearned`).
[[nodiscard]] double expected_exam_recall(const Parameters& parameters, const MemoryState& memory,
                                          int review_in_days, int days_to_exam, bool is_relearned);

/// The interval in whole days for an item answered on study day `today` whose memory after this
/// answer is `memory` and whose interval without the exam would be `normal_days` (see the rule
/// above). Never longer than `normal_days`; at least 1.
[[nodiscard]] int exam_interval_days(const Parameters& parameters, const MemoryState& memory,
                                     const ExamGoal& exam, std::int64_t today, int normal_days,
                                     bool is_relearned);

}  // namespace factdeck::sched

#include "scheduler/exam.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>

#include "scheduler/fsrs.hpp"

namespace factdeck::sched {

namespace {
constexpr double kMinTarget = 0.70;
constexpr double kMaxTarget = 0.99;
/// The number in `text` when it is all digits.
std::optional<int> digits(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size() || text.empty() || text[0] == '-') return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::int64_t> study_day_of_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = digits(text.substr(0, 4));
  const auto month = digits(text.substr(5, 2));
  const auto day = digits(text.substr(8, 2));
  if (!year || !month || !day) return std::nullopt;
  const std::chrono::year_month_day date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                                         std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  // A study day is numbered by the local date its day-start hour falls on (DayClock::day_number).
  return std::chrono::sys_days{date}.time_since_epoch().count();
}

double expected_exam_recall(const Parameters& parameters, const MemoryState& memory, int review_in_days,
                            int days_to_exam, bool is_relearned) {
  const double elapsed = static_cast<double>(review_in_days);
  const double left = static_cast<double>(days_to_exam - review_in_days);
  const double recall_then = retrievability(parameters, elapsed, memory.stability_days);
  const MemoryState passed = next_memory_state(parameters, memory, elapsed, Grade::Good);
  MemoryState failed = next_memory_state(parameters, memory, elapsed, Grade::Again);
  // A relearning step the same day answered Good: FSRS-6's short-term update (elapsed 0).
  if (is_relearned) failed = next_memory_state(parameters, failed, 0.0, Grade::Good);
  return recall_then * retrievability(parameters, left, passed.stability_days) +
         (1.0 - recall_then) * retrievability(parameters, left, failed.stability_days);
}

int exam_interval_days(const Parameters& parameters, const MemoryState& memory, const ExamGoal& exam,
                       std::int64_t today, int normal_days, bool is_relearned) {
  const std::int64_t days_to_exam = exam.day - today;
  // A review on the exam day or later does not help the exam; none fits between now and then.
  if (days_to_exam <= 1 || today + normal_days < exam.day) return normal_days;
  const double target = std::clamp(exam.target_recall, kMinTarget, kMaxTarget);
  const double unreviewed = retrievability(parameters, static_cast<double>(days_to_exam), memory.stability_days);
  if (unreviewed >= target) return normal_days;
  const int latest = static_cast<int>(std::min<std::int64_t>(days_to_exam - 1, normal_days));
  for (int day = 1; day <= latest; ++day) {
    if (expected_exam_recall(parameters, memory, day, static_cast<int>(days_to_exam), is_relearned) >= target) {
      return day;
    }
  }
  // No single review reaches the target: review when recall falls to it, and decide again then.
  const double at_target = next_interval_days(parameters, memory.stability_days, target);
  return std::clamp(static_cast<int>(std::floor(at_target)), 1, latest);
}

}  // namespace factdeck::sched

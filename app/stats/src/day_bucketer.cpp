#include "stats/day_bucketer.hpp"

namespace factdeck::stats {

namespace {
constexpr std::int64_t kQuarterHourSecs = 900;

std::int64_t quarter_of(sched::TimePoint t) {
  const std::int64_t secs = t.time_since_epoch().count();
  return secs >= 0 ? secs / kQuarterHourSecs : (secs - (kQuarterHourSecs - 1)) / kQuarterHourSecs;
}
}  // namespace

std::int64_t DayBucketer::day_of(sched::TimePoint t) {
  const std::int64_t quarter = quarter_of(t);
  if (quarter != quarter_) {
    quarter_ = quarter;
    day_ = clock_->day_number(t);
  }
  return day_;
}

}  // namespace factdeck::stats

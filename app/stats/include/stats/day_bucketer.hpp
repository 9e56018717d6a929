#pragma once
// DayBucketer: DayClock::day_number for many time points in a row, fast. Offsets of real time
// zones are whole quarter hours and change only on quarter-hour boundaries (the scheduler's
// time-zone cache relies on the same fact), and study days start on a full local hour, so every
// instant of one UTC quarter hour has the same study day. The bucketer asks the clock once per
// quarter hour and reuses the answer while consecutive times stay in it.
#include <cstdint>

#include "scheduler/day_clock.hpp"

namespace factdeck::stats {

class DayBucketer {
 public:
  /// `clock` must outlive the bucketer.
  explicit DayBucketer(const sched::DayClock& clock) : clock_(&clock) {}

  /// The study day of `t`, as clock.day_number(t).
  [[nodiscard]] std::int64_t day_of(sched::TimePoint t);

 private:
  const sched::DayClock* clock_;
  std::int64_t quarter_ = INT64_MIN;
  std::int64_t day_ = 0;
};

}  // namespace factdeck::stats

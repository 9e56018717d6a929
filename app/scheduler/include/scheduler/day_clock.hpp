#pragma once
// DayClock: turns UTC time points into the learner's study days. A study day starts at
// `day_start_hour` local time (4 am by default, as in Anki), so a review at 1 am still belongs to
// the previous day. The local offset comes from an injected function, so the core stays pure:
// tests pass a fixed offset, the app passes the system time-zone database (time_zone.hpp).
#include <cstdint>
#include <functional>

#include "scheduler/item_state.hpp"

namespace factdeck::sched {

/// Local time minus UTC at a given instant (e.g. +3600 s for Central European winter time).
using UtcOffsetFn = std::function<Seconds(TimePoint)>;

class DayClock {
 public:
  /// A clock for a fixed UTC offset (no daylight saving); the default is UTC with a 4 am start.
  explicit DayClock(Seconds utc_offset = Seconds{0}, int day_start_hour = 4);
  /// A clock whose offset may change over time (daylight saving).
  DayClock(UtcOffsetFn utc_offset, int day_start_hour);

  /// The study-day number of `t`: whole days since 1970-01-01 of local time minus the start hour.
  [[nodiscard]] std::int64_t day_number(TimePoint t) const;
  /// Whole study days from `earlier` to `later`; never negative (a clock that went backwards
  /// counts as the same day).
  [[nodiscard]] std::int64_t elapsed_days(TimePoint earlier, TimePoint later) const;
  /// The first instant of the study day after the one containing `t`.
  [[nodiscard]] TimePoint next_day_start(TimePoint t) const;
  /// The first instant of the study day containing `t`.
  [[nodiscard]] TimePoint day_start(TimePoint t) const;
  [[nodiscard]] int day_start_hour() const { return day_start_hour_; }
  [[nodiscard]] Seconds utc_offset(TimePoint t) const { return utc_offset_(t); }

 private:
  /// The UTC instant at which study day `day` begins.
  [[nodiscard]] TimePoint start_of(std::int64_t day) const;

  UtcOffsetFn utc_offset_;
  int day_start_hour_;
};

}  // namespace factdeck::sched

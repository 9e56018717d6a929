#include "scheduler/day_clock.hpp"

#include <algorithm>
#include <utility>

namespace factdeck::sched {

namespace {
constexpr std::int64_t kSecsPerDay = 86400;
constexpr std::int64_t kSecsPerHour = 3600;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
}  // namespace

DayClock::DayClock(Seconds utc_offset, int day_start_hour)
    : utc_offset_([utc_offset](TimePoint) { return utc_offset; }), day_start_hour_(day_start_hour) {}

DayClock::DayClock(UtcOffsetFn utc_offset, int day_start_hour)
    : utc_offset_(std::move(utc_offset)), day_start_hour_(day_start_hour) {}

std::int64_t DayClock::day_number(TimePoint t) const {
  const std::int64_t local_secs = t.time_since_epoch().count() + utc_offset_(t).count() -
                                  day_start_hour_ * kSecsPerHour;
  return floor_div(local_secs, kSecsPerDay);
}

std::int64_t DayClock::elapsed_days(TimePoint earlier, TimePoint later) const {
  return std::max<std::int64_t>(0, day_number(later) - day_number(earlier));
}

TimePoint DayClock::start_of(std::int64_t day) const {
  // Guess with the offset at the naive instant, then search a window of ±3 hours for the first
  // instant of the day: around a daylight-saving change the offset at the guess can be wrong by
  // the size of the change, and day numbers are monotone within such a window.
  const std::int64_t local_start = day * kSecsPerDay + day_start_hour_ * kSecsPerHour;
  const TimePoint naive{Seconds{local_start}};
  const TimePoint guess = naive - utc_offset_(naive - utc_offset_(naive));
  std::int64_t lo = guess.time_since_epoch().count() - 3 * kSecsPerHour;  // day_number(lo) < day
  std::int64_t hi = guess.time_since_epoch().count() + 3 * kSecsPerHour;  // day_number(hi) >= day
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (day_number(TimePoint{Seconds{mid}}) >= day) {
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return TimePoint{Seconds{hi}};
}

TimePoint DayClock::next_day_start(TimePoint t) const { return start_of(day_number(t) + 1); }

TimePoint DayClock::day_start(TimePoint t) const { return start_of(day_number(t)); }

}  // namespace factdeck::sched

#pragma once
// Local UTC offsets from the system time-zone database (IANA names such as "Europe/Berlin").
// This is the one place that touches the C library's global time-zone state; everything else
// receives the resulting offset function through DayClock.
#include <string>

#include "base/result.hpp"
#include "scheduler/day_clock.hpp"

namespace factdeck::sched {

/// An offset function for the IANA zone `tz_name` ("UTC", "Europe/Berlin", "America/New_York",
/// or a POSIX TZ string such as "EST5EDT,M3.2.0,M11.1.0"). Fails when the zone is unknown.
[[nodiscard]] Result<UtcOffsetFn> time_zone_offset(const std::string& tz_name);

}  // namespace factdeck::sched

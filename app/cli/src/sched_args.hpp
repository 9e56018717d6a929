#pragma once
// Option values the scheduler commands (memory-states, optimize) interpret alike: FSRS parameters
// and the study day (time zone and the hour a new day starts).
#include <optional>
#include <string_view>

#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"

namespace factdeck::cli {

/// FSRS parameters from "w0,w1,...": 21 (or 19) numbers, or a file holding them; clipped as fsrs-rs.
[[nodiscard]] Result<sched::Parameters> parse_parameters(std::string_view text);

/// Minutes east of UTC for a fixed offset: "UTC", "GMT", "Z", "+HH", "+HH:MM", "UTC-05:30"; empty
/// for anything else (such as a zone name).
[[nodiscard]] std::optional<int> fixed_utc_offset_mins(std::string_view text);

/// A DayClock from --timezone (IANA name, POSIX rule, or a fixed offset as above) and
/// --next-day-starts-at (an hour 0-23, checked by the option parser; 4 when absent).
[[nodiscard]] Result<sched::DayClock> make_day_clock(std::optional<std::string_view> tz,
                                                     std::optional<std::int64_t> day_start_hour);

}  // namespace factdeck::cli

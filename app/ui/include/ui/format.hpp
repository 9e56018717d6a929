#pragma once
// Short human-readable figures for the views.
#include <string>

#include "scheduler/fsrs.hpp"

namespace factdeck::ui {

/// "<1m", "10m", "3h", "1d", "12d", "3.5mo", "1.2y".
[[nodiscard]] std::string format_interval(const sched::ScheduledState& outcome);

/// "42s", "3m 05s", "1h 12m".
[[nodiscard]] std::string format_duration_secs(std::int64_t secs);

}  // namespace factdeck::ui

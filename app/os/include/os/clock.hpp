#pragma once
// The wall clock. Core code never reads it: the shells (the desktop loop and the headless
// commands) read it here once per action and pass `now` in.
#include <chrono>

namespace factdeck::os {

/// The system clock's current time in whole seconds since the Unix epoch (UTC). It is the same
/// type as sched::TimePoint.
[[nodiscard]] std::chrono::sys_seconds now_seconds();

}  // namespace factdeck::os

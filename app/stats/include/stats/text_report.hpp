#pragma once
// The figures of a StatsReport as text for `factdeck stats`: a short human summary or JSON.
#include <iosfwd>

#include "stats/report.hpp"

namespace factdeck::stats {

/// Today, streaks, history totals for `period`, forecast, retention, memory and the weakest
/// sections, as aligned lines of text.
void write_summary(const StatsReport& report, Period period, std::ostream& out);

/// The same figures as one JSON object (history and forecast as arrays per day).
void write_json(const StatsReport& report, Period period, std::ostream& out);

}  // namespace factdeck::stats

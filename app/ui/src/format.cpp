#include "ui/format.hpp"

#include <cstdio>

namespace factdeck::ui {

namespace {
std::string with_unit(double value, const char* unit) {
  char buffer[32];
  if (value < 10.0 && value != static_cast<double>(static_cast<long>(value))) {
    std::snprintf(buffer, sizeof buffer, "%.1f%s", value, unit);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.0f%s", value, unit);
  }
  return buffer;
}
}  // namespace

std::string format_interval(const sched::ScheduledState& outcome) {
  const double secs = static_cast<double>(outcome.interval.count());
  if (secs < 60.0) return "<1m";
  if (secs < 3600.0) return with_unit(secs / 60.0, "m");
  if (secs < 86400.0) return with_unit(secs / 3600.0, "h");
  const double days = secs / 86400.0;
  if (days < 30.0) return with_unit(days, "d");
  if (days < 365.0) return with_unit(days / 30.4, "mo");
  return with_unit(days / 365.25, "y");
}

std::string format_duration_secs(std::int64_t secs) {
  char buffer[32];
  if (secs < 60) std::snprintf(buffer, sizeof buffer, "%llds", static_cast<long long>(secs));
  else if (secs < 3600) {
    std::snprintf(buffer, sizeof buffer, "%lldm %02llds", static_cast<long long>(secs / 60),
                  static_cast<long long>(secs % 60));
  } else {
    std::snprintf(buffer, sizeof buffer, "%lldh %02lldm", static_cast<long long>(secs / 3600),
                  static_cast<long long>((secs % 3600) / 60));
  }
  return buffer;
}

}  // namespace factdeck::ui

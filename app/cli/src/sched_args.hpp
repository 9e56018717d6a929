#pragma once
// Option parsing shared by the scheduler commands (memory-states, simulate).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "scheduler/day_clock.hpp"
#include "scheduler/fsrs.hpp"

namespace factdeck::cli {

/// `--name value` pairs; flags without a value are rejected by the caller's allowed list.
struct OptionMap {
  std::vector<std::pair<std::string_view, std::string_view>> values;
  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const;
};

/// Parses `--name value` pairs, accepting only `allowed` names.
[[nodiscard]] Result<OptionMap> parse_options(std::span<const std::string_view> args,
                                              std::span<const std::string_view> allowed);

[[nodiscard]] std::optional<long long> parse_whole_number(std::string_view text);
[[nodiscard]] std::optional<double> parse_real_number(std::string_view text);

/// FSRS parameters from "w0,w1,...": 21 (or 19) numbers, or a file holding them; clipped as fsrs-rs.
[[nodiscard]] Result<sched::Parameters> parse_parameters(std::string_view text);

/// A DayClock from --timezone (IANA name, POSIX rule, "UTC" or a fixed "+HH:MM") and the hour.
[[nodiscard]] Result<sched::DayClock> make_day_clock(std::optional<std::string_view> tz,
                                                     std::optional<std::string_view> day_start_hour);

}  // namespace factdeck::cli

#include "sched_args.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "scheduler/time_zone.hpp"

namespace factdeck::cli {

std::optional<std::string_view> OptionMap::get(std::string_view name) const {
  for (const auto& [key, value] : values) {
    if (key == name) return value;
  }
  return std::nullopt;
}

Result<OptionMap> parse_options(std::span<const std::string_view> args,
                                std::span<const std::string_view> allowed) {
  OptionMap options;
  for (std::size_t i = 0; i < args.size(); i += 2) {
    const std::string_view name = args[i];
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return fail(ErrorCode::Invalid, "unknown option '" + std::string(name) + "'");
    }
    if (i + 1 >= args.size()) return fail(ErrorCode::Invalid, "option '" + std::string(name) + "' needs a value");
    options.values.emplace_back(name, args[i + 1]);
  }
  return options;
}

std::optional<long long> parse_whole_number(std::string_view text) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<double> parse_real_number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

Result<sched::Parameters> parse_parameters(std::string_view text) {
  std::string list(text);
  if (list.find(',') == std::string::npos) {
    std::ifstream in(list);
    if (!in) return fail(ErrorCode::Io, "cannot read parameters file '" + list + "'");
    std::stringstream content;
    content << in.rdbuf();
    list = content.str();
  }
  std::replace_if(list.begin(), list.end(), [](char c) { return c == '\n' || c == ' ' || c == '[' || c == ']'; }, ',');
  std::vector<double> weights;
  std::stringstream fields(list);
  std::string field;
  while (std::getline(fields, field, ',')) {
    if (field.empty()) continue;
    const auto value = parse_real_number(field);
    if (!value) return fail(ErrorCode::Parse, "parameter " + std::to_string(weights.size()) + " is not a number: '" + field + "'");
    weights.push_back(*value);
  }
  if (weights.empty()) return fail(ErrorCode::Parse, "no parameters given");
  return sched::validate_and_clamp(weights);
}

namespace {
// "+HH", "+HH:MM", "-HH:MM" with an optional "UTC" prefix: minutes east of UTC.
std::optional<int> fixed_offset_mins(std::string_view text) {
  if (text.starts_with("UTC")) text.remove_prefix(3);
  if (text.empty()) return 0;
  if (text.front() != '+' && text.front() != '-') return std::nullopt;
  const int sign = text.front() == '-' ? -1 : 1;
  text.remove_prefix(1);
  const std::size_t colon = text.find(':');
  const auto hours = parse_whole_number(text.substr(0, colon));
  const auto minutes = colon == std::string_view::npos ? std::optional<long long>(0)
                                                       : parse_whole_number(text.substr(colon + 1));
  if (!hours || !minutes || *hours < 0 || *hours > 14 || *minutes < 0 || *minutes >= 60) return std::nullopt;
  return sign * static_cast<int>(*hours * 60 + *minutes);
}
}  // namespace

Result<sched::DayClock> make_day_clock(std::optional<std::string_view> tz,
                                       std::optional<std::string_view> day_start_hour) {
  int hour = 4;
  if (day_start_hour) {
    const auto parsed = parse_whole_number(*day_start_hour);
    if (!parsed || *parsed < 0 || *parsed > 23) {
      return fail(ErrorCode::Invalid, "--next-day-starts-at must be an hour 0–23, got '" + std::string(*day_start_hour) + "'");
    }
    hour = static_cast<int>(*parsed);
  }
  if (!tz) return sched::DayClock{sched::Seconds{0}, hour};
  if (const auto mins = fixed_offset_mins(*tz)) return sched::DayClock{sched::Seconds{*mins * 60}, hour};
  auto offset = sched::time_zone_offset(std::string(*tz));
  if (!offset) return Unexpected{offset.error()};
  return sched::DayClock{std::move(*offset), hour};
}

}  // namespace factdeck::cli

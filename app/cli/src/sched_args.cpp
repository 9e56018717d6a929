#include "sched_args.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "base/text.hpp"
#include "scheduler/time_zone.hpp"

namespace factdeck::cli {


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
    const auto value = parse_double(field);
    if (!value) return fail(ErrorCode::Parse, "parameter " + std::to_string(weights.size()) + " is not a number: '" + field + "'");
    weights.push_back(*value);
  }
  if (weights.empty()) return fail(ErrorCode::Parse, "no parameters given");
  return sched::validate_and_clamp(weights);
}

std::optional<int> fixed_utc_offset_mins(std::string_view text) {
  if (text.starts_with("UTC") || text.starts_with("GMT")) text.remove_prefix(3);
  if (text.empty() || text == "Z") return 0;
  if (text.front() != '+' && text.front() != '-') return std::nullopt;
  const int sign = text.front() == '-' ? -1 : 1;
  text.remove_prefix(1);
  const std::size_t colon = text.find(':');
  const auto hours = parse_uint64(text.substr(0, colon));
  const auto minutes = colon == std::string_view::npos ? std::optional<std::uint64_t>(0)
                                                       : parse_uint64(text.substr(colon + 1));
  if (!hours || !minutes || *hours > 14 || *minutes >= 60) return std::nullopt;
  return sign * static_cast<int>(*hours * 60 + *minutes);
}

Result<sched::DayClock> make_day_clock(std::optional<std::string_view> tz,
                                       std::optional<std::int64_t> day_start_hour) {
  const int hour = static_cast<int>(day_start_hour.value_or(4));
  if (!tz) return sched::DayClock{sched::Seconds{0}, hour};
  if (const auto mins = fixed_utc_offset_mins(*tz)) return sched::DayClock{sched::Seconds{*mins * 60}, hour};
  auto offset = sched::time_zone_offset(std::string(*tz));
  if (!offset) return Unexpected{offset.error()};
  return sched::DayClock{std::move(*offset), hour};
}

}  // namespace factdeck::cli

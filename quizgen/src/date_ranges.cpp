// Date ranges as sentences write them: "1935–38", "1837 to 1901", "between 1880 and 1890",
// "16–18 April 1922", "21 October – 28 November 1520", "264–241 BC". See date_ranges.hpp.
#include "date_ranges.hpp"

#include <utility>

#include "date_parts.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen::date_parse {

namespace {

// The first en dash, em dash or hyphen: {position, length in bytes}.
std::pair<std::size_t, std::size_t> find_range_dash(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '-') return {pos, 1};
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) return {pos, 3};
  }
  return {std::string_view::npos, 0};
}

// "1935–38": a two-digit end year stays in the start's century.
std::optional<DateValue> short_end_year(const DateValue& start, std::string_view right) {
  if (start.precision != DatePrecision::Year || right.size() != 2) return std::nullopt;
  const auto two_digits = read_int(right, 2);
  if (!two_digits) return std::nullopt;
  return make_date(start.start.year / 100 * 100 + *two_digits, 0, 0);
}

// "16–18 April 1922" and "April–June 1922": the start borrows what it lacks from the end.
std::optional<DateValue> complete_start(std::string_view left, const DateValue& end) {
  if (end.precision == DatePrecision::Day) {
    const auto day = read_int(left, 2);
    if (day && *day > 0) return make_date(end.start.year, end.start.month, *day);
  }
  if (end.precision == DatePrecision::Month) {
    const auto month = month_from_name(left);
    if (month) return make_date(end.start.year, *month, 0);
  }
  return std::nullopt;
}

/// Where a range splits: an en dash, em dash or hyphen, or " to " (" and " after "between").
struct Split {
  std::size_t at = std::string_view::npos;
  std::size_t length = 0;
};

Split find_range_split(std::string_view text, bool after_between) {
  if (after_between) {
    const std::size_t at = text.find(" and ");
    return at == std::string_view::npos ? Split{} : Split{at, 5};
  }
  const auto [dash, dash_length] = find_range_dash(text);
  if (dash != std::string_view::npos) return {dash, dash_length};
  const std::size_t to = text.find(" to ");
  return to == std::string_view::npos ? Split{} : Split{to, 4};
}

/// "21 October" or "October 21" before "– 28 November 1520": the start takes the end's year.
std::optional<DateValue> complete_day_month(std::string_view left, const DateValue& end) {
  if (end.precision != DatePrecision::Day) return std::nullopt;
  const std::optional<Words> words = split_words(left);
  if (!words || words->count != 2) return std::nullopt;
  const auto& w = words->items;
  const auto day = read_int(w[0], 2) ? read_int(w[0], 2) : read_int(w[1], 2);
  const auto month = month_from_name(read_int(w[0], 2) ? w[1] : w[0]);
  if (!day || !month || *day == 0) return std::nullopt;
  return make_date(end.start.year, *month, *day);
}

std::optional<DateValue> parse_range(std::string_view text, bool after_between) {
  const Split split = find_range_split(text, after_between);
  if (split.at == std::string_view::npos) return std::nullopt;
  const std::string_view left_text = trim(text.substr(0, split.at));
  const Era right_era = strip_era(text.substr(split.at + split.length));
  const Era left_era = strip_era(left_text);
  // "264–241 BC": an era written once, at the end, applies to both ends.
  const bool left_bc = left_era.has_era ? left_era.is_bc : right_era.is_bc;
  std::optional<DateValue> start = parse_single_date(left_era.rest);
  std::optional<DateValue> end = parse_single_date(right_era.rest);
  if (start && !left_era.has_era && !right_era.has_era) {
    if (auto short_end = short_end_year(*start, right_era.rest)) end = short_end;
  }
  if (end && (!start || start->precision != end->precision)) {
    if (auto completed = complete_start(left_era.rest, *end)) start = completed;
    else if (auto day_month = complete_day_month(left_era.rest, *end)) start = day_month;
  }
  if (!start || !end) return std::nullopt;
  return make_range(with_era(*start, left_bc), with_era(*end, right_era.is_bc));
}

}  // namespace

std::optional<DateValue> make_range(std::optional<DateValue> start, std::optional<DateValue> end) {
  if (!start || !end || start->precision != end->precision) return std::nullopt;
  if (!(start->start < end->start)) return std::nullopt;
  return DateValue{start->precision, start->start, end->start};
}

std::optional<DateValue> parse_plain_or_range(std::string_view text) {
  bool after_between = false;
  for (std::string_view word : {"between ", "from "}) {
    if (text.size() > word.size() && iequals(text.substr(0, word.size()), word)) {
      after_between = word == "between ";
      text = trim(text.substr(word.size()));
    }
  }
  if (!after_between) {
    if (auto single = parse_era_date(text)) return single;
  }
  return parse_range(text, after_between);
}

}  // namespace factdeck::quizgen::date_parse

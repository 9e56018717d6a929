// Date values of date spans: the sentence forms and the ISO forms (see values.hpp).
#include <optional>

#include "quizgen/values.hpp"
#include "date_parts.hpp"
#include "date_periods.hpp"
#include "date_ranges.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

using namespace date_parse;

namespace {

std::optional<DateValue> parse_iso_single(std::string_view text) {
  // "-250" (or "-0250") is 250 BC: a year alone, with a minus.
  if (text.size() > 1 && text.front() == '-') {
    const auto bc = read_int(text.substr(1), 4);
    if (!bc || *bc == 0) return std::nullopt;
    return DateValue{DatePrecision::Year, {-std::int64_t{*bc}, 0, 0}, std::nullopt};
  }
  const auto year = read_int(text.substr(0, 4), 4);
  if (!year || text.size() < 4) return std::nullopt;
  if (text.size() == 4) return make_date(*year, 0, 0);
  if (text.size() != 7 && text.size() != 10) return std::nullopt;
  if (text[4] != '-') return std::nullopt;
  const auto month = read_int(text.substr(5, 2), 2);
  if (!month || *month == 0) return std::nullopt;
  if (text.size() == 7) return make_date(*year, *month, 0);
  const auto day = read_int(text.substr(8, 2), 2);
  if (text[7] != '-' || !day || *day == 0) return std::nullopt;
  return make_date(*year, *month, *day);
}

}  // namespace

Result<DateValue> read_date_text(std::string_view text) {
  text = trim(text);
  std::string_view rest = text;
  const bool is_approximate = strip_approximation(rest);
  std::optional<DateValue> date = parse_years_ago(rest);
  if (!date) date = parse_period(rest);
  if (!date) date = parse_plain_or_range(rest);
  if (!date) {
    return fail(ErrorCode::Parse,
                "cannot read a date from '" + std::string(text) +
                    "'; write a date as '1922', 'April 1922', '16 April 1922', '250 BC', 'AD 79', 'c. 1200', "
                    "a range as '1935–38', '1837 to 1901' or '21 October – 28 November 1520', a period as "
                    "'the 1790s', 'the early 1930s' or 'the 18th century', or give the value after '=' as "
                    "in {date = 1922-04}");
  }
  date->is_approximate = date->is_approximate || is_approximate;
  return *date;
}

std::optional<DateValue> parse_date_text(std::string_view text) {
  Result<DateValue> date = read_date_text(text);
  if (!date) return std::nullopt;
  return *date;
}

Result<DateValue> read_date_value(std::string_view text) {
  if (auto iso = parse_iso_date(text)) return *iso;
  Result<DateValue> date = read_date_text(text);
  if (date) return date;
  return fail(ErrorCode::Parse, "cannot read the date value '" + std::string(trim(text)) +
                                    "' (write 1922, 1922-04, 1922-04-16, -250 for 250 BC, a range 1935..1938, "
                                    "or a date as the sentence writes it, such as 'April 1922')");
}

std::optional<DateValue> parse_iso_date(std::string_view text) {
  text = trim(text);
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return parse_iso_single(text);
  return make_range(parse_iso_single(trim(text.substr(0, dots))),
                    parse_iso_single(trim(text.substr(dots + 2))));
}

}  // namespace factdeck::quizgen
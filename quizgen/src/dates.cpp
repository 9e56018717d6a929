// Date values of date spans: the sentence forms and the ISO forms (see values.hpp).
#include <array>
#include <cstring>

#include "quizgen/values.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "April", "apr", "Apr.", "Sept" → 4, 4, 4, 9.
std::optional<int> month_from_name(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return std::nullopt;
  for (std::size_t k = 0; k < kMonthNames.size(); ++k) {
    const std::string_view name = kMonthNames[k];
    const bool is_full = iequals(word, name);
    const bool is_abbreviation = word.size() == 3 && iequals(word, name.substr(0, 3));
    if (is_full || is_abbreviation) return static_cast<int>(k) + 1;
  }
  if (iequals(word, "sept")) return 9;
  return std::nullopt;
}

// All digits, 1..max_digits of them.
std::optional<int> read_int(std::string_view text, std::size_t max_digits) {
  if (text.empty() || text.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

int days_in_month(std::int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool is_leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return (month == 2 && is_leap) ? 29 : kDays[month - 1];
}

std::optional<DateValue> make_date(std::int64_t year, int month, int day) {
  if (year < 1) return std::nullopt;
  if (month == 0) return DateValue{DatePrecision::Year, {year, 0, 0}, std::nullopt};
  if (month > 12) return std::nullopt;
  if (day == 0) return DateValue{DatePrecision::Month, {year, month, 0}, std::nullopt};
  if (day > days_in_month(year, month)) return std::nullopt;
  return DateValue{DatePrecision::Day, {year, month, day}, std::nullopt};
}

// Splits "April 16, 1922" into words at spaces and commas; at most 3 words fit a single date.
struct Words {
  std::array<std::string_view, 3> items{};
  std::size_t count = 0;
};

std::optional<Words> split_words(std::string_view text) {
  Words words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_space(text[pos]) || text[pos] == ',') {
      ++pos;
      continue;
    }
    std::size_t end = pos;
    while (end < text.size() && !is_space(text[end]) && text[end] != ',') ++end;
    if (words.count == words.items.size()) return std::nullopt;
    words.items[words.count++] = text.substr(pos, end - pos);
    pos = end;
  }
  return words;
}

std::optional<DateValue> parse_single_date(std::string_view text) {
  const std::optional<Words> words = split_words(text);
  if (!words) return std::nullopt;
  const auto& w = words->items;
  if (words->count == 1) {
    const auto year = read_int(w[0], 4);
    return year ? make_date(*year, 0, 0) : std::nullopt;
  }
  if (words->count == 2) {
    const auto month = month_from_name(w[0]);
    const auto year = read_int(w[1], 4);
    return (month && year) ? make_date(*year, *month, 0) : std::nullopt;
  }
  if (words->count != 3) return std::nullopt;
  const auto year = read_int(w[2], 4);
  const auto day_first = read_int(w[0], 2);
  const auto month = month_from_name(day_first ? w[1] : w[0]);
  const auto day = day_first ? day_first : read_int(w[1], 2);
  if (!year || !month || !day || *day == 0) return std::nullopt;
  return make_date(*year, *month, *day);
}

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

std::optional<DateValue> make_range(std::optional<DateValue> start, std::optional<DateValue> end) {
  if (!start || !end || start->precision != end->precision) return std::nullopt;
  if (!(start->start < end->start)) return std::nullopt;
  return DateValue{start->precision, start->start, end->start};
}

std::optional<DateValue> parse_iso_single(std::string_view text) {
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

std::optional<DateValue> parse_date_text(std::string_view text) {
  text = trim(text);
  const auto [dash, dash_length] = find_range_dash(text);
  if (dash == std::string_view::npos) return parse_single_date(text);
  const std::string_view left = trim(text.substr(0, dash));
  const std::string_view right = trim(text.substr(dash + dash_length));
  std::optional<DateValue> start = parse_single_date(left);
  std::optional<DateValue> end;
  if (start) end = short_end_year(*start, right);
  if (!end) end = parse_single_date(right);
  // "16" alone reads as the year 16, so a start that does not match the end is completed too.
  if (end && (!start || start->precision != end->precision)) {
    if (auto completed = complete_start(left, *end)) start = completed;
  }
  return make_range(start, end);
}

std::optional<DateValue> parse_iso_date(std::string_view text) {
  text = trim(text);
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) return parse_iso_single(text);
  return make_range(parse_iso_single(trim(text.substr(0, dots))),
                    parse_iso_single(trim(text.substr(dots + 2))));
}

}  // namespace factdeck::quizgen

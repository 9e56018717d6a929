// The pieces of a written date: month names, day and year numbers, calendar checks, one date in
// words ("16 April 1922") and its era ("250 BC", "AD 79"). See date_parts.hpp.
#include "date_parts.hpp"

#include "text_utils.hpp"

namespace factdeck::quizgen::date_parse {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

int days_in_month(std::int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool is_leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return (month == 2 && is_leap) ? 29 : kDays[month - 1];
}

}  // namespace

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

std::optional<DateValue> make_date(std::int64_t year, int month, int day) {
  if (year < 1) return std::nullopt;
  if (month == 0) return DateValue{DatePrecision::Year, {year, 0, 0}, std::nullopt};
  if (month > 12) return std::nullopt;
  if (day == 0) return DateValue{DatePrecision::Month, {year, month, 0}, std::nullopt};
  if (day > days_in_month(year, month)) return std::nullopt;
  return DateValue{DatePrecision::Day, {year, month, day}, std::nullopt};
}

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

// ---- Eras ----

Era strip_era(std::string_view text) {
  text = trim(text);
  static constexpr std::string_view kBefore[] = {"BCE", "B.C.E.", "BC", "B.C."};
  static constexpr std::string_view kAfter[] = {"AD", "A.D.", "CE", "C.E."};
  for (std::string_view word : kBefore) {
    if (text.size() > word.size() && text.ends_with(word) && is_space(text[text.size() - word.size() - 1])) {
      return {trim(text.substr(0, text.size() - word.size())), true, true};
    }
  }
  for (std::string_view word : kAfter) {
    if (text.size() > word.size() && text.ends_with(word) && is_space(text[text.size() - word.size() - 1])) {
      return {trim(text.substr(0, text.size() - word.size())), false, true};
    }
    if (text.size() > word.size() && text.starts_with(word) && is_space(text[word.size()])) {
      return {trim(text.substr(word.size())), false, true};
    }
  }
  return {text, false, false};
}

DateValue with_era(DateValue date, bool is_bc) {
  if (!is_bc) return date;
  date.start.year = -date.start.year;
  if (date.end) date.end->year = -date.end->year;
  return date;
}

/// A single date with an optional era: "250 BC", "AD 79", "15 March 44 BC".
std::optional<DateValue> parse_era_date(std::string_view text) {
  const Era era = strip_era(text);
  const auto date = parse_single_date(era.rest);
  if (!date) return std::nullopt;
  return with_era(*date, era.has_era && era.is_bc);
}

}  // namespace factdeck::quizgen::date_parse

// Date values of date spans: the sentence forms and the ISO forms (see values.hpp).
#include <array>
#include <cmath>
#include <cstring>
#include <utility>

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

// ---- Eras, periods, approximation ----

/// "250 BC", "AD 79", "79 CE", "c. 500 BCE": the era word removed, and whether it says BC.
struct Era {
  std::string_view rest;
  bool is_bc = false;
  bool has_era = false;
};

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
std::optional<DateValue> parse_era_date(std::string_view text, bool default_bc = false) {
  const Era era = strip_era(text);
  const auto date = parse_single_date(era.rest);
  if (!date) return std::nullopt;
  return with_era(*date, era.has_era ? era.is_bc : default_bc);
}

/// "c. 1200", "about 1850": the qualifier removed; true when there was one.
bool strip_approximation(std::string_view& text) {
  static constexpr std::string_view kWords[] = {"c. ", "c.", "ca. ", "circa ", "about ", "around ",
                                                "approximately ", "roughly ", "in about "};
  for (std::string_view word : kWords) {
    if (text.size() > word.size() && iequals(text.substr(0, word.size()), word)) {
      text = trim(text.substr(word.size()));
      return true;
    }
  }
  return false;
}

constexpr std::string_view kOrdinalWords[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first"};

/// "18th", "1st", "eighteenth": the number of a century; 0 if none.
int century_number(std::string_view word) {
  for (std::size_t k = 0; k < std::size(kOrdinalWords); ++k) {
    if (iequals(word, kOrdinalWords[k])) return static_cast<int>(k) + 1;
  }
  if (word.size() < 3) return 0;
  const std::string_view suffix = word.substr(word.size() - 2);
  if (!iequals(suffix, "st") && !iequals(suffix, "nd") && !iequals(suffix, "rd") && !iequals(suffix, "th")) return 0;
  const auto number = read_int(word.substr(0, word.size() - 2), 2);
  return number ? *number : 0;
}

/// "early", "mid", "late" before a decade or century, with its hyphen or space removed.
PeriodPart strip_part(std::string_view& text) {
  static constexpr std::pair<std::string_view, PeriodPart> kParts[] = {
      {"early ", PeriodPart::Early}, {"early-", PeriodPart::Early}, {"mid-", PeriodPart::Mid},
      {"mid ", PeriodPart::Mid}, {"middle ", PeriodPart::Mid}, {"late ", PeriodPart::Late},
      {"late-", PeriodPart::Late}};
  for (const auto& [word, part] : kParts) {
    if (text.size() > word.size() && iequals(text.substr(0, word.size()), word)) {
      text = text.substr(word.size());
      return part;
    }
  }
  return PeriodPart::Whole;
}

/// The part of [first, last] a PeriodPart names: thirds of the period, rounded so that a decade
/// splits 4-3-3 (1930-33, 1934-36, 1937-39).
std::pair<std::int64_t, std::int64_t> part_of(std::int64_t first, std::int64_t last, PeriodPart part) {
  const std::int64_t length = last - first + 1;
  const std::int64_t third = length / 3;
  const std::int64_t first_cut = first + (length - 2 * third);  // the early part takes the rest
  switch (part) {
    case PeriodPart::Whole: return {first, last};
    case PeriodPart::Early: return {first, first_cut - 1};
    case PeriodPart::Mid: return {first_cut, first_cut + third - 1};
    case PeriodPart::Late: return {first_cut + third, last};
  }
  return {first, last};
}

DateValue make_period(std::int64_t first, std::int64_t last, DatePeriod period, PeriodPart part) {
  const auto [from, to] = part_of(first, last, part);
  DateValue date{DatePrecision::Year, {from, 0, 0}, SimpleDate{to, 0, 0}};
  date.period = period;
  date.part = part;
  return date;
}

/// "the 1790s", "the early 1930s", "the mid-1930s", "the 1800s", "the 18th century",
/// "the late 5th century BC".
std::optional<DateValue> parse_period(std::string_view text) {
  if (text.size() > 4 && iequals(text.substr(0, 4), "the ")) text = trim(text.substr(4));
  const PeriodPart part = strip_part(text);
  const Era era = strip_era(text);
  std::string_view rest = era.rest;
  for (std::string_view word : {" century", "-century"}) {
    if (rest.size() > word.size() && iequals(rest.substr(rest.size() - word.size()), word)) {
      const int number = century_number(rest.substr(0, rest.size() - word.size()));
      if (number <= 0) return std::nullopt;
      const std::int64_t last = std::int64_t{number} * 100;
      if (era.is_bc) {
        DateValue bc = make_period(-last, -(last - 99), DatePeriod::Century, part);
        return bc;
      }
      return make_period(last - 99, last, DatePeriod::Century, part);
    }
  }
  if (era.is_bc || rest.size() != 5 || (rest[4] != 's' && rest[4] != 'S')) return std::nullopt;
  const auto year = read_int(rest.substr(0, 4), 4);
  if (!year || *year % 10 != 0 || *year == 0) return std::nullopt;
  if (*year % 100 == 0) return make_period(*year, *year + 99, DatePeriod::Hundreds, part);
  return make_period(*year, *year + 9, DatePeriod::Decade, part);
}

/// "4.6 billion years ago", "65 million years ago", "10,000 years ago".
std::optional<DateValue> parse_years_ago(std::string_view text) {
  for (std::string_view tail : {" years ago", " yrs ago"}) {
    if (text.size() <= tail.size() || !iequals(text.substr(text.size() - tail.size()), tail)) continue;
    const auto amount = parse_number_text(text.substr(0, text.size() - tail.size()));
    if (!amount || !amount->unit.empty() || amount->high || !(amount->value >= 1)) return std::nullopt;
    DateValue date{DatePrecision::Year, {-static_cast<std::int64_t>(std::llround(amount->value)), 0, 0}, std::nullopt};
    date.period = DatePeriod::YearsAgo;
    date.is_approximate = true;
    return date;
  }
  return std::nullopt;
}

// ---- Ranges ----

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

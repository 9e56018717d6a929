#include "date_text.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <vector>

#include "quizgen/normalize.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/// "1922", "79", "250 BC": a year before Christ is written with its era, never with a minus.
std::string format_year(std::int64_t year) {
  if (year < 0) return std::to_string(-year) + " BC";
  return std::to_string(year);
}

std::string format_simple(const SimpleDate& date, DatePrecision precision) {
  const std::string year = format_year(date.year);
  switch (precision) {
    case DatePrecision::Year: return year;
    case DatePrecision::Month: return std::string(month_name(date.month)) + " " + year;
    case DatePrecision::Day:
      return std::to_string(date.day) + " " + std::string(month_name(date.month)) + " " + year;
  }
  return year;
}

/// Month number for an English name or abbreviation ("aug", "sept", "august"); 0 if none.
int month_from_word(std::string_view word) {
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    const std::string full = normalize_text(kMonths[i]);
    if (word == full || (word.size() <= full.size() && full.starts_with(word) &&
                         (word.size() == 3 || word == "sept"))) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

struct Token {
  int number = -1;   // value when the word is all digits
  int digits = 0;    // number of digits
  int month = 0;     // month when the word is a month name
};

std::optional<std::vector<Token>> tokenize(std::string_view normalized) {
  std::vector<Token> tokens;
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    const std::string_view word = normalized.substr(start, end - start);
    start = end + 1;
    if (word == "to" || word == "and" || word == "of" || word == "in" || word == "on") continue;
    Token token;
    if (std::from_chars(word.data(), word.data() + word.size(), token.number).ptr ==
        word.data() + word.size()) {
      token.digits = static_cast<int>(word.size());
    } else {
      token.number = -1;
      token.month = month_from_word(word);
      if (token.month == 0) return std::nullopt;
    }
    tokens.push_back(token);
  }
  return tokens;
}

bool is_year(const Token& t) { return t.digits == 4; }
bool is_day(const Token& t) { return t.digits >= 1 && t.digits <= 2 && t.number >= 1 && t.number <= 31; }
bool is_month_number(const Token& t) {
  return t.digits >= 1 && t.digits <= 2 && t.number >= 1 && t.number <= 12;
}

DateValue make_date(DatePrecision precision, int year, int month = 0, int day = 0) {
  return DateValue{precision, SimpleDate{year, month, day}, std::nullopt};
}

/// The single-date shapes: "1939", "1939 08", "1939 08 23", "aug 1939", "23 aug 1939",
/// "aug 23 1939", "23 08 1939".
std::optional<DateValue> match_single(const std::vector<Token>& t) {
  if (t.size() == 1 && is_year(t[0])) return make_date(DatePrecision::Year, t[0].number);
  if (t.size() == 2 && is_year(t[0]) && is_month_number(t[1]) && t[1].digits == 2) {
    return make_date(DatePrecision::Month, t[0].number, t[1].number);
  }
  if (t.size() == 2 && t[0].month && is_year(t[1])) {
    return make_date(DatePrecision::Month, t[1].number, t[0].month);
  }
  if (t.size() != 3) return std::nullopt;
  if (is_year(t[0]) && is_month_number(t[1]) && is_day(t[2])) {
    return make_date(DatePrecision::Day, t[0].number, t[1].number, t[2].number);
  }
  if (!is_year(t[2])) return std::nullopt;
  if (is_day(t[0]) && t[1].month) return make_date(DatePrecision::Day, t[2].number, t[1].month, t[0].number);
  if (t[0].month && is_day(t[1])) return make_date(DatePrecision::Day, t[2].number, t[0].month, t[1].number);
  if (is_day(t[0]) && is_month_number(t[1])) {
    return make_date(DatePrecision::Day, t[2].number, t[1].number, t[0].number);
  }
  return std::nullopt;
}

/// Year ranges: "1935 1938" and "1935 38" (a two-digit end above 12, else it reads as a month).
std::optional<DateValue> match_year_range(const std::vector<Token>& t) {
  if (t.size() != 2 || !is_year(t[0])) return std::nullopt;
  int end_year = -1;
  if (is_year(t[1])) end_year = t[1].number;
  if (t[1].digits == 2 && t[1].number > 12) end_year = t[0].number / 100 * 100 + t[1].number;
  if (end_year <= t[0].number) return std::nullopt;
  DateValue range = make_date(DatePrecision::Year, t[0].number);
  range.end = SimpleDate{end_year, 0, 0};
  return range;
}

}  // namespace

std::string_view month_name(int month) {
  if (month < 1 || month > 12) return "";
  return kMonths[static_cast<std::size_t>(month - 1)];
}

namespace {

std::string_view part_word(PeriodPart part) {
  switch (part) {
    case PeriodPart::Whole: return "";
    case PeriodPart::Early: return "early ";
    case PeriodPart::Mid: return "mid-";
    case PeriodPart::Late: return "late ";
  }
  return "";
}

/// "18th", "21st", "2nd", "11th".
std::string ordinal(std::int64_t number) {
  const std::int64_t tens = number % 100;
  const std::int64_t units = number % 10;
  std::string_view suffix = "th";
  if (tens < 11 || tens > 13) {
    if (units == 1) suffix = "st";
    if (units == 2) suffix = "nd";
    if (units == 3) suffix = "rd";
  }
  return std::to_string(number) + std::string(suffix);
}

/// A period as the article names it: "the 1790s", "the mid-1930s", "the 1800s", "the 18th
/// century", "the late 5th century BC". The value holds the part's years, so the whole period is
/// found again by rounding its first year.
std::string format_period(const DateValue& date) {
  const std::int64_t first = date.start.year;
  const std::string part(part_word(date.part));
  switch (date.period) {
    case DatePeriod::Decade: return "the " + part + std::to_string(first / 10 * 10) + "s";
    case DatePeriod::Hundreds: return "the " + part + std::to_string(first / 100 * 100) + "s";
    case DatePeriod::Century: {
      const std::int64_t years = first < 0 ? -first : first;
      // AD centuries start at year 1 (1701-1800 is the 18th); BC ones run -500..-401 (the 5th).
      return "the " + part + ordinal((years + 99) / 100) + " century" + (first < 0 ? " BC" : "");
    }
    case DatePeriod::YearsAgo: {
      // Written with the digits it has: 4,600,000,000 is "4.6 billion", 65,000,000 "65 million".
      NumberValue ago = plain_number(static_cast<double>(-first));
      while (std::fmod(ago.value, ago.step * 10) == 0 && ago.step * 10 <= ago.value) ago.step *= 10;
      return format_number_value(ago) + " years ago";
    }
    case DatePeriod::None: break;
  }
  return {};
}

}  // namespace

std::string format_date_human(const DateValue& date) {
  if (date.period != DatePeriod::None) return format_period(date);
  std::string out = format_simple(date.start, date.precision);
  // "264–241 BC": a range within one era names the era once, at its end.
  if (date.end && date.start.year < 0 && date.end->year < 0) out.resize(out.size() - 3);
  // "27 BC–AD 14": a range across the eras names both.
  const bool crosses_era = date.end && date.start.year < 0 && date.end->year > 0;
  if (date.end) out += std::string("\u2013") + (crosses_era ? "AD " : "") + format_simple(*date.end, date.precision);
  if (date.is_approximate) out = "c. " + out;
  return out;
}

DateValue reduce_date(const DateValue& date, DatePrecision precision) {
  if (precision >= date.precision) return date;
  auto reduce = [precision](SimpleDate d) {
    if (precision <= DatePrecision::Month) d.day = 0;
    if (precision == DatePrecision::Year) d.month = 0;
    return d;
  };
  DateValue out{precision, reduce(date.start), std::nullopt};
  if (date.end) out.end = reduce(*date.end);
  return out;
}

std::optional<DateValue> parse_typed_date(std::string_view text) {
  const std::string normalized = normalize_text(text);
  const auto tokens = tokenize(normalized);
  if (!tokens || tokens->empty()) return std::nullopt;
  if (auto single = match_single(*tokens)) return single;
  return match_year_range(*tokens);
}

long date_ordinal(const SimpleDate& date, DatePrecision precision) {
  const long months = static_cast<long>(date.year) * 12 + (date.month > 0 ? date.month - 1 : 0);
  if (precision != DatePrecision::Day) return precision == DatePrecision::Year ? date.year : months;
  return months * 31 + (date.day > 0 ? date.day - 1 : 0);
}

}  // namespace factdeck::quizgen

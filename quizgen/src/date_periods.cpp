// Dates named by a period or an approximation: "c. 1200", "the 1790s", "the early 1930s",
// "the 18th century", "4.6 billion years ago". See date_periods.hpp.
#include "date_periods.hpp"

#include <cmath>
#include <utility>

#include "date_parts.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen::date_parse {

namespace {

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

}  // namespace

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

}  // namespace factdeck::quizgen::date_parse

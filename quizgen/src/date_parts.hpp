#pragma once
// The pieces of a written date, shared by the date readers (dates.cpp, date_periods.cpp,
// date_ranges.cpp): month names, day and year numbers, calendar checks, one date in words and
// its era. Private to quizgen.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "quizgen/values.hpp"

namespace factdeck::quizgen::date_parse {

/// The month 1..12 a month name or its abbreviation names ("April", "apr", "Apr.", "Sept");
/// empty for any other word.
[[nodiscard]] std::optional<int> month_from_name(std::string_view word);

/// The number written with 1..max_digits ASCII digits and nothing else; empty otherwise.
[[nodiscard]] std::optional<int> read_int(std::string_view text, std::size_t max_digits);

/// A date at the precision its parts give (month 0: a year; day 0: a month); empty for year 0 or
/// a month or day the calendar does not have (30 February).
[[nodiscard]] std::optional<DateValue> make_date(std::int64_t year, int month, int day);

/// The words of "April 16, 1922", split at spaces and commas; at most 3 words fit a single date.
struct Words {
  std::array<std::string_view, 3> items{};
  std::size_t count = 0;
};

/// The words of `text`; empty when it has more than 3.
[[nodiscard]] std::optional<Words> split_words(std::string_view text);

/// "1922", "April 1922", "16 April 1922", "April 16, 1922"; empty for anything else.
[[nodiscard]] std::optional<DateValue> parse_single_date(std::string_view text);

/// "250 BC", "AD 79", "79 CE", "c. 500 BCE": the text without its era word, and whether it says BC.
struct Era {
  std::string_view rest;
  bool is_bc = false;
  bool has_era = false;
};

/// The era word of `text` (before or after the date), removed.
[[nodiscard]] Era strip_era(std::string_view text);

/// `date` with its years made BC (negative) when `is_bc`.
[[nodiscard]] DateValue with_era(DateValue date, bool is_bc);

/// A single date with an optional era: "250 BC", "AD 79", "15 March 44 BC".
[[nodiscard]] std::optional<DateValue> parse_era_date(std::string_view text);

}  // namespace factdeck::quizgen::date_parse

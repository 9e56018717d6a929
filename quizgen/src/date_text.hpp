#pragma once
// Dates as people write them: formatting a DateValue for options ("August 1939") and reading a
// typed answer ("Aug 1939", "1939-08", "23 August 1939", "1935–38").
#include <optional>
#include <string>
#include <string_view>

#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// The date reduced to `precision` (a day date asked as a month keeps year and month).
[[nodiscard]] DateValue reduce_date(const DateValue& date, DatePrecision precision);
/// Reads a typed date; empty when the text is not a date this reader understands.
[[nodiscard]] std::optional<DateValue> parse_typed_date(std::string_view text);
/// Months (or days at Day precision) since year 0, for distances between dates.
[[nodiscard]] long date_ordinal(const SimpleDate& date, DatePrecision precision);
/// English name of a month 1..12 ("August").
[[nodiscard]] std::string_view month_name(int month);

}  // namespace factdeck::quizgen

#pragma once
// Reading the values of date and number spans (docs/facts-format.md, "Dates" and "Numbers").
// Pure functions: they return an empty optional when the text is not one of the accepted forms.
#include <optional>
#include <string>
#include <string_view>

#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// A date as written in a sentence: "1922", "April 1922", "16 April 1922", "April 16, 1922",
/// ranges "1935–38", "1939–1941", "16–18 April 1922", "April–June 1922" (en dash, em dash or
/// hyphen). Month names in English, full or abbreviated ("Apr", "Sept.").
[[nodiscard]] std::optional<DateValue> parse_date_text(std::string_view text);

/// An ISO value as written after '=': "1922", "1922-04", "1922-04-16", ranges "1935..1938".
/// Both ends of a range have the same precision and the end is after the start.
[[nodiscard]] std::optional<DateValue> parse_iso_date(std::string_view text);

/// A quantity as written in a sentence: "20 million", "1,200", "3.5", "40%", "300 tanks",
/// "two million". Trailing words (units) are allowed after a space.
[[nodiscard]] std::optional<double> parse_number_text(std::string_view text);

/// A value as written after '=': a number with an optional scale word ("1200", "2.5 million").
[[nodiscard]] std::optional<double> parse_number_value(std::string_view text);

/// What a number span counts or measures: the words after its number and scale word (and after
/// the second number of a range, "150 to 170 Kelvin"), lowercased: "km/h", "light-years", "%",
/// "kelvin"; empty for a bare count ("12", "seven", "3.26"). Two numbers are compared (as options,
/// or swapped into a false statement) only when their units are equal.
[[nodiscard]] std::string number_unit(std::string_view text);

}  // namespace factdeck::quizgen

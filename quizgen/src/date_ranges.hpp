#pragma once
// Date ranges as sentences write them: "1935–38", "1837 to 1901", "between 1880 and 1890",
// "16–18 April 1922", "21 October – 28 November 1520", "264–241 BC". Private to quizgen.
#include <optional>
#include <string_view>

#include "quizgen/values.hpp"

namespace factdeck::quizgen::date_parse {

/// The range from `start` to `end`: empty when either is missing, their precisions differ or
/// the end is not after the start.
[[nodiscard]] std::optional<DateValue> make_range(std::optional<DateValue> start, std::optional<DateValue> end);

/// A single date with its era ("250 BC"), or a range written with a dash, "to", "from ... to" or
/// "between ... and"; empty for any other text.
[[nodiscard]] std::optional<DateValue> parse_plain_or_range(std::string_view text);

}  // namespace factdeck::quizgen::date_parse

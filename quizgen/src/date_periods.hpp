#pragma once
// Dates named by a period or an approximation: "c. 1200", "the 1790s", "the early 1930s", "the
// 18th century", "4.6 billion years ago". A period's value is its range of years, with the
// period recorded so it is written back as the text wrote it. Private to quizgen.
#include <optional>
#include <string_view>

#include "quizgen/values.hpp"

namespace factdeck::quizgen::date_parse {

/// Removes a leading "c.", "ca.", "circa", "about", "around", "approximately", "roughly" or
/// "in about" from `text`; true when there was one.
[[nodiscard]] bool strip_approximation(std::string_view& text);

/// "the 1790s", "the early 1930s", "the mid-1930s", "the 1800s", "the 18th century", "the late
/// 5th century BC": a range of years with its period and part; empty for any other text.
[[nodiscard]] std::optional<DateValue> parse_period(std::string_view text);

/// "4.6 billion years ago", "65 million years ago", "10,000 years ago": an approximate single
/// (negative) year; empty for any other text.
[[nodiscard]] std::optional<DateValue> parse_years_ago(std::string_view text);

}  // namespace factdeck::quizgen::date_parse

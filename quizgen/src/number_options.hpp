#pragma once
// Wrong options for a number (docs/question-generation.md, "Numbers"): which stated numbers
// measure the same thing as the answer, where they sort, whether one is provably wrong, and how
// it is shown in the answer's unit. distractors.cpp walks the sorted pool with these.
#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

#include "quizgen/values.hpp"

namespace factdeck::quizgen {

/// `number` with the unit its text names when the value was given after '=' without one
/// ("[−180 °C]{number = -180}" is −180 °C, "[300 tanks]{number = 300}" counts tanks); else
/// `number` itself. `written` is the span's text.
[[nodiscard]] NumberValue with_written_unit(const NumberValue& number, std::string_view written);

/// Where a number sorts among the deck's numbers: numbers that can be compared share a kind
/// (quantity_key) and sort by their amount in the dimension's base unit, so "8.8 km" sits
/// beside "8,848 m" and far from "8.8 kg".
struct NumberKey {
  std::uint64_t kind = 0;
  double magnitude = 0;
  friend auto operator<=>(const NumberKey&, const NumberKey&) = default;
};

/// The sort key of a number (see NumberKey).
[[nodiscard]] NumberKey number_key(const NumberValue& number);

/// True when two magnitudes of one kind have the same sign and lie within a factor of
/// `max_ratio` (4 for "53 AU": 16 or 105 AU are fair, 510 absurd). Along a sorted pool it is
/// false from the first magnitude that fails, walking away from the answer, so a walk may stop.
[[nodiscard]] bool is_same_magnitude(double answer, double other, double max_ratio);

/// True when the two numbers (in the answer's unit) may state the same amount: one lies within
/// the precision the other states, or they differ by no more than the answer's tolerance.
[[nodiscard]] bool states_about_the_same(const NumberValue& answer, const NumberValue& a, const NumberValue& b);

/// `other` as a wrong option for `answer`, in the answer's unit: as stated when it is stated in
/// that unit, else converted ("8.8 km" for "8,848 m" is 8,800 m) and rounded to no finer a step
/// than the answer states, so the options look alike. Empty when it measures something else or
/// is not provably wrong: a range only for a range, outside the precision either states (30.1
/// AU is "about 30 AU"; "8.8 km" is "8,848 m"), and for an approximate answer ("about 22 km")
/// more than 10% away.
[[nodiscard]] std::optional<NumberValue> fair_option(const NumberValue& answer, const NumberValue& other,
                                                     bool is_approximate);

}  // namespace factdeck::quizgen

#include "number_options.hpp"

#include <algorithm>
#include <cmath>

#include "base/item_id.hpp"

namespace factdeck::quizgen {

namespace {

/// The largest power of ten not above `step` (1,496,000 -> 1,000,000): a converted step such
/// as 0.01 AU in km is no place value, and an option must not claim digits it was not given.
double power_of_ten_below(double step) {
  if (step <= 0) return step;
  return std::pow(10.0, std::floor(std::log10(step) + 1e-9));
}

double rounded_to(double amount, double step) { return step > 0 ? std::round(amount / step) * step : amount; }

/// True when `other` (in the answer's unit) cannot be the answer.
bool is_wrong_answer(const NumberValue& answer, const NumberValue& other, bool is_approximate) {
  // A range only for a range: "2.2 to 3.2 AU" is no option for "about 1.52 AU", and swapped into
  // "swings between −180 and 430 °C" a single value does not read.
  if (answer.high.has_value() != other.high.has_value()) return false;
  const double a = answer.value;
  const double b = other.value;
  if (is_approximate && std::fabs(a - b) <= 0.1 * std::max(std::fabs(a), std::fabs(b))) return false;
  return !is_within_precision(answer, b) && !is_within_precision(other, a);
}

}  // namespace

NumberValue with_written_unit(const NumberValue& number, std::string_view written) {
  if (!number.unit.empty()) return number;
  // Only values given after '=' reach here with a unit in their text; reading that text again
  // costs one parse per stated number, when the index is built.
  const std::optional<NumberValue> read = parse_number_text(written);
  if (!read || read->unit.empty()) return number;
  NumberValue out = number;
  out.unit = read->unit;
  out.dimension = read->dimension;
  return out;
}

NumberKey number_key(const NumberValue& number) {
  return NumberKey{fnv1a64(quantity_key(number)), to_base_unit(number, number.value).value_or(number.value)};
}

bool is_same_magnitude(double answer, double other, double max_ratio) {
  if ((answer < 0) != (other < 0)) return false;
  const double a = std::fabs(answer);
  const double b = std::fabs(other);
  return b * max_ratio >= a && a * max_ratio >= b;
}

bool states_about_the_same(const NumberValue& answer, const NumberValue& a, const NumberValue& b) {
  return is_within_precision(a, b.value) || is_within_precision(b, a.value) ||
         std::fabs(a.value - b.value) <= number_tolerance(answer);
}

std::optional<NumberValue> fair_option(const NumberValue& answer, const NumberValue& other, bool is_approximate) {
  if (!are_comparable(answer, other)) return std::nullopt;
  const std::optional<NumberValue> converted = number_in_unit(other, answer.unit);
  if (!converted || !is_wrong_answer(answer, *converted, is_approximate)) return std::nullopt;
  if (converted->unit == other.unit) return converted;
  NumberValue shown = *converted;
  shown.step = std::max(answer.step, power_of_ten_below(converted->step));
  shown.value = rounded_to(converted->value, shown.step);
  if (shown.high) shown.high = rounded_to(*shown.high, shown.step);
  // Rounding moves the value: it must still be wrong as shown.
  if (!is_wrong_answer(answer, shown, is_approximate)) return std::nullopt;
  return shown;
}

}  // namespace factdeck::quizgen

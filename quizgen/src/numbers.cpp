// Reading number spans (docs/facts-format.md, "Numbers"): an optional qualifier ("about", "more
// than"), one quantity or a range of two ("30 to 50 AU", "between 2.2 and 3.2 AU", "75–79
// years"), each a signed amount with thousands commas, decimals, scientific notation
// ("1.5 × 10^8", "1.5e8"), a scale word ("4.6 billion") and a unit; an equivalent in parentheses
// ("49 K (−224 °C)"); compound durations ("8 minutes 20 seconds"). Anything else is an error
// that says what to write: a number is never read as a different value than the text states.
#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "number_scanner.hpp"
#include "quizgen/values.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

using detail::NumberScanner;
using detail::Quantity;

constexpr std::string_view kWhatToWrite =
    "write a number with an optional unit and qualifier, as in '6,400 km', 'about 1.5 × 10^8 km', "
    "'−180 °C' or '30 to 50 AU', or give the value after '=' as in {number = 6400}";

Unexpected problem(std::string message) { return fail(ErrorCode::Parse, std::move(message)); }

/// Joins the two ends of a range into one value: a scale or unit written only once applies to
/// both ("2 to 3 million", "150 to 170 Kelvin"); the ends must rise.
Result<NumberValue> join_range(std::string_view text, Quantity low, Quantity high) {
  if (!low.has_scale && high.has_scale) {
    low.amount *= high.scale;
    low.step *= high.scale;
  }
  if (low.unit.empty()) low.unit_info = high.unit_info, low.unit = high.unit;
  if (high.unit.empty()) high.unit_info = low.unit_info, high.unit = low.unit;
  if (low.unit != high.unit) {
    return problem("cannot read '" + std::string(text) + "': the two ends of the range have different units ('" +
                   low.unit + "' and '" + high.unit + "'); write both in one unit");
  }
  if (!(low.amount < high.amount)) {
    return problem("cannot read '" + std::string(text) + "': a range goes from the smaller number to the larger "
                   "(write '" + detail::format_plain(high.amount) + " to " + detail::format_plain(low.amount) + "')");
  }
  NumberValue value = detail::to_number_value(low);
  value.high = high.amount;
  value.step = std::min(low.step, high.step);
  return value;
}

/// "49 K (−224 °C)": the value in parentheses must be the same quantity in another unit.
std::optional<std::string> check_equivalent(const Quantity& main, const Quantity& other) {
  const NumberValue a = detail::to_number_value(main);
  const NumberValue b = detail::to_number_value(other);
  const auto a_base = to_base_unit(a, a.value);
  const auto b_base = to_base_unit(b, b.value);
  if (!a_base || !b_base || a.dimension != b.dimension) {
    return "the value in parentheses must be the same quantity in another unit, as in '49 K (−224 °C)'";
  }
  const double a_tolerance = std::fabs(*to_base_unit(a, a.value + a.step) - *a_base) / 2;
  const double b_tolerance = std::fabs(*to_base_unit(b, b.value + b.step) - *b_base) / 2;
  if (std::fabs(*a_base - *b_base) > a_tolerance + b_tolerance + 1e-9 * std::fabs(*a_base)) {
    return "the value in parentheses is not the same quantity (" + format_number_value(a) + " is not " +
           format_number_value(b) + ")";
  }
  return std::nullopt;
}

}  // namespace

Result<NumberValue> read_number_text(std::string_view text) {
  text = trim(text);
  NumberScanner scan(text);
  const Approximation approximation = scan.read_qualifier();
  const bool says_between = scan.read_word("between");
  if (!says_between) (void)scan.read_word("from");
  Result<Quantity> low = scan.read_quantity();
  if (!low) return problem("cannot read a number from '" + std::string(text) + "': " + low.error().message + "; " +
                           std::string(kWhatToWrite));
  Result<NumberValue> value = detail::to_number_value(*low);
  if (const auto joint = scan.read_range_joint(says_between)) {
    if (!joint->empty()) return problem("cannot read '" + std::string(text) + "': " + *joint);
    Result<Quantity> high = scan.read_quantity();
    if (!high) return problem("cannot read the end of the range in '" + std::string(text) + "': " + high.error().message);
    value = join_range(text, *low, *high);
    if (!value) return value;
  } else if (says_between) {
    return problem("cannot read '" + std::string(text) + "': 'between' needs two numbers, as in 'between 2.2 and 3.2 AU'");
  }
  if (scan.read_literal("(")) {
    Result<Quantity> other = scan.read_quantity();
    if (!other || !scan.read_literal(")")) {
      return problem("cannot read '" + std::string(text) + "': write an equivalent in parentheses as '49 K (−224 °C)'");
    }
    if (auto wrong = check_equivalent(*low, *other)) return problem("cannot read '" + std::string(text) + "': " + *wrong);
  }
  if (!scan.at_end()) {
    return problem("cannot read '" + std::string(text) + "': '" + std::string(scan.rest()) +
                   "' after the number is neither a unit nor a range; " + std::string(kWhatToWrite));
  }
  value->approximation = approximation;
  return value;
}

Result<NumberValue> read_number_value(std::string_view text) {
  Result<NumberValue> value = read_number_text(text);
  if (value) return value;
  // The message names the value after '=' so the writer looks there, not at the sentence.
  return problem("cannot read the number value '" + std::string(trim(text)) + "' (write 6400, -180, 1.5e8 km, "
                 "20 million or 30 to 50 AU)");
}

std::optional<NumberValue> parse_number_text(std::string_view text) {
  Result<NumberValue> value = read_number_text(text);
  if (!value) return std::nullopt;
  return *value;
}

std::string_view without_approximation_word(std::string_view text) {
  NumberScanner scanner(text);
  if (scanner.read_qualifier() != Approximation::About || scanner.at_end()) return text;
  return trim(scanner.rest());
}

std::optional<NumberValue> parse_number_value(std::string_view text) {
  return parse_number_text(text);
}

std::string number_unit(std::string_view text) {
  const std::optional<NumberValue> value = parse_number_text(text);
  if (!value) return {};
  // A known unit is its canonical symbol already; a counted noun compares in any case.
  if (find_unit(value->unit)) return value->unit;
  std::string unit = value->unit;
  for (char& c : unit) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return unit;
}

}  // namespace factdeck::quizgen

// Typed dates and numbers (answer_check.hpp): dates at the asked precision and never with a
// tolerance; numbers within the precision the text states, in any unit of the same dimension.
#include <cmath>

#include "answer_check_detail.hpp"
#include "date_text.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen::detail {

namespace {

// ---- Dates ----

std::string_view precision_word(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Year: return "year";
    case DatePrecision::Month: return "month";
    case DatePrecision::Day: return "day";
  }
  return "year";
}

/// "08/1939", "8/1939": a month and a four-digit year cannot be misread, so they are accepted.
/// A day written with slashes ("01/08/1939") is not: it reads differently in the US and Europe.
std::optional<DateValue> read_month_slash_year(std::string_view typed) {
  const std::size_t slash = typed.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash > 2 || typed.size() != slash + 5) return std::nullopt;
  int month = 0;
  int year = 0;
  for (std::size_t k = 0; k < typed.size(); ++k) {
    if (k == slash) continue;
    if (typed[k] < '0' || typed[k] > '9') return std::nullopt;
    int& part = k < slash ? month : year;
    part = part * 10 + (typed[k] - '0');
  }
  if (month < 1 || month > 12) return std::nullopt;
  return DateValue{DatePrecision::Month, {year, month, 0}, std::nullopt};
}

/// The typed date: the short forms students type first ("Aug 1939", "1939-08", "08/1939"), then
/// every form of an article ("250 BC", "the 1790s", "c. 1200").
std::optional<DateValue> read_typed_date(std::string_view typed) {
  if (auto slashed = read_month_slash_year(typed)) return slashed;
  if (auto parsed = parse_typed_date(typed)) return parsed;
  if (auto written = read_date_text(typed)) return *written;
  return std::nullopt;
}

/// The same dates at the asked precision; how they were written does not count: "1200" answers
/// "c. 1200", "1790–1799" answers "the 1790s".
bool is_same_dates(const DateValue& typed, const DateValue& asked) {
  const DateValue a = reduce_date(typed, asked.precision);
  const DateValue b = reduce_date(asked, asked.precision);
  return a.precision == b.precision && a.start == b.start && a.end == b.end;
}

}  // namespace

AnswerVerdict check_date(std::string_view typed, const std::string& normalized, const Item& item) {
  if (auto stated = match_stated_form(normalized, item)) return *stated;
  const DateValue& asked = *item.date;
  const std::string expected = format_date_human(asked);
  const auto parsed = read_typed_date(typed);
  if (!parsed) return reject("'" + std::string(typed) + "' is not a date; expected " + expected);
  if (parsed->end.has_value() != asked.end.has_value()) {
    return reject(std::string(asked.end ? "a range of dates is asked" : "a single date is asked") +
                  "; expected " + expected);
  }
  if (parsed->precision < asked.precision) {
    return reject("the " + std::string(precision_word(asked.precision)) + " is asked too; expected " + expected);
  }
  if (!is_same_dates(*parsed, asked)) {
    return reject("expected " + expected + " (dates must be exact)");
  }
  if (parsed->precision > asked.precision) {
    return accept(expected + " (the " + std::string(precision_word(parsed->precision)) + " is not asked)");
  }
  return accept(expected);
}

// ---- Numbers ----

namespace {

/// `amount` of `typed` in the asked number's unit; a typed number without a unit is taken in it.
std::optional<double> in_asked_unit(const NumberValue& typed, double amount, const NumberValue& asked) {
  if (typed.unit.empty()) return amount;
  NumberValue one = typed;
  one.value = amount;
  one.high.reset();
  return value_in_unit(one, asked.unit);
}

/// The asked number with one end of its range, for comparing each end.
NumberValue end_of(const NumberValue& asked, double value) {
  NumberValue end = asked;
  end.value = value;
  end.high.reset();
  return end;
}

std::string tolerance_text(const NumberValue& asked, NumberStyle style) {
  NumberValue tolerance = plain_number(number_tolerance(asked));
  tolerance.step = asked.step / 2;
  tolerance.unit = asked.unit;
  return "\u00b1" + format_number_value(tolerance, false, style);
}

/// Another fact's number that a typed amount states at least as closely as the asked one.
struct OtherValue {
  NumberValue number;
  bool is_exact = false;  // the typed amount is exactly that number
};

/// The other fact's number that `value` (in the asked unit) states exactly, or that it lies
/// nearer to than to the asked value ("6,385 km" for about 6,400 km when the deck also says
/// 6,380 km); empty when there is none. Ranges and other dimensions are left out.
std::optional<OtherValue> nearer_other_value(const KnownAnswers& known, const NumberValue& asked, double value) {
  const double epsilon = 1e-9 * std::max(1.0, std::fabs(value));
  const double own_distance = std::fabs(asked.value - value);
  std::optional<OtherValue> nearest;
  double nearest_distance = own_distance;
  for (const NumberValue& other : known.numbers) {
    if (!are_comparable(other, asked) || other.high) continue;
    const std::optional<NumberValue> converted = number_in_unit(other, asked.unit);
    if (!converted) continue;
    const double distance = std::fabs(converted->value - value);
    const bool is_exact = distance <= epsilon && own_distance > epsilon;
    if (is_exact) return OtherValue{other, true};
    if (distance + epsilon < nearest_distance) {
      nearest = OtherValue{other, false};
      nearest_distance = distance;
    }
  }
  return nearest;
}

}  // namespace

AnswerVerdict check_number(std::string_view typed, const std::string& normalized, const Item& item,
                           const KnownAnswers& known) {
  const std::string expected = expected_text(item);
  const NumberValue& asked = *item.number;
  // The value first: normalization drops signs and decimal points, so "180 °C" would match the
  // text "−180 °C" as a stated form. Stated forms are for answers that are no number ("a dozen").
  const std::optional<NumberValue> parsed = parse_number_text(typed);
  if (!parsed) {
    if (auto stated = match_stated_form(normalized, item)) return *stated;
    return reject("'" + std::string(typed) + "' is not a number; expected " + expected);
  }
  const std::optional<double> low = in_asked_unit(*parsed, parsed->value, asked);
  if (!low) {
    return reject("'" + parsed->unit + "' does not measure the same thing as '" + asked.unit + "'; expected " + expected);
  }
  if (parsed->high.has_value() != asked.high.has_value()) {
    return reject(std::string(asked.high ? "a range is asked" : "a single number is asked") + "; expected " + expected);
  }
  bool is_within = is_within_precision(end_of(asked, asked.value), *low);
  bool is_exact = std::fabs(*low - asked.value) <= 1e-9 * std::max(1.0, std::fabs(asked.value));
  if (asked.high) {
    const std::optional<double> high = in_asked_unit(*parsed, *parsed->high, asked);
    is_within = is_within && high && is_within_precision(end_of(asked, *asked.high), *high);
    is_exact = is_exact && high && std::fabs(*high - *asked.high) <= 1e-9 * std::max(1.0, std::fabs(*asked.high));
  }
  if (!is_within) {
    if (number_tolerance(asked) == 0) return reject("expected " + expected + " (numbers must be exact)");
    return reject("expected " + expected + " (" + tolerance_text(asked, known.number_style) + ", the precision the text states)");
  }
  if (is_exact) return accept(expected);
  if (const std::optional<OtherValue> other = asked.high ? std::nullopt : nearer_other_value(known, asked, *low)) {
    if (other->is_exact) {
      return reject("'" + std::string(typed) + "' is the value of another fact in this deck; expected " + expected);
    }
    return reject("'" + std::string(typed) + "' is nearer " + format_number_value(other->number, false, known.number_style) +
                  ", the value of another fact in this deck, than the answer; expected " + expected);
  }
  return accept(expected + " (within " + tolerance_text(asked, known.number_style) + ", the precision the text states)");
}

}  // namespace factdeck::quizgen::detail

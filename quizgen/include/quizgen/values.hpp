#pragma once
// The values of date and number spans (docs/facts-format.md, "Dates" and "Numbers"): what a value
// is, how precise the text states it, its unit and dimension, and the pure functions that read
// and compare values. The generator reads these to choose wrong options (same unit and magnitude,
// never within the stated precision); the answer checker reads them for its tolerance.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace factdeck::quizgen {

// ---- Dates ----

enum class DatePrecision { Year, Month, Day };

/// A calendar date at a stated precision; unknown parts are 0. Years before Christ are negative
/// and there is no year 0: 250 BC is -250, AD 1 is 1. "4.6 billion years ago" is the year
/// -4,600,000,000 (deep time has no calendar; only the magnitude matters there).
struct SimpleDate {
  std::int64_t year = 0;
  int month = 0;  // 1..12, 0 when precision is Year
  int day = 0;    // 1..31, 0 unless precision is Day
  friend bool operator==(const SimpleDate&, const SimpleDate&) = default;
  friend auto operator<=>(const SimpleDate&, const SimpleDate&) = default;
};

/// How the text named a date, when it named a period rather than a plain date or range: the
/// value is then the period's range ("the 1790s" = 1790..1799), and this says how to write it
/// back ("the 1790s", not "1790–1799").
enum class DatePeriod : std::uint8_t {
  None,      // a plain date or range: "1922", "April 1922", "1935–38"
  Decade,    // "the 1790s" = 1790..1799
  Hundreds,  // "the 1800s" = 1800..1899
  Century,   // "the 18th century" = 1701..1800; "the 5th century BC" = -500..-401
  YearsAgo,  // "4.6 billion years ago": a single year, always approximate
};

/// Which part of a decade or century: "the early 1930s" = 1930..1933, "the mid-1930s" =
/// 1934..1936, "the late 1930s" = 1937..1939 (centuries by thirds likewise).
enum class PeriodPart : std::uint8_t { Whole, Early, Mid, Late };

struct DateValue {
  DatePrecision precision = DatePrecision::Year;
  SimpleDate start;
  std::optional<SimpleDate> end;  // set for ranges such as 1935–38 or 1939-08..1939-09
  bool is_approximate = false;    // "c. 1200", "about 1850", "4.6 billion years ago"
  DatePeriod period = DatePeriod::None;
  PeriodPart part = PeriodPart::Whole;
  friend bool operator==(const DateValue&, const DateValue&) = default;
};

/// ISO-like text: "1939", "1939-08", "1939-08-23", ranges "1935..1938"; BC years negative
/// ("-250"). Approximation and period are not part of it (it names the value, not its wording).
[[nodiscard]] std::string format_date_value(const DateValue& date);

/// The date as a student reads it: "1939", "August 1939", "23 August 1939", "250 BC", "c. 1200";
/// ranges joined with an en dash ("1935–1938", "264–241 BC", "27 BC–AD 14"); periods as the
/// article names them ("the 1790s", "the mid-1930s", "the 18th century", "4.6 billion years ago").
[[nodiscard]] std::string format_date_human(const DateValue& date);

// ---- Numbers ----

/// What a number measures. Values of one dimension can be converted into each other's unit
/// (km and m; °C and K); Count values only compare when their unit nouns match ("tanks").
enum class Dimension : std::uint8_t {
  Count,        // a bare number or a count of things: "20 million", "300 tanks"
  Percent,      // "40%", "40 per cent"
  Ratio,        // "333,000 times" (as massive as ...)
  Length,       // base: metre
  Area,         // base: square metre
  Volume,       // base: cubic metre
  Mass,         // base: kilogram
  Time,         // base: second (durations: "12 years", "10 hours")
  Temperature,  // base: kelvin
  Angle,        // base: degree
  Speed,        // base: metre per second
  Density,      // base: kilogram per cubic metre
  Pressure,     // base: pascal
};

/// How the text qualifies a number: "about 6,400 km", "more than 4,000 km", "nearly 100".
enum class Approximation : std::uint8_t {
  Exact,     // no qualifier
  About,     // about, approximately, around, roughly, some, c., circa, nearly, almost, ~
  MoreThan,  // more than, over, above, at least
  LessThan,  // less than, under, below, fewer than, up to, at most
};

/// A number as the text states it. `value` and `high` are in `unit` (the unit as written:
/// "6,400 km" is 6400 with unit "km"), so an option can be shown in the article's own unit.
struct NumberValue {
  double value = 0;            // the number, or the low end of a range ("30 to 50 AU": 30)
  std::optional<double> high;  // the high end of a range or pair ("30 to 50 AU": 50)
  /// The canonical unit symbol ("km", "km²", "°C", "K", "°", "%", "AU", "years", "times"), or
  /// the counted noun as written ("tanks"), or empty for a bare number.
  std::string unit;
  Dimension dimension = Dimension::Count;
  /// The stated precision: the place value of the last significant digit, scale included.
  /// "3.26" -> 0.01, "6,400" -> 100, "1,370" -> 10, "1.39 million" -> 10,000, "98°" -> 1.
  double step = 1;
  Approximation approximation = Approximation::Exact;
  friend bool operator==(const NumberValue&, const NumberValue&) = default;
};

/// A bare exact number (no unit, step 1): how version 1 decks stored every number.
[[nodiscard]] inline NumberValue plain_number(double value) {
  NumberValue number;
  number.value = value;
  return number;
}

/// A unit the reader knows: its canonical symbol, dimension and conversion into the
/// dimension's base unit (base = value * factor + offset; the offset is for °C and °F).
struct UnitInfo {
  std::string_view symbol;
  Dimension dimension = Dimension::Count;
  double factor = 1;
  double offset = 0;
};

/// The unit named by `text` exactly ("km", "kilometres", "°C", "degrees Celsius", "%"), or empty.
[[nodiscard]] std::optional<UnitInfo> find_unit(std::string_view text);

/// `amount` (in `number`'s unit) in its dimension's base unit (metres, kelvin, seconds...);
/// empty for Count, Percent and Ratio, which have no base unit, or for an unknown unit.
[[nodiscard]] std::optional<double> to_base_unit(const NumberValue& number, double amount);

/// `number.value` converted into `unit` ("6,400 km" in "m" -> 6,400,000); empty when `unit` is
/// not of the same dimension, or for Count values unless the unit nouns are equal.
[[nodiscard]] std::optional<double> value_in_unit(const NumberValue& number, std::string_view unit);

/// `number` written in `unit` of the same dimension: value, range end and step converted
/// ("8.8 km" in "m" is 8,800 with step 100), qualifier kept; empty when `unit` is unknown or of
/// another dimension. Count, Percent and Ratio values convert only into their own unit noun.
[[nodiscard]] std::optional<NumberValue> number_in_unit(const NumberValue& number, std::string_view unit);

/// True when the two numbers measure the same thing and can be compared: the same dimension,
/// and for Count, Percent and Ratio the same unit (a bare number only with a bare number).
[[nodiscard]] bool are_comparable(const NumberValue& a, const NumberValue& b);

/// What the number measures, as a key equal for two numbers exactly when are_comparable holds:
/// the dimension for physical units ("8,848 m" and "8.8 km" both "[length]"), else the unit noun
/// lowercased and in the singular ("300 Tanks" -> "tank"), "%" or "times", or "" for a bare count.
[[nodiscard]] std::string quantity_key(const NumberValue& number);

/// True when the text states the number as a measurement (it has a physical unit or a
/// percentage) or qualifies it ("about"); then its last digit is rounded, not exact.
[[nodiscard]] bool is_measured(const NumberValue& number);

/// How far a typed answer may lie from the value and still be accepted, in the value's unit:
/// half the stated step for measured or approximate numbers, 0 for exact counts.
[[nodiscard]] double number_tolerance(const NumberValue& number);

/// True when `amount` (in `number`'s unit) rounds to `number` at its stated precision: within
/// number_tolerance of the value, or inside the range [value, high] (widened by the tolerance).
[[nodiscard]] bool is_within_precision(const NumberValue& number, double amount);

/// How an article writes its numbers, so that a number the generator writes (an option
/// converted into the answer's unit, a tolerance) looks like the article's own.
struct NumberStyle {
  bool groups_four_digits = true;  // "1,500" (the default); false: "1500", and "15,000" still grouped
  friend bool operator==(const NumberStyle&, const NumberStyle&) = default;
};

/// The style of an article whose number spans read `texts` (as written): four-digit amounts
/// ungrouped only when the texts write more of them so ("1500 m") than grouped ("1,500 m").
[[nodiscard]] NumberStyle number_style_of(std::span<const std::string_view> texts);

/// The number in words a student reads: "6,400 km", "30–50 AU", "−180 °C", "4.6 billion years";
/// with `with_qualifier`, the approximation word first ("about 6,400 km"). Four-digit amounts
/// are grouped as `style` says ("1,500 m" or "1500 m").
[[nodiscard]] std::string format_number_value(const NumberValue& number, bool with_qualifier = false,
                                              NumberStyle style = {});

// ---- Reading values ----

/// A date span's text: "1922", "April 1922", "16 April 1922", "April 16, 1922"; eras "250 BC",
/// "250 BCE", "AD 79", "79 CE", "15 March 44 BC"; ranges with a dash or "to" ("1935–38",
/// "1939–1941", "16–18 April 1922", "April–June 1922", "21 October – 28 November 1520",
/// "1837 to 1901", "from 1837 to 1901", "between 1837 and 1901", "264–241 BC", "27 BC – AD 14");
/// periods "the 1790s", "the early 1930s", "the mid-1930s", "the 1800s", "the 18th century",
/// "the late 5th century BC"; approximate dates "c. 1200", "circa 1200", "about 1850"; deep
/// time "4.6 billion years ago". Month names in English, full or abbreviated ("Apr", "Sept.").
/// Fails with a message listing what to write.
[[nodiscard]] Result<DateValue> read_date_text(std::string_view text);
/// read_date_text without the message.
[[nodiscard]] std::optional<DateValue> parse_date_text(std::string_view text);

/// The value after '=' in a date span: ISO "1922", "1922-04", "1922-04-16", "-250" (250 BC),
/// ranges "1935..1938", "-264..-241"; or any form read_date_text reads.
[[nodiscard]] Result<DateValue> read_date_value(std::string_view text);

/// ISO alone: "1922", "1922-04", "1922-04-16", "-250", ranges "1935..1938". Both ends of a
/// range have the same precision and the end is after the start.
[[nodiscard]] std::optional<DateValue> parse_iso_date(std::string_view text);

/// A number span's text: an optional qualifier ("about", "c.", "more than", "nearly"), then one
/// quantity or a range ("30 to 50 AU", "between 2.2 and 3.2 AU", "75–79 years", "2 to 3
/// million"). A quantity is a signed amount ("−180", "-3"; thousands commas, decimals), written
/// in scientific notation if need be ("1.5 × 10^8", "1.5·10⁸", "1.5e8"), a scale word ("4.6
/// billion") and a unit ("km", "°C", "98°", "40%", "300 tanks"); a duration may have two units
/// ("8 minutes 20 seconds"); an equivalent may follow in parentheses ("49 K (−224 °C)"). Fails
/// with a message saying what cannot be read and what to write.
[[nodiscard]] Result<NumberValue> read_number_text(std::string_view text);
/// The value after '=' in a number span ("6400", "-180", "1.5e8 km"): the same forms.
[[nodiscard]] Result<NumberValue> read_number_value(std::string_view text);
/// read_number_text without the message, for typed answers.
[[nodiscard]] std::optional<NumberValue> parse_number_text(std::string_view text);
/// read_number_value without the message.
[[nodiscard]] std::optional<NumberValue> parse_number_value(std::string_view text);

/// `text` without a leading word that only says the value is approximate ("about", "c.",
/// "circa", "some", "nearly", "roughly", "~"): "203 million" for "about 203 million", "1200" for
/// "c. 1200". What a student types, so hints and the answer shown describe the value; "more
/// than" and "under" stay, as they change what is stated. `text` itself when there is none.
[[nodiscard]] std::string_view without_approximation_word(std::string_view text);

/// What a number span counts or measures: read_number_text's unit ("150 to 170 Kelvin" -> "K",
/// "16 AU" -> "AU", "300 Tanks" -> "tanks": a counted noun lowercased); empty for a bare count ("12", "seven", "3.26") or
/// text that is not a number. Prefer Span::number->unit and are_comparable, which also know
/// dimensions ("km" and "m" compare).
[[nodiscard]] std::string number_unit(std::string_view text);

}  // namespace factdeck::quizgen

// Units of number values: the table of units the reader knows, conversions within a dimension,
// precision and tolerance, and writing a number back as a student reads it (values.hpp).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "number_scanner.hpp"
#include "quizgen/values.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

namespace {

/// One way of writing a unit. `is_exact_case` for short symbols, where case is meaning: "K" is
/// kelvin, "k" is nothing; "m" is metre, "M" is not. Longer names match in any case.
struct UnitName {
  std::string_view name;
  std::string_view symbol;
  bool is_exact_case = false;
};

struct UnitRow {
  std::string_view symbol;
  Dimension dimension;
  double factor;
  double offset;
};

// Conversions into the base unit. Year: the Julian year (365.25 days), which astronomy uses.
constexpr UnitRow kUnits[] = {
    {"m", Dimension::Length, 1, 0},
    {"km", Dimension::Length, 1e3, 0},
    {"cm", Dimension::Length, 1e-2, 0},
    {"mm", Dimension::Length, 1e-3, 0},
    {"AU", Dimension::Length, 1.495978707e11, 0},
    {"light-years", Dimension::Length, 9.4607304725808e15, 0},
    {"parsecs", Dimension::Length, 3.0856775814913673e16, 0},
    {"miles", Dimension::Length, 1609.344, 0},
    {"ft", Dimension::Length, 0.3048, 0},
    {"inches", Dimension::Length, 0.0254, 0},
    {"m²", Dimension::Area, 1, 0},
    {"km²", Dimension::Area, 1e6, 0},
    {"ha", Dimension::Area, 1e4, 0},
    {"sq mi", Dimension::Area, 2.589988110336e6, 0},
    {"acres", Dimension::Area, 4046.8564224, 0},
    {"m³", Dimension::Volume, 1, 0},
    {"km³", Dimension::Volume, 1e9, 0},
    {"cm³", Dimension::Volume, 1e-6, 0},
    {"L", Dimension::Volume, 1e-3, 0},
    {"kg", Dimension::Mass, 1, 0},
    {"g", Dimension::Mass, 1e-3, 0},
    {"t", Dimension::Mass, 1e3, 0},
    {"s", Dimension::Time, 1, 0},
    {"min", Dimension::Time, 60, 0},
    {"hours", Dimension::Time, 3600, 0},
    {"days", Dimension::Time, 86400, 0},
    {"weeks", Dimension::Time, 604800, 0},
    {"months", Dimension::Time, 2629800, 0},
    {"years", Dimension::Time, 31557600, 0},
    {"K", Dimension::Temperature, 1, 0},
    {"°C", Dimension::Temperature, 1, 273.15},
    {"°F", Dimension::Temperature, 5.0 / 9.0, 273.15 - 32 * 5.0 / 9.0},
    {"°", Dimension::Angle, 1, 0},
    {"m/s", Dimension::Speed, 1, 0},
    {"km/h", Dimension::Speed, 1.0 / 3.6, 0},
    {"km/s", Dimension::Speed, 1e3, 0},
    {"mph", Dimension::Speed, 0.44704, 0},
    {"kg/m³", Dimension::Density, 1, 0},
    {"g/cm³", Dimension::Density, 1e3, 0},
    {"Pa", Dimension::Pressure, 1, 0},
    {"kPa", Dimension::Pressure, 1e3, 0},
    {"hPa", Dimension::Pressure, 1e2, 0},
    {"bar", Dimension::Pressure, 1e5, 0},
    {"atm", Dimension::Pressure, 101325, 0},
    {"%", Dimension::Percent, 1, 0},
    {"times", Dimension::Ratio, 1, 0},
};

constexpr UnitName kNames[] = {
    {"m", "m", true}, {"metre", "m"}, {"metres", "m"}, {"meter", "m"}, {"meters", "m"},
    {"km", "km", true}, {"kilometre", "km"}, {"kilometres", "km"}, {"kilometer", "km"},
    {"kilometers", "km"}, {"cm", "cm", true}, {"centimetres", "cm"}, {"centimeters", "cm"},
    {"mm", "mm", true}, {"millimetres", "mm"}, {"millimeters", "mm"},
    {"AU", "AU", true}, {"au", "AU", true}, {"astronomical unit", "AU"}, {"astronomical units", "AU"},
    {"light-year", "light-years"}, {"light-years", "light-years"}, {"light year", "light-years"},
    {"light years", "light-years"}, {"ly", "light-years", true},
    {"parsec", "parsecs"}, {"parsecs", "parsecs"}, {"pc", "parsecs", true},
    {"mile", "miles"}, {"miles", "miles"}, {"mi", "miles", true},
    {"ft", "ft", true}, {"foot", "ft"}, {"feet", "ft"}, {"inch", "inches"}, {"inches", "inches"},
    {"m²", "m²", true}, {"m2", "m²", true}, {"m^2", "m²", true}, {"sq m", "m²"},
    {"square metres", "m²"}, {"square meters", "m²"},
    {"km²", "km²", true}, {"km2", "km²", true}, {"km^2", "km²", true}, {"sq km", "km²"},
    {"square kilometres", "km²"}, {"square kilometers", "km²"},
    {"ha", "ha", true}, {"hectare", "ha"}, {"hectares", "ha"},
    {"sq mi", "sq mi"}, {"mi²", "sq mi", true}, {"square miles", "sq mi"}, {"square mile", "sq mi"},
    {"acre", "acres"}, {"acres", "acres"},
    {"m³", "m³", true}, {"m3", "m³", true}, {"cubic metres", "m³"}, {"cubic meters", "m³"},
    {"km³", "km³", true}, {"km3", "km³", true}, {"cubic kilometres", "km³"}, {"cubic kilometers", "km³"},
    {"cm³", "cm³", true}, {"cm3", "cm³", true},
    {"L", "L", true}, {"l", "L", true}, {"litre", "L"}, {"litres", "L"}, {"liter", "L"}, {"liters", "L"},
    {"kg", "kg", true}, {"kilogram", "kg"}, {"kilograms", "kg"}, {"g", "g", true}, {"gram", "g"},
    {"grams", "g"}, {"t", "t", true}, {"tonne", "t"}, {"tonnes", "t"}, {"ton", "t"}, {"tons", "t"},
    {"s", "s", true}, {"sec", "s"}, {"second", "s"}, {"seconds", "s"},
    {"min", "min"}, {"mins", "min"}, {"minute", "min"}, {"minutes", "min"},
    {"h", "hours", true}, {"hr", "hours"}, {"hrs", "hours"}, {"hour", "hours"}, {"hours", "hours"},
    {"day", "days"}, {"days", "days"}, {"Earth days", "days"}, {"week", "weeks"}, {"weeks", "weeks"},
    {"month", "months"}, {"months", "months"},
    {"year", "years"}, {"years", "years"}, {"yr", "years"}, {"yrs", "years"}, {"Earth years", "years"},
    {"K", "K", true}, {"kelvin", "K"}, {"kelvins", "K"}, {"degrees kelvin", "K"},
    {"°C", "°C", true}, {"ºC", "°C", true}, {"℃", "°C", true}, {"degrees Celsius", "°C"},
    {"degree Celsius", "°C"}, {"degrees centigrade", "°C"},
    {"°F", "°F", true}, {"ºF", "°F", true}, {"℉", "°F", true}, {"degrees Fahrenheit", "°F"},
    {"degree Fahrenheit", "°F"},
    {"°", "°", true}, {"º", "°", true}, {"degree", "°"}, {"degrees", "°"}, {"deg", "°"},
    {"m/s", "m/s", true}, {"metres per second", "m/s"}, {"meters per second", "m/s"},
    {"km/h", "km/h", true}, {"kph", "km/h"}, {"kilometres per hour", "km/h"},
    {"kilometers per hour", "km/h"}, {"km/s", "km/s", true}, {"kilometres per second", "km/s"},
    {"kilometers per second", "km/s"}, {"mph", "mph"}, {"miles per hour", "mph"},
    {"kg/m³", "kg/m³", true}, {"kg/m3", "kg/m³", true}, {"g/cm³", "g/cm³", true},
    {"g/cm3", "g/cm³", true},
    {"Pa", "Pa", true}, {"kPa", "kPa", true}, {"hPa", "hPa", true}, {"bar", "bar"},
    {"bars", "bar"}, {"atm", "atm"}, {"atmospheres", "atm"},
    {"%", "%", true}, {"per cent", "%"}, {"percent", "%"},
    {"times", "times"},
};

const UnitRow* find_row(std::string_view symbol) {
  for (const UnitRow& row : kUnits) {
    if (row.symbol == symbol) return &row;
  }
  return nullptr;
}

/// A counted noun compares with itself in the singular or plural: "tank" and "tanks".
std::string noun_key(std::string_view unit) {
  std::string key;
  for (char c : unit) key += ascii_lower(c);
  if (key.size() > 3 && key.ends_with('s')) key.pop_back();
  return key;
}

bool has_base_unit(Dimension dimension) {
  return dimension != Dimension::Count && dimension != Dimension::Percent && dimension != Dimension::Ratio;
}

/// "6,400", "0.39", "4.6": `amount` with thousands commas and as many decimals as `step` has.
std::string format_amount(double amount, double step, NumberStyle style) {
  int decimals = 0;
  for (double s = step; s < 0.999999 && decimals < 12; s *= 10) ++decimals;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(amount));
  std::string digits = buffer;
  const std::size_t point = std::min(digits.find('.'), digits.size());
  std::string out;
  for (std::size_t i = 0; i < point; ++i) {
    const bool is_grouped = point > 4 || (point == 4 && style.groups_four_digits);
    if (i > 0 && (point - i) % 3 == 0 && is_grouped) out += ',';
    out += digits[i];
  }
  out += digits.substr(point);
  return (amount < 0 ? "\u2212" : "") + out;
}

/// The scale word that writes `amount` most readably: "4.6 billion" for 4.6e9, with the step
/// divided alike. None below a million, where digits read fine ("384,400").
std::pair<double, std::string_view> scale_of(double amount) {
  const double magnitude = std::fabs(amount);
  if (magnitude >= 1e12) return {1e12, " trillion"};
  if (magnitude >= 1e9) return {1e9, " billion"};
  if (magnitude >= 1e6) return {1e6, " million"};
  return {1, ""};
}

std::string format_scaled(double amount, double step, NumberStyle style) {
  const auto [scale, word] = scale_of(amount);
  return format_amount(amount / scale, std::min(1.0, step / scale), style) + std::string(word);
}

/// How the integer part starting at `text[i]` is written: "1,500" is +1 (grouped), "1500" -1
/// (ungrouped), any other length 0. Sets `i` past the digits and commas.
int four_digit_grouping(std::string_view text, std::size_t& i) {
  const std::size_t begin = i;
  std::size_t digits = 0;
  bool has_comma = false;
  for (; i < text.size() && (is_digit(text[i]) || (text[i] == ',' && i + 1 < text.size() && is_digit(text[i + 1]))); ++i) {
    if (text[i] == ',') has_comma = true;
    else ++digits;
  }
  if (digits != 4 || i - begin > 5) return 0;
  return has_comma ? 1 : -1;
}

bool is_attached_unit(std::string_view unit) { return unit == "%" || unit == "°"; }

std::string_view qualifier_word(Approximation approximation) {
  switch (approximation) {
    case Approximation::Exact: return "";
    case Approximation::About: return "about ";
    case Approximation::MoreThan: return "more than ";
    case Approximation::LessThan: return "less than ";
  }
  return "";
}

}  // namespace

std::optional<UnitInfo> find_unit(std::string_view text) {
  for (const UnitName& name : kNames) {
    const bool matches = name.is_exact_case ? text == name.name : iequals(text, name.name);
    if (!matches) continue;
    const UnitRow* row = find_row(name.symbol);
    if (row == nullptr) return std::nullopt;
    return UnitInfo{row->symbol, row->dimension, row->factor, row->offset};
  }
  return std::nullopt;
}

std::optional<double> to_base_unit(const NumberValue& number, double amount) {
  if (!has_base_unit(number.dimension)) return std::nullopt;
  const UnitRow* row = find_row(number.unit);
  if (row == nullptr || row->dimension != number.dimension) return std::nullopt;
  return amount * row->factor + row->offset;
}

std::optional<double> value_in_unit(const NumberValue& number, std::string_view unit) {
  if (!has_base_unit(number.dimension)) {
    if (noun_key(number.unit) != noun_key(unit)) return std::nullopt;
    return number.value;
  }
  const UnitRow* target = find_row(unit);
  const std::optional<double> base = to_base_unit(number, number.value);
  if (target == nullptr || !base || target->dimension != number.dimension) return std::nullopt;
  return (*base - target->offset) / target->factor;
}

std::optional<NumberValue> number_in_unit(const NumberValue& number, std::string_view unit) {
  if (!has_base_unit(number.dimension)) {
    if (noun_key(number.unit) != noun_key(unit)) return std::nullopt;
    return number;
  }
  const UnitRow* from = find_row(number.unit);
  const UnitRow* to = find_row(unit);
  if (from == nullptr || to == nullptr || from->dimension != number.dimension || to->dimension != number.dimension) {
    return std::nullopt;
  }
  // An amount converts with the offset (0 °C is 273.15 K); a step is a difference, which does not.
  auto convert = [&](double amount) { return (amount * from->factor + from->offset - to->offset) / to->factor; };
  NumberValue out = number;
  out.unit = std::string(to->symbol);
  out.value = convert(number.value);
  if (number.high) out.high = convert(*number.high);
  out.step = number.step * from->factor / to->factor;
  return out;
}

std::string quantity_key(const NumberValue& number) {
  // Brackets keep a dimension apart from a counted noun of the same name ("3 lengths").
  switch (number.dimension) {
    case Dimension::Count:
    case Dimension::Percent:
    case Dimension::Ratio: return noun_key(number.unit);
    case Dimension::Length: return "[length]";
    case Dimension::Area: return "[area]";
    case Dimension::Volume: return "[volume]";
    case Dimension::Mass: return "[mass]";
    case Dimension::Time: return "[time]";
    case Dimension::Temperature: return "[temperature]";
    case Dimension::Angle: return "[angle]";
    case Dimension::Speed: return "[speed]";
    case Dimension::Density: return "[density]";
    case Dimension::Pressure: return "[pressure]";
  }
  return noun_key(number.unit);
}

bool are_comparable(const NumberValue& a, const NumberValue& b) {
  if (a.dimension != b.dimension) return false;
  if (has_base_unit(a.dimension)) return true;
  return noun_key(a.unit) == noun_key(b.unit);
}

bool is_measured(const NumberValue& number) {
  return number.dimension != Dimension::Count || number.approximation != Approximation::Exact;
}

double number_tolerance(const NumberValue& number) {
  return is_measured(number) ? number.step / 2 : 0.0;
}

bool is_within_precision(const NumberValue& number, double amount) {
  // A relative epsilon absorbs binary fractions: 0.39 + 0.005 is not exactly 0.395.
  const double slack = number_tolerance(number) + 1e-9 * std::max(1.0, std::fabs(number.value));
  const double high = number.high.value_or(number.value);
  return amount >= number.value - slack && amount <= high + slack;
}

NumberStyle number_style_of(std::span<const std::string_view> texts) {
  int grouped_minus_ungrouped = 0;
  for (std::string_view text : texts) {
    for (std::size_t i = 0; i < text.size();) {
      // An integer part starts at a digit after no digit and no decimal point.
      const bool starts_integer = is_digit(text[i]) && (i == 0 || (!is_digit(text[i - 1]) && text[i - 1] != '.'));
      if (starts_integer) grouped_minus_ungrouped += four_digit_grouping(text, i);
      else ++i;
    }
  }
  return NumberStyle{grouped_minus_ungrouped >= 0};
}

std::string format_number_value(const NumberValue& number, bool with_qualifier, NumberStyle style) {
  std::string out = with_qualifier ? std::string(qualifier_word(number.approximation)) : std::string();
  out += format_scaled(number.value, number.step, style);
  if (number.high) out += "\u2013" + format_scaled(*number.high, number.step, style);
  if (!number.unit.empty()) out += (is_attached_unit(number.unit) ? "" : " ") + number.unit;
  return out;
}

namespace detail {

namespace {

bool is_word_byte(char c) { return is_ascii_alpha(c) || is_digit(c) || (static_cast<unsigned char>(c) & 0x80) != 0; }

/// A unit name ends at the end of the text, before a space or punctuation; a name that ends
/// in a symbol ("°", "%", "km²") before anything but a letter.
bool ends_unit(std::string_view text, std::size_t at, std::string_view name) {
  if (at >= text.size()) return true;
  const char next = text[at];
  if (!is_ascii_alpha(name.back())) return !is_ascii_alpha(next);
  return !is_word_byte(next) && next != '/' && next != '^';
}

}  // namespace

std::size_t match_unit_prefix(std::string_view text, UnitInfo& unit) {
  std::size_t best = 0;
  for (const UnitName& name : kNames) {
    if (name.name.size() <= best || text.size() < name.name.size()) continue;
    const std::string_view head = text.substr(0, name.name.size());
    const bool matches = name.is_exact_case ? head == name.name : iequals(head, name.name);
    if (!matches || !ends_unit(text, name.name.size(), name.name)) continue;
    const UnitRow* row = find_row(name.symbol);
    if (row == nullptr) continue;
    unit = UnitInfo{row->symbol, row->dimension, row->factor, row->offset};
    best = name.name.size();
  }
  return best;
}

}  // namespace detail

}  // namespace factdeck::quizgen

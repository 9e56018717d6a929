// Units of number values (quizgen/src/units.cpp): conversions within a dimension, what a number
// measures, and that numbers of different dimensions never convert into each other.
#include <catch2/catch.hpp>

#include <vector>

#include "quizgen/values.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

NumberValue read(std::string_view text) {
  const Result<NumberValue> number = read_number_text(text);
  REQUIRE(number.has_value());
  return *number;
}

/// `text` converted into `unit`: "value step", or "none".
std::string converted(std::string_view text, std::string_view unit) {
  const std::optional<NumberValue> number = number_in_unit(read(text), unit);
  if (!number) return "none";
  return format_number_value(*number) + " /" + std::to_string(number->step);
}

}  // namespace

TEST_CASE("A number converts into every unit of its dimension with its step", "[quizgen]") {
  CHECK(converted("8.8 km", "m") == "8,800 m /100.000000");
  CHECK(converted("8,848 m", "km") == "8.848 km /0.001000");
  CHECK(converted("2.5 t", "kg") == "2,500 kg /100.000000");
  CHECK(converted("750 g", "kg") == "0.75 kg /0.010000");  // "750" states tens
  CHECK(converted("90 min", "hours") == "1.5 hours /0.166667");
  CHECK(converted("3 hours", "s") == "10,800 s /3600.000000");
  CHECK(converted("2 km²", "ha") == "200 ha /100.000000");
  CHECK(converted("35 to 52 AU", "AU") == "35\u201352 AU /1.000000");
}

TEST_CASE("Temperatures convert with their offset, steps without it", "[quizgen]") {
  // 49 K is −224.15 °C; a step of 1 K is a step of 1 °C, not of −272.15 °C.
  CHECK(converted("49 K", "°C") == "\u2212224 °C /1.000000");
  CHECK(converted("about 464 °C", "K") == "737 K /1.000000");
  CHECK(converted("213 °F", "°C") == "100.6 °C /0.555556");
}

TEST_CASE("A number never converts into another dimension or another counted noun", "[quizgen]") {
  CHECK(converted("8,848 m", "kg") == "none");
  CHECK(converted("8,848 m", "K") == "none");
  CHECK(converted("9 t", "km") == "none");
  CHECK(converted("40%", "km") == "none");
  CHECK(converted("300 tanks", "aircraft") == "none");
  CHECK(converted("300 tanks", "tank") == "300 tanks /100.000000");
}

TEST_CASE("Numbers of one dimension share a quantity key, whatever their unit", "[quizgen]") {
  CHECK(quantity_key(read("8,848 m")) == quantity_key(read("8.8 km")));
  CHECK(quantity_key(read("49 K")) == quantity_key(read("−224 °C")));
  CHECK(quantity_key(read("5 hours")) == quantity_key(read("20 min")));
  CHECK(quantity_key(read("8,848 m")) != quantity_key(read("8,848 kg")));
  CHECK(quantity_key(read("300 Tanks")) == quantity_key(read("1 tank")));
  CHECK(quantity_key(read("3 lengths")) != quantity_key(read("3 m")));
  CHECK(quantity_key(read("12")) != quantity_key(read("12%")));
  CHECK(are_comparable(read("8,848 m"), read("8.8 km")));
  CHECK_FALSE(are_comparable(read("8,848 m"), read("8,848 kg")));
}

TEST_CASE("Four-digit amounts are grouped as the article groups them", "[quizgen]") {
  using Texts = std::vector<std::string_view>;
  CHECK(number_style_of(Texts{"1,500 m", "8,848 m"}).groups_four_digits);
  CHECK_FALSE(number_style_of(Texts{"1500 m", "8848 m", "1,200 m"}).groups_four_digits);
  // Neither five digits nor decimals say anything; an article that never writes four digits
  // gets the default, "1,500".
  CHECK(number_style_of(Texts{"15000", "0.1234 AU", "3.5"}).groups_four_digits);
  CHECK(number_style_of(Texts{}).groups_four_digits);
  const NumberValue moon = read("about 1,370 km");
  CHECK(format_number_value(moon, true) == "about 1,370 km");
  CHECK(format_number_value(moon, true, NumberStyle{false}) == "about 1370 km");
  CHECK(format_number_value(read("13,700 km"), false, NumberStyle{false}) == "13,700 km");
  CHECK(format_number_value(read("1.5 to 2.5 km"), false, NumberStyle{false}) == "1.5\u20132.5 km");
}

// Date and number values of spans (quizgen/values.hpp).
#include <catch2/catch.hpp>

#include "quizgen/values.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {
std::string text_date(std::string_view text) {
  const auto date = parse_date_text(text);
  return date ? format_date_value(*date) : "none";
}
std::string iso_date(std::string_view text) {
  const auto date = parse_iso_date(text);
  return date ? format_date_value(*date) : "none";
}
}  // namespace

TEST_CASE("Dates written in sentences are read at their precision", "[quizgen]") {
  const auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"1922", "1922"},
      {"April 1922", "1922-04"},
      {"apr 1922", "1922-04"},
      {"Sept. 1939", "1939-09"},
      {"16 April 1922", "1922-04-16"},
      {"April 16, 1922", "1922-04-16"},
      {"29 February 1940", "1940-02-29"},
      {"1935\u201338", "1935..1938"},
      {"1939\u20131941", "1939..1941"},
      {"1939-1941", "1939..1941"},
      {"1918 \u2014 1930", "1918..1930"},
      {"1998\u201302", "none"},  // a two-digit end stays in the century, so it ends before it starts
      {"16\u201318 April 1922", "1922-04-16..1922-04-18"},
      {"April\u2013June 1922", "1922-04..1922-06"},
      {"August 1939 \u2013 June 1941", "1939-08..1941-06"},
  }));
  CAPTURE(text);
  CHECK(text_date(text) == expected);
}

TEST_CASE("Text that is not a plain date gives no date", "[quizgen]") {
  const auto text = GENERATE(as<std::string>{}, "in spring", "31 April 1922",
                             "29 February 1939", "Aprel 1922", "1922-04-16", "1941\u20131939",
                             "April 1922\u20131923", "");
  CAPTURE(text);
  CHECK(text_date(text) == "none");
}

TEST_CASE("ISO date values and ranges are read after '='", "[quizgen]") {
  CHECK(iso_date("1922") == "1922");
  CHECK(iso_date("1922-06") == "1922-06");
  CHECK(iso_date(" 1939-08-23 ") == "1939-08-23");
  CHECK(iso_date("1918..1930") == "1918..1930");
  CHECK(iso_date("1939-08..1939-09") == "1939-08..1939-09");
  CHECK(iso_date("1922-13") == "none");
  CHECK(iso_date("1922-04-31") == "none");
  CHECK(iso_date("1939..1939-08") == "none");
  CHECK(iso_date("1930..1920") == "none");
  CHECK(iso_date("22") == "none");
}

TEST_CASE("Quantities in sentences are read with their scale and unit", "[quizgen]") {
  CHECK(parse_number_text("20 million")->value == Approx(2e7));
  CHECK(parse_number_text("1,200")->value == Approx(1200));
  CHECK(parse_number_text("1,200,000 soldiers")->value == Approx(1.2e6));
  CHECK(parse_number_text("3.5")->value == Approx(3.5));
  CHECK(parse_number_text("40%")->value == Approx(40));
  CHECK(parse_number_text("two million")->value == Approx(2e6));
  CHECK(parse_number_text("Twelve")->value == Approx(12));
  CHECK(parse_number_text("2.5 billion roubles")->value == Approx(2.5e9));
  CHECK_FALSE(parse_number_text("many").has_value());
  CHECK_FALSE(parse_number_text("1930s").has_value());
  CHECK_FALSE(parse_number_text("1,20").has_value());
  CHECK_FALSE(parse_number_text("1200,000").has_value());
}

TEST_CASE("Number values after '=' allow a scale and a unit", "[quizgen]") {
  CHECK(parse_number_value("1200")->value == Approx(1200));
  CHECK(parse_number_value(" 2.5 million ")->value == Approx(2.5e6));
  CHECK(parse_number_value("-3")->value == Approx(-3));
  CHECK(parse_number_value("300 tanks")->unit == "tanks");
  CHECK_FALSE(parse_number_value("").has_value());
}

TEST_CASE("A number's unit is its canonical symbol or its counted noun in lower case", "[quizgen]") {
  CHECK(number_unit("4.6 billion years") == "years");
  CHECK(number_unit("2,000 km/h") == "km/h");
  CHECK(number_unit("99.86%") == "%");
  CHECK(number_unit("16 AU") == "AU");
  CHECK(number_unit("150 to 170 Kelvin") == "K");
  CHECK(number_unit("300 Tanks") == "tanks");
  CHECK(number_unit("6,400 kilometres") == number_unit("about 6,400 km"));
  CHECK(number_unit("12") == "");
  CHECK(number_unit("seven") == "");
  CHECK(number_unit("3.26") == "");
}

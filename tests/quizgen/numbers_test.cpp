// Reading number spans (quizgen/values.hpp: read_number_text): every form a teacher writes is read
// as the value it states, or refused with a message that says what to write. The forms that were
// silently misread before issue 16 ("150 to 170 Kelvin" as 150, "1.5 × 10^8 km" as 1.5) are here.
#include <catch2/catch.hpp>

#include <cstdio>

#include "quizgen/values.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

std::string plain(double amount) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.12g", amount);
  return buffer;
}

std::string_view approximation_mark(Approximation approximation) {
  switch (approximation) {
    case Approximation::Exact: return "";
    case Approximation::About: return " ~";
    case Approximation::MoreThan: return " >";
    case Approximation::LessThan: return " <";
  }
  return "";
}

/// "150..170 K /10 ~": value, range end, unit, stated step and approximation, or the error.
std::string describe(std::string_view text) {
  const Result<NumberValue> number = read_number_text(text);
  if (!number) return "error: " + number.error().message;
  std::string out = plain(number->value);
  if (number->high) out += ".." + plain(*number->high);
  if (!number->unit.empty()) out += " " + number->unit;
  out += " /" + plain(number->step);
  out += approximation_mark(number->approximation);
  return out;
}

}  // namespace

TEST_CASE("Number spans are read as the value, range, unit and precision they state", "[quizgen]") {
  const auto [text, expected] = GENERATE(table<std::string, std::string>({
      // Ranges and pairs: both ends, never the first number alone.
      {"150 to 170 Kelvin", "150..170 K /10"},
      {"-189 to -153 degrees Fahrenheit", "-189..-153 °F /1"},
      {"2.3 and 3.3 AU", "2.3..3.3 AU /0.1"},
      {"between 2.2 and 3.2 AU", "2.2..3.2 AU /0.1"},
      {"30 to 50 AU", "30..50 AU /10"},
      {"75\u201379 years", "75..79 years /1"},
      {"75-79 years", "75..79 years /1"},
      {"2,140\u20132,250 km", "2140..2250 km /10"},
      {"140,000 to 195,000 km\u00b2", "140000..195000 km² /1000"},
      {"between 6,400 and 7,000 km", "6400..7000 km /100"},
      {"2 to 3 million", "2000000..3000000 /1000000"},
      {"\u2212180 to 430 \u00b0C", "-180..430 °C /10"},
      // Signs: the typographic minus and the hyphen.
      {"\u2212273 \u00b0C", "-273 °C /1"},
      {"-273 °C", "-273 °C /1"},
      {"\u2212179 \u00b0C", "-179 °C /1"},
      // Scientific notation in its written forms.
      {"1.5 \u00d7 10^8 km", "150000000 km /10000000"},
      {"1.5 x 10^8 km", "150000000 km /10000000"},
      {"1.5\u00b710\u2078 km", "150000000 km /10000000"},
      {"1.5e8 km", "150000000 km /10000000"},
      {"1.989 \u00d7 10^30 kg", "1.989e+30 kg /1e+27"},
      {"9.46 \u00d7 10^12 km", "9.46e+12 km /10000000000"},
      {"6.7 \u00d7 10^\u221211", "6.7e-11 /1e-12"},
      // Qualifiers.
      {"about 1,370 km", "1370 km /10 ~"},
      {"c. 500", "500 /100 ~"},
      {"some 300 tanks", "300 tanks /100 ~"},
      {"nearly 100", "100 /100 ~"},
      {"roughly 109", "109 /1 ~"},
      {"more than 4,000 km", "4000 km /1000 >"},
      {"less than 1%", "1 % /1 <"},
      // Units attached or spaced, scale words, counted nouns.
      {"98\u00b0", "98 ° /1"},
      {"\u2212273\u00b0C", "-273 °C /1"},
      {"6,400km", "6400 km /100"},
      {"1.5e8km", "150000000 km /10000000"},
      {"12kg", "12 kg /1"},
      {"about 30km/h", "30 km/h /10 ~"},
      {"98 degrees", "98 ° /1"},
      {"40%", "40 % /10"},
      {"99.86%", "99.86 % /0.01"},
      {"4.6 billion years", "4600000000 years /100000000"},
      {"9.46 trillion km", "9.46e+12 km /10000000000"},
      {"0.69 g/cm³", "0.69 g/cm³ /0.01"},
      {"2,000 km/h", "2000 km/h /1000"},
      {"333,000 times", "333000 times /1000"},
      {"300 tanks", "300 tanks /100"},
      {"two million", "2000000 /1000000"},
      {"Twelve", "12 /1"},
      // Compound durations and equivalents in parentheses.
      {"8 minutes 20 seconds", "500 s /10"},
      {"1 hour and 30 minutes", "90 min /10"},
      {"49 K (\u2212224 \u00b0C)", "49 K /1"},
  }));
  CAPTURE(text);
  CHECK(describe(text) == expected);
}

TEST_CASE("Number text that cannot be read as one value is refused with what to write", "[quizgen]") {
  const auto [text, reason] = GENERATE(table<std::string, std::string>({
      {"many", "no number at 'many'"},
      {"1930s", "tag a decade like '1930s' as a date"},
      {"12abc", "letters touch the number"},
      {"5m", "put a space before a unit of one letter"},
      {"4.6bn years", "letters touch the number"},
      {"2 or 3 moons", "joined by 'or' are not one value"},
      {"170 to 150 K", "from the smaller number to the larger"},
      {"2 km to 3 kg", "different units"},
      {"49 K (\u2212300 \u00b0C)", "is not the same quantity"},
      {"49 K (12 tanks)", "must be the same quantity in another unit"},
      {"between 2 AU", "'between' needs two numbers"},
      {"- 180 \u00b0C", "a minus sign must touch its number"},
      {"1.5 \u00d7 10 km", "is neither a unit nor a range"},
      {"1,20", "cannot read"},
      {"1200,000", "cannot read"},
      {"", "no number"},
  }));
  CAPTURE(text);
  const Result<NumberValue> number = read_number_text(text);
  REQUIRE_FALSE(number.has_value());
  CHECK_THAT(number.error().message, Catch::Contains(reason));
}

TEST_CASE("A number value after '=' reads the same forms and names the value when it cannot", "[quizgen]") {
  CHECK(read_number_value("1.5e8 km")->value == Approx(1.5e8));
  CHECK(read_number_value("1.5e8 km")->unit == "km");
  CHECK(read_number_value("-180")->value == Approx(-180));
  CHECK(read_number_value("30 to 50 AU")->high == Approx(50));
  const Result<NumberValue> lots = read_number_value("lots");
  REQUIRE_FALSE(lots.has_value());
  CHECK_THAT(lots.error().message, Catch::StartsWith("cannot read the number value 'lots'"));
}

TEST_CASE("Numbers are written back in the unit and precision the article states", "[quizgen]") {
  CHECK(format_number_value(*read_number_text("150 to 170 Kelvin")) == "150\u2013170 K");
  CHECK(format_number_value(*read_number_text("\u2212273 \u00b0C")) == "\u2212273 °C");
  CHECK(format_number_value(*read_number_text("about 1,370 km"), true) == "about 1,370 km");
  CHECK(format_number_value(*read_number_text("about 13,700 km"), true) == "about 13,700 km");
  CHECK(format_number_value(*read_number_text("98\u00b0")) == "98°");
}

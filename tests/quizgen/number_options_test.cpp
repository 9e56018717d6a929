// Wrong options for numbers (quizgen/src/number_options.cpp, the number walk of distractors.cpp):
// numbers of one dimension compare in any unit and are shown in the answer's unit; a number that
// states the answer in another unit, or a number of another dimension, is never offered.
#include <algorithm>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

/// Every wrong option and every swapped-in value the deck shows for `answer`.
std::vector<std::string> wrong_values(const Deck& deck, std::string_view answer) {
  std::vector<std::string> out;
  for (const Question& q : item_with_answer(deck, answer).questions) {
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (static_cast<std::int32_t>(i) != q.correct_option) out.push_back(q.options[i]);
    }
    if (q.kind == QuestionKind::TrueFalse && !q.is_true) out.push_back(q.shown_value);
  }
  return out;
}

std::vector<std::string> options_of(const Deck& deck, std::string_view answer) {
  const Question* q = find_question(item_with_answer(deck, answer), QuestionKind::MultipleChoice);
  return q == nullptr ? std::vector<std::string>{} : q->options;
}

bool contains(const std::vector<std::string>& texts, std::string_view text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

bool ends_with_unit(std::string_view text, std::string_view unit) {
  return text.size() > unit.size() + 1 && text.ends_with(unit) && text[text.size() - unit.size() - 1] == ' ';
}

Deck peaks_deck() {
  return build_deck(parse_or_fail(
      "# Peaks\n\n"
      "- Mount Everest rises [8,848 m]{number} above sea level.\n"
      "- K2 rises [8,611 m]{number} above sea level.\n"
      "- Everest's summit ridge is [8.8 km]{number} long.\n"
      "- Mont Blanc rises [4.8 km]{number} above sea level.\n"
      "- The largest boulder on the Khumbu glacier weighs [9,000 kg]{number}.\n"
      "- The expedition carried [2.5 t]{number} of oxygen.\n"
      "- The base camp lies at [5,364 m]{number}.\n")).deck;
}

}  // namespace

TEST_CASE("A number stated in another unit is offered converted into the answer's unit", "[quizgen]") {
  const Deck deck = peaks_deck();
  const std::vector<std::string> wrong = wrong_values(deck, "8,848 m");
  REQUIRE_FALSE(wrong.empty());
  for (const std::string& option : wrong) {
    INFO(option);
    CHECK(ends_with_unit(option, "m"));
  }
  // Mont Blanc's 4.8 km, shown as 4,800 m beside K2's 8,611 m and the base camp's 5,364 m.
  CHECK(options_of(deck, "8,848 m") == std::vector<std::string>{"4,800 m", "5,364 m", "8,611 m", "8,848 m"});
  // And the other way round: metres shown in kilometres, at the answer's precision.
  const std::vector<std::string> km_options = options_of(deck, "4.8 km");
  CHECK(contains(km_options, "5.4 km"));
  for (const std::string& option : km_options) CHECK(ends_with_unit(option, "km"));
}

TEST_CASE("A number that states the answer in another unit is no wrong option", "[quizgen]") {
  const Deck deck = peaks_deck();
  // 8.8 km is 8,848 m at the precision it is stated to; 8,848 m is 8.8 km.
  for (const std::string& option : wrong_values(deck, "8,848 m")) CHECK(option != "8,800 m");
  const std::vector<std::string> ridge = wrong_values(deck, "8.8 km");
  REQUIRE_FALSE(ridge.empty());
  for (const std::string& option : ridge) CHECK(option != "8.8 km");
}

TEST_CASE("A number of another dimension is never offered, even of the same magnitude", "[quizgen]") {
  const Deck deck = peaks_deck();
  for (const std::string& option : wrong_values(deck, "8,848 m")) CHECK_FALSE(ends_with_unit(option, "kg"));
  // The boulder's only fair wrong value is the oxygen's 2.5 t, in kilograms and at the
  // precision "9,000" states (thousands).
  const std::vector<std::string> mass = wrong_values(deck, "9,000 kg");
  REQUIRE_FALSE(mass.empty());
  for (const std::string& option : mass) CHECK(option == "3,000 kg");
}

TEST_CASE("Temperatures in kelvin and degrees Celsius are offered in the answer's scale", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Cold places\n\n"
      "- The coldest air of Uranus is about [49 K]{number@cold}.\n"
      "- Titan's surface is about [\u2212179 \u00b0C]{number@cold}.\n"
      "- Triton's surface is about [38 K]{number@cold}.\n"
      "- Pluto's surface is about [\u2212229 \u00b0C]{number@cold}.\n"
      "- Venus's surface is about [464 \u00b0C]{number@cold}.\n")).deck;
  const std::vector<std::string> kelvin = wrong_values(deck, "49 K");
  CHECK(contains(kelvin, "94 K"));   // Titan's −179 °C
  CHECK(contains(kelvin, "38 K"));
  CHECK_FALSE(contains(kelvin, "44 K"));  // Pluto's −229 °C is within 10% of "about 49 K"
  for (const std::string& option : kelvin) CHECK(ends_with_unit(option, "K"));
  const std::vector<std::string> celsius = wrong_values(deck, "\u2212179 \u00b0C");
  CHECK(contains(celsius, "\u2212224 \u00b0C"));  // Uranus's 49 K
  // 464 °C (737 K) is not of the magnitude of 94 K.
  CHECK_FALSE(contains(celsius, "464 \u00b0C"));
}

TEST_CASE("Converted options group four digits as the article does", "[quizgen]") {
  const Deck ungrouped = build_deck(parse_or_fail(
      "# Peaks\n\n"
      "- Mount Everest rises [8848 m]{number} above sea level.\n"
      "- K2 rises [8611 m]{number} above sea level.\n"
      "- Mont Blanc rises [4.8 km]{number} above sea level.\n")).deck;
  CHECK(options_of(ungrouped, "8848 m") == std::vector<std::string>{"4800 m", "8611 m", "8848 m"});
  const Deck grouped = peaks_deck();
  CHECK(contains(options_of(grouped, "8,848 m"), "4,800 m"));
}

// The quality corpus (tests/data/quality) and our own article with units (tests/data/values) write
// their values as a teacher would (issue 16, WANTED_FORMS.md): each natural form is read as the
// value it states, and the number questions built from them offer only options in the answer's
// unit, a range only for a range.
#include <catch2/catch.hpp>

#include <algorithm>

#include "generate_helpers.hpp"
#include "quizgen/values.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

Article corpus_article(const std::string& name) {
  return parse_or_fail(read_text(std::string(FACTDECK_SOURCE_DIR) + "/tests/data/quality/" + name + ".facts.md"));
}

/// Every number shown in place of the answer: the options of its multiple choices and the values
/// swapped into its false statements.
std::vector<std::string> shown_numbers(const Item& item) {
  std::vector<std::string> shown;
  for (const Question& question : item.questions) {
    if (question.kind == QuestionKind::MultipleChoice) shown.insert(shown.end(), question.options.begin(), question.options.end());
    if (question.kind == QuestionKind::TrueFalse && !question.is_true) shown.push_back(question.shown_value);
  }
  return shown;
}

/// The span of fact `fact_id` whose text is `text`.
const Span& span_in(const Article& article, std::string_view fact_id, std::string_view text) {
  for (const Fact& fact : article.facts) {
    if (fact.id != fact_id) continue;
    for (const Span& span : fact.spans) {
      if (span.text == text) return span;
    }
  }
  FAIL("no span '" << text << "' in fact " << fact_id);
  return article.facts.front().spans.front();
}

}  // namespace

TEST_CASE("The corpus's natural value forms are read as the values they state", "[quizgen]") {
  const Article solar = corpus_article("solar-system");
  const Span& mercury = span_in(solar, "mercury-temperatures", "\u2212180 and 430 \u00b0C");
  CHECK(mercury.number->value == Approx(-180));
  CHECK(mercury.number->high == Approx(430));
  CHECK(mercury.number->unit == "\u00b0C");
  const Span& kuiper = span_in(solar, "kuiper-belt-extent", "about 30 to 50 AU");
  CHECK(kuiper.number->value == Approx(30));
  CHECK(kuiper.number->high == Approx(50));
  CHECK(kuiper.number->approximation == Approximation::About);
  CHECK(span_in(solar, "sun-mass-earths", "1.989 \u00d7 10^30 kg").number->value == Approx(1.989e30));
  CHECK(span_in(solar, "sun-light-time", "about 8 minutes 20 seconds").number->value == Approx(500));
  CHECK(span_in(solar, "uranus-coldest", "about 49 K (\u2212224 \u00b0C)").number->unit == "K");
  CHECK(span_in(solar, "uranus-tilt", "about 98\u00b0").number->unit == "\u00b0");
  CHECK(span_in(solar, "sun-age", "about 4.6 billion years ago").date->start.year == -4'600'000'000);

  const Article america = corpus_article("south-america");
  const Span& magellan = span_in(america, "magellan-passage", "from 21 October to 28 November 1520");
  CHECK(format_date_value(*magellan.date) == "1520-10-21..1520-11-28");
  CHECK(span_in(america, "pantanal", "140,000 to 195,000 km\u00b2").number->high == Approx(195000));

  const Article novel = corpus_article("english-novel");
  CHECK(format_date_value(*span_in(novel, "radcliffe-udolpho", "the 1790s").date) == "1790..1799");
  CHECK(format_date_value(*span_in(novel, "victorian-era", "from 1837 to 1901").date) == "1837..1901");
}

TEST_CASE("Number options in the corpus are in the answer's unit, and ranges only for ranges", "[quizgen]") {
  const auto name = GENERATE(as<std::string>{}, "solar-system", "south-america");
  CAPTURE(name);
  const Deck deck = build_deck(corpus_article(name), GenerateOptions{}).deck;
  int choices = 0;
  for (const Item& item : deck.items) {
    if (item.type != SpanType::Number) continue;
    for (const Question& question : item.questions) {
      if (question.kind != QuestionKind::MultipleChoice) continue;
      ++choices;
      for (const std::string& option : question.options) {
        INFO(item.answer << " offered with " << option);
        const std::optional<NumberValue> value = parse_number_text(option);
        REQUIRE(value.has_value());
        CHECK(number_unit(option) == number_unit(item.answer));
        CHECK(value->high.has_value() == item.number->high.has_value());
      }
    }
  }
  CHECK(choices > 0);
}

// An article of our own (tests/data/values/physical-earth.facts.md) whose numbers all carry units,
// with the units of one dimension mixed on purpose (m and km; °C, K and °F; km/h, m/s and km/s;
// kPa and hPa): every option and every swapped-in value is in the answer's unit and dimension,
// converted where the article states it in another unit ("about 4,800 m" for Mont Blanc's
// "about 4.8 km" beside Everest's 8,849 m).
TEST_CASE("Our article with units builds, and its number questions show only the answer's unit", "[quizgen]") {
  const Article article =
      parse_or_fail(read_text(std::string(FACTDECK_SOURCE_DIR) + "/tests/data/values/physical-earth.facts.md"));
  const Deck deck = build_deck(article, GenerateOptions{}).deck;
  int choices = 0;
  int false_statements = 0;
  int converted = 0;
  for (const Item& item : deck.items) {
    if (item.type != SpanType::Number) continue;
    REQUIRE(item.number.has_value());
    for (const Question& question : item.questions) {
      choices += question.kind == QuestionKind::MultipleChoice ? 1 : 0;
      false_statements += question.kind == QuestionKind::TrueFalse && !question.is_true ? 1 : 0;
    }
    for (const std::string& shown : shown_numbers(item)) {
      INFO(item.answer << " shown with " << shown);
      const std::optional<NumberValue> value = parse_number_text(shown);
      REQUIRE(value.has_value());
      CHECK(value->unit == item.number->unit);
      CHECK(value->dimension == item.number->dimension);
      CHECK(value->high.has_value() == item.number->high.has_value());
      // A value the article states in another unit is shown converted, never as written.
      const bool is_stated_form = std::any_of(deck.items.begin(), deck.items.end(), [&](const Item& other) {
        return other.answer == shown;
      });
      converted += is_stated_form ? 0 : 1;
    }
  }
  CHECK(choices >= 15);
  CHECK(false_statements >= 20);
  CHECK(converted >= 5);
  // The conversions a teacher expects, each checked once.
  const auto options_of = [&](std::string_view answer) {
    for (const Item& item : deck.items) {
      if (item.answer == answer) return shown_numbers(item);
    }
    FAIL("no item " << answer);
    return std::vector<std::string>{};
  };
  const auto offers = [](const std::vector<std::string>& options, std::string_view option) {
    return std::find(options.begin(), options.end(), option) != options.end();
  };
  CHECK(offers(options_of("8,849 m"), "about 4,800 m"));    // Mont Blanc's about 4.8 km
  CHECK(offers(options_of("about 4.8 km"), "8.8 km"));      // Everest's 8,849 m
  CHECK(offers(options_of("134 \u00b0F"), "212 \u00b0F"));  // water boils at 373.15 K
  CHECK(offers(options_of("101.325 kPa"), "about 33.7 kPa"));  // Everest's about 337 hPa
}

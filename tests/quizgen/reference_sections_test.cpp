// Bibliography sections are not content (quizgen/src/reference_sections.cpp).
#include <algorithm>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

TEST_CASE("Only headings that title a bibliography hide their facts", "[quizgen]") {
  const std::string facts = "\n\n- [Lenin]{person} led the Bolsheviks.\n- [Trotsky]{person} led the army.\n";
  CHECK(build_deck(parse_or_fail("# Further reading:" + facts)).deck.items.empty());
  CHECK(build_deck(parse_or_fail("# BIBLIOGRAPHY" + facts)).deck.items.empty());
  CHECK(build_deck(parse_or_fail("# Sources of Soviet power" + facts)).deck.items.size() == 2);
}

// P6: "Antony Beevor wrote The Battle for Spain, published in 2006" was asked and ordered as an event.
TEST_CASE("Facts under a Sources heading are not asked and say so", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Spain\n\n- The war began in [July 1936]{date}, led by [Franco]{person}.\n"
      "- [Stalin]{person} sent tanks in [October 1936]{date}.\n"
      "- [Hitler]{person} sent planes in [August 1936]{date}.\n"
      "# Sources\n\n- [Antony Beevor]{person} wrote *The Battle for Spain*, published in [2006]{date}.\n"
      "## Older\n\n- [Hugh Thomas]{person} wrote *The Spanish Civil War* in [1961]{date}.\n"));
  const Deck& deck = outcome.deck;
  CHECK(deck.facts.size() == 3);
  for (const Item& item : deck.items) {
    CHECK(item.answer != "Antony Beevor");
    CHECK(item.answer != "Hugh Thomas");
    for (const Question& q : item.questions) {
      for (const std::string& option : q.options) CHECK(option.find("Beevor") == std::string::npos);
    }
  }
  for (const Exercise& ex : deck.exercises) {
    for (const std::string& entry : ex.left) CHECK(entry.find("Beevor") == std::string::npos);
  }
  CHECK(std::count_if(outcome.notes.begin(), outcome.notes.end(), [](const GenerateNote& n) {
          return n.message.find("list of sources") != std::string::npos;
        }) == 2);
}

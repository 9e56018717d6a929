// Question variants of one item (quizgen/src/variants.cpp): each test is a defect pattern of the
// judged corpus (docs/question-quality.md) on a small hand-written article.
#include <algorithm>
#include <map>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

/// How many times each true statement appears in the deck.
std::map<std::string, int> true_statement_counts(const Deck& deck) {
  std::map<std::string, int> counts;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind == QuestionKind::TrueFalse && q.is_true) ++counts[q.prompt];
    }
  }
  return counts;
}

}  // namespace

// P7: "Mars has two small moons, Phobos and Deimos, which Asaph Hall found ..." came once per span.
TEST_CASE("A fact with several spans is asked as a true statement once", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- [Mars]{place} has two moons, [Phobos]{place} and [Deimos]{place}, found by "
      "[Asaph Hall]{person} in [August 1877]{date}.\n"
      "- [Jupiter]{place} has moons found by [Galileo Galilei]{person} in [January 1610]{date}.\n")).deck;
  const auto counts = true_statement_counts(deck);
  REQUIRE(counts.size() == 2);
  for (const auto& [statement, count] : counts) CHECK(count == 1);
  for (const Item& item : deck.items) CHECK_FALSE(item.questions.empty());
}

TEST_CASE("Every item of the shipped deck has a question and no true statement is repeated", "[quizgen]") {
  const Deck deck = build_deck(shipped_article()).deck;
  for (const Item& item : deck.items) CHECK_FALSE(item.questions.empty());
  std::size_t repeated = 0;
  for (const auto& [statement, count] : true_statement_counts(deck)) repeated += count > 1 ? 1 : 0;
  // Only an item left with no other question repeats its fact's statement.
  CHECK(repeated * 20 < deck.facts.size());
}

// Question variants of one item (quizgen/src/variants.cpp): each test is a defect pattern of the
// judged corpus (docs/question-quality.md) on a small hand-written article.
#include <algorithm>
#include <map>
#include <set>

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
  // Only an item left with no other question repeats its fact's statement: the first item of a
  // fact carries it, and any other item that carries it has nothing else.
  std::set<std::string> stated;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind != QuestionKind::TrueFalse || !q.is_true) continue;
      const bool is_repeat = !stated.insert(q.prompt).second;
      INFO(q.prompt);
      if (is_repeat) CHECK(item.questions.size() == 1);
    }
  }
  CHECK(stated.size() * 10 > deck.facts.size() * 9);
}

// P4: "The Victorian era takes its name from _____", "Under the line of _____, communists
// denounced the Social Democrats as social fascists", "Nazi _____", "the Red Army" in a stem for
// "purge of the Red Army command".
TEST_CASE("P4: A stem that names its answer by a root, adjective or demonym is not asked", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Names\n\n"
      "- The Victorian era takes its name from [Queen Victoria]{person}.\n"
      "- Under the line of [social fascism]{term}, communists denounced the Social Democrats as social fascists.\n"
      "- The Soviet Union signed a pact with Nazi [Germany]{place}.\n"
      "- The [purge of the Red Army command]{event} cost the Red Army its best officers.\n"
      "- Martian dust storms cover [Mars]{place}.\n"
      "- Japanese troops landed in [Japan]{place}'s new colony.\n"
      "- The [Victorian age]{term} takes its name from Queen Victoria.\n"
      "- [Stalin]{person} signed a pact with [Britain]{place}.\n")).deck;
  for (std::string_view answer : {"Queen Victoria", "social fascism", "Germany", "purge of the Red Army command", "Mars", "Japan", "Victorian age"}) {
    INFO(answer);
    const Item& item = item_with_answer(deck, answer);
    CHECK(find_question(item, QuestionKind::Cloze) == nullptr);
    CHECK(find_question(item, QuestionKind::MultipleChoice) == nullptr);
  }
  CHECK(find_question(item_with_answer(deck, "Britain"), QuestionKind::Cloze) != nullptr);
}

// P3a: "_____ is about 6,400 km long" offered "the Orinoco / the Amazon" in lower case; "run by
// _____" had "the IBGE" as the only option with "the".
TEST_CASE("P3a: Options of a sentence-opening blank are capitalised and share the article", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Rivers\n\n"
      "- The [Amazon]{place} is about 6,400 km long.\n"
      "- The [Orinoco]{place} flows into the Atlantic.\n"
      "- The [Paraná]{place} flows past Rosario.\n"
      "- The [Nile]{place} is the longest river.\n")).deck;
  const Question* q = find_question(item_with_answer(deck, "Amazon"), QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  CHECK(q->prompt.starts_with("_____ is about"));
  for (const std::string& option : q->options) CHECK(option.starts_with("The "));
}

// P3a/P3b: "as a _____" moves the article into every option, each with its own a/an.
TEST_CASE("P3a: An indefinite article before the blank moves into every option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Kinds\n\n"
      "- In 2006 Pluto was reclassified as a [dwarf planet]{term}.\n"
      "- Uranus is an [ice giant]{term}.\n"
      "- Earth is a [rocky planet]{term}.\n"
      "- Halley is a [comet]{term}.\n")).deck;
  const Question* q = find_question(item_with_answer(deck, "dwarf planet"), QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  CHECK(q->prompt.find("as _____") != std::string::npos);
  for (const std::string& option : q->options) {
    CHECK((option.starts_with("a ") || option.starts_with("an ")));
    if (option.ends_with("ice giant")) CHECK(option == "an ice giant");
  }
}

// P1a: "The historian Ángel Viñas argues that ..." was swapped onto another historian.
TEST_CASE("P1a: An opinion or a counterfactual gets no false statement", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Views\n\n"
      "- The historian [Ángel Viñas]{person} argues that Stalin was far-sighted.\n"
      "- [Antony Beevor]{person} described the battles.\n"
      "- [Paul Preston]{person} described the war.\n"
      "- [Hugh Thomas]{person} wrote a history.\n")).deck;
  CHECK(find_question(item_with_answer(deck, "Ángel Viñas"), QuestionKind::TrueFalse, false) == nullptr);
}

// P3b: "George Eliot set his novels in Wessex" (a woman swapped into "his").
TEST_CASE("P3b: A person is not swapped into a sentence with a gendered pronoun", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Novels\n\n"
      "- [Thomas Hardy]{person} set his novels in Wessex.\n"
      "- [George Eliot]{person} wrote Middlemarch.\n"
      "- [Anthony Trollope]{person} wrote about Barsetshire.\n"
      "- [Elizabeth Gaskell]{person} wrote North and South.\n")).deck;
  CHECK(find_question(item_with_answer(deck, "Thomas Hardy"), QuestionKind::TrueFalse, false) == nullptr);
  CHECK(find_question(item_with_answer(deck, "George Eliot"), QuestionKind::TrueFalse, false) != nullptr);
}

// P1a: "Beyond Uranus, the Kuiper Belt stretches from about 30 AU" was marked false (Uranus is
// inside 30 AU too), and "began under Lenin, not under Trotsky" was marked false (it is true).
TEST_CASE("P1a: A value after 'beyond' or 'not' gets no false statement, and 'beyond _____' is not asked", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Frames\n\n"
      "- Beyond [Neptune]{place}, the Kuiper Belt stretches from 30 AU to 50 AU.\n"
      "- [Uranus]{place} is an ice giant.\n"
      "- [Saturn]{place} has rings.\n"
      "- [Jupiter]{place} is the largest planet.\n"
      "- Mass arrests began under [Lenin]{person}, not under [Stalin]{person}.\n"
      "- [Trotsky]{person} led the Red Army.\n"
      "- [Zinoviev]{person} chaired the Comintern.\n"
      "- [Bukharin]{person} edited Pravda.\n")).deck;
  const Item& neptune = item_with_answer(deck, "Neptune");
  CHECK(find_question(neptune, QuestionKind::Cloze) == nullptr);
  CHECK(find_question(neptune, QuestionKind::MultipleChoice) == nullptr);
  CHECK(find_question(neptune, QuestionKind::TrueFalse, false) == nullptr);
  CHECK(find_question(item_with_answer(deck, "Stalin"), QuestionKind::TrueFalse, false) == nullptr);
  CHECK(find_question(item_with_answer(deck, "Lenin"), QuestionKind::TrueFalse, false) != nullptr);
  CHECK(find_question(item_with_answer(deck, "Uranus"), QuestionKind::Cloze) != nullptr);
}

// P4: "During the years of alliance with Hitler, the Soviet Union delivered raw materials to _____"
// (Germany): the stem named the answer by its leader.
TEST_CASE("P4: A stem that names the answer's leader does not ask the place", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Argentina\n\n"
      "- [Juan Perón]{person} came to power in [Argentina]{place} in 1946.\n"
      "- [Brazil]{place}'s president [Getúlio Vargas]{person} built the steel works at Volta Redonda.\n"
      "- In the years of friendship with Perón, Spain bought most of its wheat from [Argentina]{place}.\n"
      "- Under Vargas, coffee from [Brazil]{place} was burnt to keep prices up.\n"
      "- Most of the beef came from [Uruguay]{place}.\n"
      "- The copper came from [Chile]{place}.\n"
      "- The tin came from [Bolivia]{place}.\n")).deck;
  for (const Item& item : deck.items) {
    if (item.fact_index == 2 || item.fact_index == 3) {  // the two stems that name a leader
      INFO(item.answer);
      CHECK(find_question(item, QuestionKind::Cloze) == nullptr);
      CHECK(find_question(item, QuestionKind::MultipleChoice) == nullptr);
    }
  }
  // A stem without the leader still asks the place, and so does the sentence that says who leads it.
  CHECK(find_question(item_with_answer(deck, "Chile"), QuestionKind::Cloze) != nullptr);
  for (const Item& item : deck.items) {
    if (item.fact_index == 0 && item.answer == "Argentina") CHECK(find_question(item, QuestionKind::Cloze) != nullptr);
  }
}

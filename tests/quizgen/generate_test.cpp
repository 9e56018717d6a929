// The question generator (quizgen/generate.hpp): fairness on the shipped deck and on small
// articles built for one rule each, stable ids, determinism.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <unordered_set>

#include "generate_helpers.hpp"
#include "quizgen/answer_check.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

bool option_matches_item(const std::string& option, const Item& item) {
  const std::vector<std::string> forms = normalized_forms(item);
  const std::string normalized = normalize_answer(option);
  if (std::find(forms.begin(), forms.end(), normalized) != forms.end()) return true;
  return item.type == SpanType::Person && item.accepts_surname &&
         normalized == std::string(last_word(normalize_answer(item.canonical)));
}

const GenerateOutcome& shipped_outcome() {
  static const GenerateOutcome outcome = build_deck(shipped_article(), GenerateOptions{});
  return outcome;
}

}  // namespace

// ---- The shipped deck ----

TEST_CASE("Every multiple choice of the shipped deck has distinct options and one correct",
          "[quizgen]") {
  const Deck& deck = shipped_outcome().deck;
  std::size_t choices = 0;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind != QuestionKind::MultipleChoice) continue;
      ++choices;
      INFO(q.prompt);
      REQUIRE(q.options.size() >= 3);
      REQUIRE(q.options.size() <= 4);
      std::set<std::string> distinct;
      for (const std::string& option : q.options) distinct.insert(normalize_answer(option));
      CHECK(distinct.size() == q.options.size());
      const auto correct = std::count_if(q.options.begin(), q.options.end(),
                                         [&](const std::string& o) { return option_matches_item(o, item); });
      if (!item.date) CHECK(correct == 1);
      REQUIRE(q.correct_option >= 0);
      if (!item.date) CHECK(option_matches_item(q.options[static_cast<std::size_t>(q.correct_option)], item));
    }
  }
  CHECK(choices > 450);
}

TEST_CASE("No stem of the shipped deck contains its own answer", "[quizgen]") {
  for (const Item& item : shipped_outcome().deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind == QuestionKind::TrueFalse) continue;
      const std::string stem = normalize_text(q.prompt);
      for (const std::string& form : normalized_forms(item)) {
        INFO(q.prompt << " / " << form);
        CHECK_FALSE(contains_words(stem, form));
      }
    }
  }
}

TEST_CASE("Every false statement of the shipped deck differs from every true fact", "[quizgen]") {
  const Deck& deck = shipped_outcome().deck;
  std::unordered_set<std::string> facts;
  for (const DeckFact& fact : deck.facts) facts.insert(normalize_text(fact.text));
  std::size_t false_statements = 0;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind != QuestionKind::TrueFalse || q.is_true) continue;
      ++false_statements;
      INFO(q.prompt);
      CHECK_FALSE(facts.contains(normalize_text(q.prompt)));
      CHECK_FALSE(option_matches_item(q.shown_value, item));
    }
  }
  CHECK(false_statements > 300);
}

TEST_CASE("Every content section of the shipped deck yields questions", "[quizgen]") {
  const Deck& deck = shipped_outcome().deck;
  std::vector<std::size_t> questions(deck.sections.size());
  std::vector<bool> has_facts(deck.sections.size());
  for (const DeckFact& fact : deck.facts) has_facts[static_cast<std::size_t>(fact.section)] = true;
  for (const Item& item : deck.items) {
    questions[static_cast<std::size_t>(deck.facts[item.fact_index].section)] += item.questions.size();
  }
  for (std::size_t s = 0; s < deck.sections.size(); ++s) {
    INFO(deck.sections[s].title);
    if (has_facts[s]) CHECK(questions[s] > 0);
  }
}

TEST_CASE("Two builds of the shipped deck are byte-identical and the seed matters", "[quizgen]") {
  const Article article = shipped_article();
  const std::string first = deck_json(build_deck(article, {}).deck);
  const std::string second = deck_json(build_deck(article, {}).deck);
  CHECK(first == second);
  GenerateOptions seeded;
  seeded.seed = 7;
  CHECK(deck_json(build_deck(article, seeded).deck) != first);
}

TEST_CASE("Building the shipped deck on several threads gives the same deck and notes", "[quizgen]") {
  const Article article = shipped_article();
  GenerateOptions one_thread;
  one_thread.threads = 1;
  const GenerateOutcome alone = build_deck(article, one_thread);
  GenerateOptions three_threads;
  three_threads.threads = 3;
  const GenerateOutcome split = build_deck(article, three_threads);
  CHECK(deck_json(split.deck) == deck_json(alone.deck));
  CHECK(format_notes(split.notes, "x") == format_notes(alone.notes, "x"));
  CHECK(split.stats.questions == alone.stats.questions);
  CHECK(split.stats.choice_questions == alone.stats.choice_questions);
}

TEST_CASE("Rewording one fact of the shipped deck keeps every item id", "[quizgen]") {
  std::string text = read_text(shipped_deck_path());
  const Deck before = build_deck(parse_or_fail(text), {}).deck;
  const std::string from = "was a staunch supporter of";
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "was a loyal follower of");
  const Deck after = build_deck(parse_or_fail(text), {}).deck;
  REQUIRE(before.items.size() == after.items.size());
  for (std::size_t i = 0; i < before.items.size(); ++i) CHECK(before.items[i].id == after.items[i].id);
}

TEST_CASE("The shipped deck has chronology and matching exercises in a correct order", "[quizgen]") {
  const Deck& deck = shipped_outcome().deck;
  std::size_t chronologies = 0;
  for (const Exercise& ex : deck.exercises) {
    if (ex.kind != ExerciseKind::Chronology) continue;
    ++chronologies;
    REQUIRE(ex.answer.size() == ex.left.size());
    REQUIRE(ex.left.size() >= 3);
  }
  CHECK(chronologies >= 5);
  CHECK(std::any_of(deck.exercises.begin(), deck.exercises.end(),
                    [](const Exercise& ex) { return ex.kind == ExerciseKind::Matching; }));
}

// ---- One rule at a time ----

TEST_CASE("Editing one fact keeps the ids of the other facts' items", "[quizgen]") {
  const std::string head = "# S\n\n- [Molotov]{person@c} replaced [Litvinov]{person@c}.\n";
  const Deck before = build_deck(parse_or_fail(head + "- [Chicherin]{person@c} led in [1922]{date}.\n")).deck;
  const Deck after = build_deck(parse_or_fail(head + "- [Chicherin]{person@c} led from [1923]{date}.\n")).deck;
  CHECK(before.items[0].id == after.items[0].id);
  CHECK(before.items[1].id == after.items[1].id);
  CHECK(before.items[2].id != after.items[2].id);  // the edited fact has no explicit id
}

TEST_CASE("Item ids do not depend on the position of the fact", "[quizgen]") {
  const std::string a = "- [Molotov]{person} replaced [Litvinov]{person}. {#swap}\n";
  const std::string b = "- [Chicherin]{person} led the delegation. {#lead}\n";
  const Deck first = build_deck(parse_or_fail("# S\n" + a + b)).deck;
  const Deck second = build_deck(parse_or_fail("# S\n" + b + a)).deck;
  CHECK(first.items[0].id == second.items[1].id);
  CHECK(first.items[2].id == second.items[0].id);
}

namespace {

const std::string kCommissars =
    "# People\n\n"
    "- [Vyacheslav Molotov]{person@commissars} signed the pact.\n"
    "- [Maxim Litvinov]{person@commissars} spoke at Geneva.\n"
    "- [Georgy Chicherin]{person@commissars} went to Genoa.\n"
    "- [Leon Trotsky]{person@commissars} led the Red Army.\n"
    "- [Adolf Hitler]{person@nazis} invaded Poland.\n";

}  // namespace

TEST_CASE("Distractors come from the answer's group only", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(kCommissars)).deck;
  const Question* q = find_question(item_with_answer(deck, "Vyacheslav Molotov"), QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  CHECK(q->options.size() == 4);
  CHECK(std::find(q->options.begin(), q->options.end(), "Adolf Hitler") == q->options.end());
}

TEST_CASE("A group too small for fair options loses its multiple choice and says so", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(kCommissars));
  CHECK(find_question(item_with_answer(outcome.deck, "Adolf Hitler"), QuestionKind::MultipleChoice) == nullptr);
  CHECK(std::any_of(outcome.notes.begin(), outcome.notes.end(), [](const GenerateNote& n) {
    return n.span_text == "Adolf Hitler" && n.message.starts_with("multiple choice skipped");
  }));
}

TEST_CASE("An alias or surname of the answer is never offered as a wrong option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- [Joseph Stalin]{person@leaders} ruled.\n- [Stalin]{person@leaders} signed.\n"
      "- [Koba]{person@leaders = Joseph Stalin} robbed a bank.\n- [Lenin]{person@leaders} spoke.\n"
      "- [Trotsky]{person@leaders} fled.\n- [Kamenev]{person@leaders} fell.\n")).deck;
  const Question* q = find_question(item_with_answer(deck, "Joseph Stalin"), QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  for (const std::string& option : q->options) {
    CHECK(option != "Stalin");
    CHECK(option != "Koba");
  }
}

TEST_CASE("A value another fact states for the same frame is not a distractor", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- The talks were held in [Moscow]{place@cities}.\n- The talks were held in [Berlin]{place@cities}.\n"
      "- [Paris]{place@cities} is far.\n- [Rome]{place@cities} is old.\n- [Vienna]{place@cities} is calm.\n")).deck;
  for (std::string_view answer : {"Moscow", "Berlin"}) {
    const Item& item = item_with_answer(deck, answer);
    const Question* q = find_question(item, QuestionKind::MultipleChoice);
    REQUIRE(q != nullptr);
    const std::string other = answer == "Moscow" ? "Berlin" : "Moscow";
    CHECK(std::find(q->options.begin(), q->options.end(), other) == q->options.end());
    const Question* statement = find_question(item, QuestionKind::TrueFalse, false);
    REQUIRE(statement != nullptr);
    CHECK(statement->shown_value != other);
  }
}

TEST_CASE("A month question gets months of the same era, in order", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- The [Pact]{event} was signed in [August 1939]{date}.\n- [Munich]{event} came in [September 1938]{date}.\n"
      "- [Barbarossa]{event} began in [June 1941]{date}.\n- [Rapallo]{event} came in [April 1922]{date}.\n"
      "- The [Winter War]{event} began in [November 1939]{date}.\n- [Prague]{event} fell in [1939]{date}.\n")).deck;
  const Question* q = find_question(item_with_answer(deck, "August 1939"), QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  CHECK(q->options == std::vector<std::string>{"September 1938", "August 1939", "November 1939", "June 1941"});
  CHECK(q->correct_option == 1);
}

TEST_CASE("A year that dates no event gets no choice and no false statement", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# S\n\n- In [1938]{date} the air force was led by [Göring]{person}.\n- In [1939]{date} it rained.\n"
      "- In [1940]{date} it snowed.\n- In [1941]{date} it froze.\n"));
  const Item& item = item_with_answer(outcome.deck, "1938");
  CHECK(find_question(item, QuestionKind::Cloze) != nullptr);
  CHECK(find_question(item, QuestionKind::MultipleChoice) == nullptr);
  CHECK(find_question(item, QuestionKind::TrueFalse, false) == nullptr);
}

TEST_CASE("A span in a list gets no false statement and no co-listed distractor", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# S\n\n- It attacked [Finland]{place@states}, [Estonia]{place@states} and [Latvia]{place@states}.\n"
      "- Earlier it took [Poland]{place@states} and [Finland]{place@states}.\n"
      "- [Spain]{place@states} was far.\n- [Italy]{place@states} was hostile.\n- [Greece]{place@states} was neutral.\n"));
  const Item& estonia = item_with_answer(outcome.deck, "Estonia");
  CHECK(find_question(estonia, QuestionKind::TrueFalse, false) == nullptr);
  const Question* q = find_question(estonia, QuestionKind::MultipleChoice);
  REQUIRE(q != nullptr);
  CHECK(std::find(q->options.begin(), q->options.end(), "Poland") == q->options.end());
}

TEST_CASE("A sentence that names its own answer elsewhere gets no cloze", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# S\n\n- [Stalin]{person} trusted Stalin's instincts.\n- [Lenin]{person} spoke.\n"));
  const Item& item = item_with_answer(outcome.deck, "Stalin");
  CHECK(find_question(item, QuestionKind::Cloze) == nullptr);
  CHECK(find_question(item, QuestionKind::TrueFalse) != nullptr);
  CHECK(std::any_of(outcome.notes.begin(), outcome.notes.end(),
                    [](const GenerateNote& n) { return n.message.find("names the answer") != std::string::npos; }));
}

TEST_CASE("A sentence opened by a person gets a who-question", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail("# S\n\n- [Molotov]{person} replaced [Litvinov]{person} in [May 1939]{date}.\n")).deck;
  const Question* who = find_question(item_with_answer(deck, "Molotov"), QuestionKind::WhQuestion);
  REQUIRE(who != nullptr);
  CHECK(who->prompt == "Who replaced Litvinov in May 1939?");
  const Question* when = find_question(item_with_answer(deck, "May 1939"), QuestionKind::WhQuestion);
  REQUIRE(when != nullptr);
  CHECK(when->prompt == "In which month and year did this happen? Molotov replaced Litvinov.");
}

TEST_CASE("Chronology exercises list their events earliest first in the answer", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- The [Pact]{event} was signed in [August 1939]{date}.\n- [Munich]{event} came in [September 1938]{date}.\n"
      "- [Barbarossa]{event} began in [June 1941]{date}.\n- [Rapallo]{event} came in [April 1922]{date}.\n")).deck;
  const auto ex = std::find_if(deck.exercises.begin(), deck.exercises.end(),
                               [](const Exercise& e) { return e.kind == ExerciseKind::Chronology; });
  REQUIRE(ex != deck.exercises.end());
  REQUIRE(ex->answer.size() == 4);
  std::vector<std::string> ordered;
  for (std::int32_t at : ex->answer) ordered.push_back(ex->labels[static_cast<std::size_t>(at)]);
  CHECK(ordered == std::vector<std::string>{"April 1922", "September 1938", "August 1939", "June 1941"});
}

TEST_CASE("Matching exercises pair each left entry with its own right entry", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n- The [Pact]{event} was signed in [August 1939]{date}.\n- [Munich]{event} came in [September 1938]{date}.\n"
      "- [Barbarossa]{event} began in [June 1941]{date}.\n- [Rapallo]{event} came in [April 1922]{date}.\n")).deck;
  const auto ex = std::find_if(deck.exercises.begin(), deck.exercises.end(),
                               [](const Exercise& e) { return e.kind == ExerciseKind::Matching; });
  REQUIRE(ex != deck.exercises.end());
  for (std::size_t i = 0; i < ex->left.size(); ++i) {
    const std::string& right = ex->right[static_cast<std::size_t>(ex->answer[i])];
    if (ex->left[i] == "Munich") CHECK(right == "September 1938");
    if (ex->left[i] == "Rapallo") CHECK(right == "April 1922");
  }
}

TEST_CASE("Cyrillic answers survive generation and get a first-letter hint", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail("# S\n\n- [Молотов]{person} подписал пакт.\n")).deck;
  const Item& item = deck.items.front();
  CHECK(item.hint.first_letter == "М");
  CHECK(item.hint.length_chars == 7);
}

TEST_CASE("A number written with about, c., some or nearly is hinted and answered as the number itself",
          "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# S\n\n"
      "- Brazil counted [about 203 million]{number} people. {#brazil}\n"
      "- The wall ran for [c. 120 km]{number}. {#wall}\n"
      "- The fleet had [some 40 ships]{number}. {#fleet}\n"
      "- The climb took [nearly 7 hours]{number}. {#climb}\n"
      "- The corona is at [more than 1 million °C]{number}. {#corona}\n"
      "- The cathedral was begun [c. 1200]{date}. {#cathedral}\n")).deck;
  struct Case {
    std::string_view answer, typed_form, first_letter;
  };
  for (const Case& c : {Case{"about 203 million", "203 million", "2"}, Case{"c. 120 km", "120 km", "1"},
                        Case{"some 40 ships", "40 ships", "4"}, Case{"nearly 7 hours", "7 hours", "7"}}) {
    INFO(c.answer);
    const Item& item = item_with_answer(deck, c.answer);
    CHECK(item.canonical == c.typed_form);
    CHECK(item.hint.first_letter == c.first_letter);
    CHECK(item.hint.length_chars == c.typed_form.size());
    // The approximation word is accepted but not required.
    CHECK(check_typed_answer(c.typed_form, item, deck).accepted);
    CHECK(check_typed_answer(c.answer, item, deck).accepted);
  }
  const Item& population = item_with_answer(deck, "about 203 million");
  CHECK(population.hint.word_count == 2);
  CHECK(check_typed_answer("204 million", population, deck).reason ==
        "rejected: expected 203 million (\u00b1500,000, the precision the text states)");
  SECTION("a word that changes what is stated stays") {
    const Item& corona = item_with_answer(deck, "more than 1 million °C");
    CHECK(corona.canonical == "more than 1 million °C");
    CHECK(corona.hint.first_letter == "m");
  }
  SECTION("a date keeps its c. as the answer, and is hinted by its year") {
    const Item& cathedral = item_with_answer(deck, "c. 1200");
    CHECK(cathedral.canonical == "c. 1200");
    CHECK(cathedral.hint.first_letter == "1");
    CHECK(cathedral.hint.length_chars == 4);
  }
}

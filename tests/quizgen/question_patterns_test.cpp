// The open defect patterns of the independent judge (tests/data/quality/README.md, "An
// independent judge", J1-J8): each as a small article on at least two subjects, never the judged
// deck's own sentence alone. Where the generator cannot be sure, it drops the question and says
// why in a note that `quizgen check` prints with the fact's line.
#include <algorithm>
#include <string>
#include <vector>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

/// Every prompt of `kind` asking about the item whose answer is `answer`.
std::vector<std::string> prompts_for(const Deck& deck, std::string_view answer, QuestionKind kind) {
  std::vector<std::string> out;
  for (const Item& item : deck.items) {
    if (item.answer != answer) continue;
    for (const Question& q : item.questions) {
      if (q.kind == kind) out.push_back(q.prompt);
    }
  }
  return out;
}

/// Every false statement the deck makes.
std::vector<std::string> false_statements(const Deck& deck) {
  std::vector<std::string> out;
  for (const Item& item : deck.items) {
    for (const Question& q : item.questions) {
      if (q.kind == QuestionKind::TrueFalse && !q.is_true) out.push_back(q.prompt);
    }
  }
  return out;
}

bool any_contains(const std::vector<std::string>& texts, std::string_view part) {
  return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

bool has_note(const GenerateOutcome& outcome, std::string_view span_text, std::string_view words) {
  return std::any_of(outcome.notes.begin(), outcome.notes.end(), [&](const GenerateNote& n) {
    return n.span_text == span_text && n.message.find(words) != std::string::npos && n.line > 0;
  });
}

/// Questions other than the fact's one true statement, over all items of the fact `key`.
std::size_t asked_beyond_true_statement(const Deck& deck, std::string_view key) {
  std::size_t count = 0;
  for (const Item& item : deck.items) {
    if (item.fact_key != key) continue;
    for (const Question& q : item.questions) count += (q.kind == QuestionKind::TrueFalse && q.is_true) ? 0 : 1;
  }
  return count;
}

}  // namespace

// ---- J1: a stem that does not say what is asked ----

// "What was published by Macmillan in 1865?" and "What ran weekly in ... All the Year Round?"
struct SubjectCase {
  const char* article;
  const char* answer;
  const char* expected_opening;  // empty: no wh-question at all
};

TEST_CASE("J1: A term's wh-question names the term's kind from its group, or is not asked", "[quizgen]") {
  const SubjectCase c = GENERATE(
      SubjectCase{"- [Great Expectations]{term@novels} ran weekly in All the Year Round.\n"
                  "- [Bleak House]{term@novels} appeared in monthly parts.\n",
                  "Great Expectations", "Which novel ran weekly"},
      SubjectCase{"- [Great Expectations]{term} ran weekly in All the Year Round.\n",
                  "Great Expectations", ""},
      SubjectCase{"- [Photosynthesis]{term@processes} turns light into chemical energy.\n"
                  "- [Respiration]{term@processes} releases energy from sugar.\n",
                  "Photosynthesis", "Which process turns light"},
      SubjectCase{"- [Photosynthesis]{term} turns light into chemical energy.\n", "Photosynthesis", ""});
  const Deck deck = build_deck(parse_or_fail(std::string("# Works\n\n") + c.article)).deck;
  const auto wh = prompts_for(deck, c.answer, QuestionKind::WhQuestion);
  INFO(c.article);
  CHECK_FALSE(any_contains(wh, "What "));
  if (std::string_view(c.expected_opening).empty()) {
    CHECK(wh.empty());
  } else {
    CHECK(any_contains(wh, c.expected_opening));
  }
}

// "Winston Churchill was appalled by the _____." and "Litvinov ... made him hated by _____"
// (Ribbentrop, Goebbels and Göring hated him too): an attitude holds for many holders and objects.
TEST_CASE("J1: The holder or object of an attitude is not asked as a blank", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Reactions\n\n"
      "- [Winston Churchill]{person@leaders} was appalled by the [Munich Agreement]{event@treaties}. {#appalled}\n"
      "- [Neville Chamberlain]{person@leaders} signed the [Anglo-German Declaration]{event@treaties}.\n"
      "- [Édouard Daladier]{person@leaders} signed the [Franco-German Declaration]{event@treaties}.\n"
      "- Victorian critics hated [Jude the Obscure]{term@novels} for its frankness. {#hated}\n"
      "- [Tess of the d'Urbervilles]{term@novels} appeared in 1891.\n"
      "- [The Return of the Native]{term@novels} appeared in 1878.\n"
      "- [Thomas Hardy]{person@leaders} stopped writing novels in [1895]{date}.\n"));
  const Deck& deck = outcome.deck;
  for (const char* answer : {"Munich Agreement", "Winston Churchill", "Jude the Obscure"}) {
    INFO(answer);
    CHECK(prompts_for(deck, answer, QuestionKind::Cloze).empty());
    CHECK(prompts_for(deck, answer, QuestionKind::MultipleChoice).empty());
  }
  CHECK(has_note(outcome, "Munich Agreement", "attitude"));
  CHECK(has_note(outcome, "Jude the Obscure", "attitude"));
  // A value tied to no attitude word is still asked.
  CHECK_FALSE(prompts_for(deck, "1895", QuestionKind::Cloze).empty());
}

// "Brazil is the largest country in South America, with _____." says neither area nor population.
TEST_CASE("J1: A number after a closing 'with' is not asked", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Sizes\n\n"
      "- Brazil is the largest country in South America, with [8.5 million km²]{number@areas}.\n"
      "- Jupiter is the largest planet, with [79 moons]{number@moons}.\n"
      "- Argentina covers [2.8 million km²]{number@areas}.\n"
      "- Saturn has [83 moons]{number@moons} in its orbit.\n"));
  CHECK(prompts_for(outcome.deck, "8.5 million km²", QuestionKind::Cloze).empty());
  CHECK(prompts_for(outcome.deck, "79 moons", QuestionKind::Cloze).empty());
  CHECK(has_note(outcome, "79 moons", "'with _____'"));
  CHECK_FALSE(prompts_for(outcome.deck, "2.8 million km²", QuestionKind::Cloze).empty());
}

// ---- J2: a title hinted as "a term" or "an organization" ----

struct HintCase {
  const char* span;
  const char* answer;
  const char* type_word;
};

TEST_CASE("J2: A grouped name's hint says its kind; an ungrouped capitalized term is a name", "[quizgen]") {
  const HintCase c = GENERATE(HintCase{"[Ivanhoe]{term@novels}", "Ivanhoe", "a novel"},
                              HintCase{"[Beeton's Christmas Annual]{org@magazines}", "Beeton's Christmas Annual", "a magazine"},
                              HintCase{"[Operation Barbarossa]{event@military-operations}", "Operation Barbarossa", "an operation"},
                              HintCase{"[Io]{place@moons}", "Io", "a place"},
                              HintCase{"[Jane Eyre]{term}", "Jane Eyre", "a name"},
                              HintCase{"[photosynthesis]{term}", "photosynthesis", "a term"},
                              HintCase{"[realism]{term@movements}", "realism", "a movement"},
                              HintCase{"[water ice]{term@chemicals}", "water ice", "a chemical"},
                              HintCase{"[Cassini]{event@missions}", "Cassini", "a mission"},
                              HintCase{"[Maria Edgeworth]{person@novelists}", "Maria Edgeworth", "a person"});
  const Deck deck = build_deck(parse_or_fail(std::string("# Kinds\n\n- Everyone remembers ") + c.span + " well.\n")).deck;
  CHECK(item_with_answer(deck, c.answer).hint.type_word == c.type_word);
}

// ---- J3: a number written in words given away by its first letter and length ----

TEST_CASE("J3: A number written in words gets no first letter and no length in its hint", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Counts\n\n"
      "- Jane Austen completed [six]{number} novels.\n"
      "- The Sun has [eight]{number} planets.\n"
      "- Mars has [2]{number} moons.\n")).deck;
  for (const char* answer : {"six", "eight"}) {
    const Hint& hint = item_with_answer(deck, answer).hint;
    INFO(answer);
    CHECK(hint.type_word == "a number");
    CHECK(hint.first_letter.empty());
    CHECK(hint.length_chars == 0);
  }
  CHECK(item_with_answer(deck, "2").hint.first_letter == "2");
}

// ---- J4: "false" statements that are arguably true ----

// "The rings of Neptune are made mostly of water ice" (false, the fact says Saturn): a property
// that a plural noun ("rings", "moons") gives to one value, another may have too.
TEST_CASE("J4: The owner of a plural property is not swapped into a false statement", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Planets\n\n"
      "- The rings of [Saturn]{place@planets} are made mostly of water ice. {#rings}\n"
      "- The moons of [Uranus]{place@planets} are named after characters of Shakespeare. {#moons}\n"
      "- [Neptune]{place@planets} was found in 1846.\n"
      "- [Jupiter]{place@planets} is the largest planet.\n"
      "- [Mars]{place@planets} is red.\n"
      "- The capital of [Peru]{place@countries} is Lima.\n"
      "- [Chile]{place@countries} is long and narrow.\n"
      "- [Bolivia]{place@countries} has two capitals.\n"));
  const auto statements = false_statements(outcome.deck);
  CHECK_FALSE(any_contains(statements, "The rings of"));
  CHECK_FALSE(any_contains(statements, "The moons of"));
  CHECK(has_note(outcome, "Saturn", "another value may have it too"));
  // A singular head ("the capital of") names one thing per value.
  CHECK(any_contains(statements, "The capital of"));
}

// ---- J5: wording questions ----

TEST_CASE("J5: A fact giving a name in another script is not quizzed, and check says why", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Names\n\n"
      "- In Russian the [Cheka]{org} was the [Всероссийская чрезвычайная комиссия]{term}. {#cheka-ru}\n"
      "- The Greek word [πλανήτης]{term} gave the [planets]{term} their name. {#planet-greek}\n"
      "- The [Cheka]{org} was founded in [December 1917]{date}. {#cheka}\n"
      "- [Felix Dzerzhinsky]{person} led the Cheka.\n"
      "- The [GPU]{org} succeeded the Cheka in [February 1922]{date}.\n"
      "- [Venus]{place} is the hottest planet.\n"
      "- [Mars]{place} has two moons.\n"
      "- [Jupiter]{place} is the largest planet.\n"
      "- [Saturn]{place} has rings.\n"
      "- [Uranus]{place} was found in [1781]{date}.\n"
      "- [Neptune]{place} was found in [1846]{date}.\n"));
  const Deck& deck = outcome.deck;
  for (const Item& item : deck.items) CHECK(item.fact_key != "cheka-ru");
  for (const Item& item : deck.items) CHECK(item.fact_key != "planet-greek");
  CHECK(has_note(outcome, "Всероссийская чрезвычайная комиссия", "another script"));
  CHECK(has_note(outcome, "πλανήτης", "another script"));
  CHECK_FALSE(prompts_for(deck, "December 1917", QuestionKind::Cloze).empty());
}

TEST_CASE("J5: An article where a fifth of the facts give another script's words keeps them", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Words\n\n"
      "- The Russian word for peace is [мир]{term}. {#mir}\n"
      "- The Russian word for bread is [хлеб]{term}. {#khleb}\n"
      "- [Moscow]{place} is the capital of Russia.\n")).deck;
  CHECK(item_with_answer(deck, "мир").fact_key == "mir");
}

// ---- J6: leftovers of the source sentence ----

TEST_CASE("J6: A fact that refers to another sentence asks only its true statement", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Stories\n\n"
      "- [John Polidori]{person} began [The Vampyre]{term} at the same gathering; it was published in [1819]{date}. {#vampyre}\n"
      "- [Voyager 2]{event} reached [Uranus]{place} in the following year. {#uranus}\n"
      "- The Moon always shows Earth the same face, a [synchronous rotation]{term}. {#moon}\n"));
  CHECK(asked_beyond_true_statement(outcome.deck, "vampyre") == 0);
  CHECK(asked_beyond_true_statement(outcome.deck, "uranus") == 0);
  CHECK(has_note(outcome, "1819", "another sentence"));
  CHECK(has_note(outcome, "Uranus", "another sentence"));
  // "the same face" without a preposition before it is no reference to another sentence.
  CHECK(asked_beyond_true_statement(outcome.deck, "moon") > 0);
}

TEST_CASE("J6: A chronology entry drops 'later' and its kin", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Purges and probes\n\n"
      "- [Nikolai Bukharin]{person} was later executed in the purges, in [March 1938]{date}.\n"
      "- The probe was subsequently steered into Saturn in [September 2017]{date}.\n"
      "- Germany invaded Poland on [1 September 1939]{date}.\n"
      "- Voyager 2 flew past Neptune in [August 1989]{date}.\n")).deck;
  std::vector<std::string> entries;
  for (const Exercise& ex : deck.exercises) {
    if (ex.kind == ExerciseKind::Chronology) entries.insert(entries.end(), ex.left.begin(), ex.left.end());
  }
  REQUIRE(entries.size() == 4);
  CHECK(any_contains(entries, "Nikolai Bukharin was executed in the purges."));
  CHECK(any_contains(entries, "The probe was steered into Saturn."));
  CHECK_FALSE(any_contains(entries, "later"));
  CHECK_FALSE(any_contains(entries, "subsequently"));
}

// ---- J7: swaps that contradict their own sentence ----

// "the Count comes ashore at Oxford, on the Yorkshire coast" and "War Commissar of the Communist
// Party": the words right after the span describe the true value.
TEST_CASE("J7: A span described by the words right after it is not swapped", "[quizgen]") {
  const GenerateOutcome outcome = build_deck(parse_or_fail(
      "# Places and posts\n\n"
      "- In Dracula the Count comes ashore at [Whitby]{place@towns}, on the Yorkshire coast. {#whitby}\n"
      "- Darwin sailed from [Plymouth]{place@towns}, a port in Devon. {#plymouth}\n"
      "- [Oxford]{place@towns} has a university.\n"
      "- [Bath]{place@towns} has Roman baths.\n"
      "- [York]{place@towns} has a minster.\n"
      "- Stalin became [General Secretary]{term@offices} of the Communist Party. {#gensec}\n"
      "- Trotsky was [War Commissar]{term@offices} during the civil war.\n"
      "- Molotov was [Foreign Commissar]{term@offices} from 1939.\n"));
  const auto statements = false_statements(outcome.deck);
  CHECK_FALSE(any_contains(statements, "Yorkshire coast"));
  CHECK_FALSE(any_contains(statements, "a port in Devon"));
  CHECK_FALSE(any_contains(statements, "of the Communist Party"));
  CHECK(has_note(outcome, "Whitby", "describe"));
  CHECK(has_note(outcome, "General Secretary", "describe"));
}

// ---- J8: matching exercises ----

// "Match each event with its date: Voyager 1 / Cassini ...": a spacecraft or a war has several
// dates (launch, a boundary crossed, its end); its name alone does not say which is meant.
TEST_CASE("J8: An event is matched with its date by the sentence that dates it, not by its name", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Missions\n\n"
      "- [Voyager 1]{event@missions} crossed the heliopause on [25 August 2012]{date}.\n"
      "- [Apollo 11]{event@missions} landed on the Moon on [20 July 1969]{date}.\n"
      "- [Sputnik 1]{event@missions} was launched on [4 October 1957]{date}.\n"
      "- [Luna 2]{event@missions} hit the Moon on [13 September 1959]{date}.\n"
      "- [Cassini]{event@missions} was admired by [1997]{date} standards.\n"
      "\n# Wars\n\n"
      "- The [Winter War]{event@wars} ended on [13 March 1940]{date}.\n"
      "- The [Continuation War]{event@wars} ended in [September 1944]{date}.\n"
      "- The [Lapland War]{event@wars} ended in [April 1945]{date}.\n")).deck;
  std::vector<std::string> lefts;
  for (const Exercise& ex : deck.exercises) {
    if (ex.kind == ExerciseKind::Matching) lefts.insert(lefts.end(), ex.left.begin(), ex.left.end());
  }
  REQUIRE_FALSE(lefts.empty());
  for (const std::string& left : lefts) {
    INFO(left);
    CHECK(left.ends_with("."));
  }
  CHECK(any_contains(lefts, "Voyager 1 crossed the heliopause."));
  CHECK(any_contains(lefts, "The Winter War ended."));
  // An attitude is no event to date.
  CHECK_FALSE(any_contains(lefts, "Cassini"));
}

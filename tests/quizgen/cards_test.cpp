// Plain flashcards (docs/facts-format.md, "Plain flashcards"): a definition list read as cards,
// asked front→back and back→front, typed and as multiple choice within the list.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

const std::string kLayers =
    "# Layers of the Sun\n"
    "\n"
    "Core\n"
    ": the centre, where hydrogen fuses into helium\n"
    "\n"
    "Radiative zone\n"
    ": the layer where energy travels outward as light\n"
    "\n"
    "Convective zone\n"
    ": the layer where hot gas rises and cool gas sinks\n"
    "\n"
    "**Photosphere**\n"
    ": the visible surface\n"
    "  of the Sun {#photosphere .surface}\n";

const std::string kPlanets =
    "# Planets\n"
    "\n"
    "Mercury\n"
    ": the planet closest to the Sun\n"
    "\n"
    "Jupiter\n"
    ": the largest planet\n"
    "\n"
    "Neptune\n"
    ": the planet farthest from the Sun\n";

std::vector<const Question*> questions_of(const Item& item, QuestionKind kind) {
  std::vector<const Question*> found;
  for (const Question& q : item.questions) {
    if (q.kind == kind) found.push_back(&q);
  }
  return found;
}

std::vector<std::string> sides_of(const Article& article, std::size_t span_index) {
  std::vector<std::string> sides;
  for (const Fact& fact : article.facts) {
    if (fact.card_list >= 0) sides.push_back(fact.spans[span_index].text);
  }
  return sides;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<Diagnostic> diagnostics_of(const std::string& text) {
  return parse_article(text, "t.facts.md").diagnostics;
}

}  // namespace

TEST_CASE("Each entry of a definition list is a card with its term and its definition", "[quizgen]") {
  const Article article = parse_or_fail(kLayers);
  REQUIRE(article.facts.size() == 4);
  const Fact& core = article.facts[0];
  CHECK(core.card_list == 0);
  CHECK(core.text == "Core — the centre, where hydrogen fuses into helium");
  REQUIRE(core.spans.size() == 2);
  CHECK(core.spans[kCardTermSpan].text == "Core");
  CHECK(core.spans[kCardDefinitionSpan].text == "the centre, where hydrogen fuses into helium");
  CHECK(core.spans[kCardTermSpan].type == SpanType::Term);
  CHECK(core.spans[kCardTermSpan].line == 3);
  CHECK(core.spans[kCardDefinitionSpan].line == 4);
  CHECK(core.spans[kCardDefinitionSpan].column == 3);
  SECTION("emphasis is dropped, continuation lines join the definition, attributes apply") {
    const Fact& photosphere = article.facts[3];
    CHECK(photosphere.spans[kCardTermSpan].text == "Photosphere");
    CHECK(photosphere.spans[kCardDefinitionSpan].text == "the visible surface of the Sun");
    CHECK(photosphere.id == "photosphere");
    CHECK(photosphere.key == "photosphere");
    CHECK(photosphere.tags == std::vector<std::string>{"surface"});
  }
  SECTION("check counts the cards") {
    CHECK(summarize_article(article) == "4 facts, 8 spans (term 8), 4 cards, 1 section");
  }
}

TEST_CASE("A card is asked both ways, typed and as multiple choice among its list", "[quizgen]") {
  const Article article = parse_or_fail(kLayers);
  const GenerateOutcome outcome = build_deck(article);
  const Deck& deck = outcome.deck;
  REQUIRE(deck.items.size() == 8);
  const std::vector<std::string> terms = sides_of(article, kCardTermSpan);
  const std::vector<std::string> definitions = sides_of(article, kCardDefinitionSpan);
  SECTION("back to front: the definition shown, the term asked") {
    const Item& core = item_with_answer(deck, "Core");
    CHECK(core.hint.type_word == "a term");
    const auto typed = questions_of(core, QuestionKind::Cloze);
    REQUIRE(typed.size() == 1);
    CHECK(typed[0]->prompt == "_____ — the centre, where hydrogen fuses into helium");
    const auto choice = questions_of(core, QuestionKind::MultipleChoice);
    REQUIRE(choice.size() == 1);
    CHECK(choice[0]->prompt == typed[0]->prompt);
    REQUIRE(choice[0]->options.size() == 4);
    CHECK(choice[0]->options[static_cast<std::size_t>(choice[0]->correct_option)] == "Core");
    for (const std::string& option : choice[0]->options) CHECK(contains(terms, option));
  }
  SECTION("front to back: the term shown, the definition asked") {
    const Item& surface = item_with_answer(deck, "the visible surface of the Sun");
    CHECK(surface.hint.type_word == "a definition");
    const auto typed = questions_of(surface, QuestionKind::Cloze);
    REQUIRE(typed.size() == 1);
    CHECK(typed[0]->prompt == "Photosphere — _____");
    const auto choice = questions_of(surface, QuestionKind::MultipleChoice);
    REQUIRE(choice.size() == 1);
    CHECK(choice[0]->options[static_cast<std::size_t>(choice[0]->correct_option)] == surface.answer);
    for (const std::string& option : choice[0]->options) CHECK(contains(definitions, option));
  }
  SECTION("no other kind of question, no exercise and no weak spot") {
    for (const Item& item : deck.items) {
      for (const Question& q : item.questions) {
        CHECK((q.kind == QuestionKind::Cloze || q.kind == QuestionKind::MultipleChoice));
      }
    }
    CHECK(deck.exercises.empty());
    CHECK(outcome.notes.empty());
  }
}

TEST_CASE("Cards take their wrong options from their own list only", "[quizgen]") {
  const Article article = parse_or_fail(kLayers + "\n" + kPlanets +
                                        "\nThe planets are named after gods.\n\nPluto\n: a dwarf planet\n\n"
                                        "Ceres\n: a dwarf planet in the asteroid belt\n");
  const Deck deck = build_deck(article).deck;
  const Item& jupiter = item_with_answer(deck, "Jupiter");
  const auto choice = questions_of(jupiter, QuestionKind::MultipleChoice);
  REQUIRE(choice.size() == 1);
  std::vector<std::string> options = choice[0]->options;
  std::sort(options.begin(), options.end());
  CHECK(options == std::vector<std::string>{"Jupiter", "Mercury", "Neptune"});
  SECTION("prose between two cards ends the list: two cards are too few for a choice") {
    const GenerateOutcome outcome = build_deck(article);
    const Item& pluto = item_with_answer(outcome.deck, "Pluto");
    CHECK(questions_of(pluto, QuestionKind::MultipleChoice).empty());
    CHECK(questions_of(pluto, QuestionKind::Cloze).size() == 1);
    const auto note = std::find_if(outcome.notes.begin(), outcome.notes.end(),
                                   [](const GenerateNote& n) { return n.span_text == "Pluto"; });
    REQUIRE(note != outcome.notes.end());
    CHECK(note->message == "multiple choice skipped: only 1 other terms in this definition list (need 2)");
  }
}

TEST_CASE("A card's items keep their ids when another card is reworded", "[quizgen]") {
  const Deck before = build_deck(parse_or_fail(kPlanets)).deck;
  std::string edited = kPlanets;
  edited.replace(edited.find("the largest planet"), 18, "the largest planet, a gas giant");
  const Deck after = build_deck(parse_or_fail(edited)).deck;
  CHECK(item_with_answer(after, "Mercury").id == item_with_answer(before, "Mercury").id);
  CHECK(item_with_answer(after, "Neptune").id == item_with_answer(before, "Neptune").id);
  CHECK(item_with_answer(after, "Jupiter").id != item_with_answer(before, "Jupiter").id);
}

TEST_CASE("A deck with cards is saved and loaded like any other", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(kLayers + "\n" + kPlanets)).deck;
  std::istringstream in(deck_json(deck));
  const Result<Deck> loaded = load_deck_json(in, "cards.json");
  REQUIRE(loaded.has_value());
  CHECK(deck_json(*loaded) == deck_json(deck));
}

TEST_CASE("Definition lists report their mistakes at the place", "[quizgen]") {
  SECTION("a tag inside a card is an error") {
    const auto diagnostics = diagnostics_of("# A\n\nCore\n: the [centre]{place} of the Sun\n");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::Error);
    CHECK(diagnostics[0].line == 4);
    CHECK(diagnostics[0].column == 7);
  }
  SECTION("a card before the first heading is an error") {
    const auto diagnostics = diagnostics_of("Core\n: the centre\n");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].severity == Severity::Error);
    CHECK(diagnostics[0].line == 1);
  }
  SECTION("a definition with a blank line before it is read as text, with a warning") {
    const ParseOutcome outcome = parse_article("# A\n\nCore\n\n: the centre\n", "t.facts.md");
    REQUIRE(outcome.article.has_value());
    CHECK(outcome.article->facts.empty());
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].severity == Severity::Warning);
    CHECK(outcome.diagnostics[0].line == 5);
  }
  SECTION("a second definition of one term is joined to the first, with a warning") {
    const ParseOutcome outcome = parse_article("# A\n\nCore\n: the centre\n: the hottest part\n", "t.facts.md");
    REQUIRE(outcome.article.has_value());
    REQUIRE(outcome.article->facts.size() == 1);
    CHECK(outcome.article->facts[0].spans[kCardDefinitionSpan].text == "the centre; the hottest part");
    REQUIRE(outcome.diagnostics.size() == 1);
    CHECK(outcome.diagnostics[0].severity == Severity::Warning);
  }
  SECTION("a colon inside a sentence is no definition") {
    const ParseOutcome outcome = parse_article("# A\n\n- [Molotov]{person} said:\n  : no.\n", "t.facts.md");
    REQUIRE(outcome.article.has_value());
    CHECK(outcome.article->facts.at(0).card_list == -1);
  }
}

// Imported flashcards as a tagged article (quizgen/card_article.hpp): escaping, Basic cards,
// sections, hints, and the article read back by the parser.
#include <catch2/catch.hpp>

#include "quizgen/card_article.hpp"
#include "quizgen/parse.hpp"

using namespace factdeck::quizgen;

TEST_CASE("Fact text escapes the facts format's special characters", "[quizgen]") {
  CHECK(escape_fact_text("[a]{b}|c=d@e\"f*g\\h") == "\\[a\\]\\{b\\}\\|c\\=d\\@e\\\"f\\*g\\\\h");
  CHECK(escape_fact_text("one\ntwo\tthree") == "one two three");
  CHECK(escape_fact_text("x <!-- y") == "x < !-- y");
}

TEST_CASE("A Basic card asks its back after its front", "[quizgen]") {
  CHECK(basic_card(" Capital of France ", "Paris ").parts ==
        std::vector<CardPart>{{"Capital of France: ", false}, {"Paris", true}});
  CHECK(basic_card("What is 2+2?", "4").parts == std::vector<CardPart>{{"What is 2+2? ", false}, {"4", true}});
}

TEST_CASE("Imported cards are written under their sections and parse back", "[quizgen]") {
  ImportedDeck deck;
  deck.title = "Capitals: Europe";
  deck.source = "capitals.apkg";
  deck.cards.push_back(basic_card("Capital of France", "Paris"));
  deck.cards.back().section = "West";
  ImportedCard cloze;
  cloze.parts = {{"Rome", true}, {" lies on the [river] ", false}, {"Tiber", true}, {".", false}};
  cloze.hint = "a \"river\"";
  deck.cards.push_back(cloze);
  deck.cards.push_back(basic_card("Capital of Spain", "Madrid"));
  deck.cards.back().section = "West";
  const std::string article = write_card_article(deck);
  CHECK(article ==
        "---\ntitle: Capitals: Europe\nid: capitals-europe-imported\nsource: capitals.apkg\n---\n"
        "\n# West\n\n- Capital of France: [Paris]{term@cards}\n- Capital of Spain: [Madrid]{term@cards}\n"
        "\n# Cards\n\n- [Rome]{term@cards} lies on the \\[river\\] [Tiber]{term@cards}. {hint=\"a \\\"river\\\"\"}\n");
  const ParseOutcome parsed = parse_article(article, "capitals.facts.md");
  for (const Diagnostic& d : parsed.diagnostics) CHECK(d.severity != Severity::Error);
  REQUIRE(parsed.article.has_value());
  REQUIRE(parsed.article->facts.size() == 3);
  CHECK(parsed.article->facts[2].text == "Rome lies on the [river] Tiber.");
  CHECK(parsed.article->facts[2].hint == "a \"river\"");
}

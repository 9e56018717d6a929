// Cards from other apps (anki/card_import.hpp): Anki's Basic and Cloze notes, Anki and Quizlet
// text exports with and without headers, and bad text named by file, line and column. Each
// imported deck is also written as an article and parsed back by the generator's parser.
#include <catch2/catch.hpp>

#include <set>

#include "anki/apkg_file.hpp"
#include "anki/card_import.hpp"
#include "anki_fixtures.hpp"
#include "quizgen/parse.hpp"

using namespace factdeck;
using namespace factdeck::anki;
using namespace factdeck::anki::test;
using quizgen::CardPart;

namespace {

quizgen::ImportedDeck read_text_or_fail(std::string_view text) {
  Result<quizgen::ImportedDeck> deck = read_card_text(text, "cards.txt");
  if (!deck) FAIL(deck.error().to_string());
  return std::move(*deck);
}

Error text_error(std::string_view text) {
  Result<quizgen::ImportedDeck> deck = read_card_text(text, "cards.txt");
  REQUIRE_FALSE(deck.has_value());
  return deck.error();
}

std::string one_line(std::string text) {
  for (char& c : text) c = c == '\n' ? ' ' : c;
  return text;
}

// The article parses with no error into one fact per card (grouped by section), each answer a
// span (a line break in an answer reads as a space).
void check_article_reads_back(const quizgen::ImportedDeck& deck) {
  const std::string article = quizgen::write_card_article(deck);
  INFO(article);
  const quizgen::ParseOutcome parsed = quizgen::parse_article(article, "imported.facts.md");
  for (const quizgen::Diagnostic& d : parsed.diagnostics) CHECK(d.severity != quizgen::Severity::Error);
  REQUIRE(parsed.article.has_value());
  REQUIRE(parsed.article->facts.size() == deck.cards.size());
  std::multiset<std::vector<std::string>> answers, spans;
  for (const quizgen::ImportedCard& card : deck.cards) {
    std::vector<std::string> card_answers;
    for (const CardPart& part : card.parts) {
      if (part.is_answer) card_answers.push_back(one_line(part.text));
    }
    answers.insert(card_answers);
  }
  for (const quizgen::Fact& fact : parsed.article->facts) {
    std::vector<std::string> fact_spans;
    for (const quizgen::Span& span : fact.spans) fact_spans.push_back(span.text);
    spans.insert(fact_spans);
  }
  CHECK(spans == answers);
}

}  // namespace

TEST_CASE("Cloze text splits into words and answers, with the first hint", "[anki]") {
  const ClozeText cloze = split_cloze("{{c1::Berlin}} is the capital of {{c2::Germany::a country}}.");
  CHECK(cloze.parts == std::vector<CardPart>{{"Berlin", true}, {" is the capital of ", false}, {"Germany", true}, {".", false}});
  CHECK(cloze.hint == "a country");
  CHECK(split_cloze("no {{cloze}} here {{c::x}}").parts == std::vector<CardPart>{{"no {{cloze}} here {{c::x}}", false}});
}

TEST_CASE("An Anki package's Basic and Cloze notes become cards", "[anki]") {
  Package package = mixed_package();
  package.notes.push_back(Note{"g-empty", 1111, {"[sound:a.mp3]", "sound only"}, {}, {Card{}}});
  package.notes.push_back(Note{"g-nocloze", 2222, {"no cloze at all", ""}, {}, {Card{}}});
  const Result<quizgen::ImportedDeck> deck = cards_from_package(package, "capitals.apkg");
  if (!deck) FAIL(deck.error().to_string());
  CHECK(deck->title == "Capitals::Europe");
  REQUIRE(deck->cards.size() == 4);
  CHECK(deck->cards[0].parts == std::vector<CardPart>{{"Capital of France: ", false}, {"Paris", true}});
  CHECK(deck->cards[0].section == "geo");
  CHECK(deck->cards[1].parts == std::vector<CardPart>{{"Capital of Spain: ", false}, {"Madrid\n(since 1561)", true}});
  CHECK(deck->cards[1].section == "Capitals::Europe");
  CHECK(deck->cards[2].parts ==
        std::vector<CardPart>{{"Berlin", true}, {" is the capital of ", false}, {"Germany", true}, {".", false}});
  CHECK(deck->cards[2].hint == "a country");
  CHECK(deck->skipped == std::vector<std::string>{"note 5 (guid g-empty): the front is empty (or only media)",
                                                  "note 6 (guid g-nocloze): its Text has no {{c1::...}} cloze"});
  check_article_reads_back(*deck);
}

TEST_CASE("The package made by Anki imports as one card", "[anki]") {
  const std::string file = std::string(FACTDECK_TEST_DATA_DIR) + "/anki/anki-basic-update1.apkg";
  const Result<Package> package = read_apkg(file);
  REQUIRE(package.has_value());
  const Result<quizgen::ImportedDeck> deck = cards_from_package(*package, file);
  REQUIRE(deck.has_value());
  CHECK(deck->title == "anki-basic-update1");
  REQUIRE(deck->cards.size() == 1);
  CHECK(deck->cards[0].parts == std::vector<CardPart>{{"hello: ", false}, {"world", true}});
  check_article_reads_back(*deck);
}

TEST_CASE("A package with no Basic or Cloze card is refused", "[anki]") {
  Package package = mixed_package();
  for (Note& note : package.notes) note.fields[0].clear();
  const Result<quizgen::ImportedDeck> deck = cards_from_package(package, "empty.apkg");
  REQUIRE_FALSE(deck.has_value());
  CHECK_THAT(deck.error().message, Catch::Contains("empty.apkg") && Catch::Contains("no Basic or Cloze note"));
}

TEST_CASE("Quizlet's export: term, tab, definition; no headers", "[anki]") {
  const quizgen::ImportedDeck deck = read_text_or_fail("Paris\tthe capital of France\r\nBerlin\tthe capital of Germany\n\n");
  REQUIRE(deck.cards.size() == 2);
  CHECK(deck.title == "cards");
  CHECK(deck.cards[0].parts == std::vector<CardPart>{{"Paris: ", false}, {"the capital of France", true}});
  CHECK(deck.cards[1].origin == "line 2");
  check_article_reads_back(deck);
}

TEST_CASE("Comma and semicolon files, quoted fields, and cloze lines", "[anki]") {
  SECTION("commas with quotes") {
    const quizgen::ImportedDeck deck = read_text_or_fail("\"Rome, Italy\",\"the \"\"Eternal City\"\"\"\nOslo,Norway\n");
    REQUIRE(deck.cards.size() == 2);
    CHECK(deck.cards[0].parts == std::vector<CardPart>{{"Rome, Italy: ", false}, {"the \"Eternal City\"", true}});
    check_article_reads_back(deck);
  }
  SECTION("semicolons") {
    const quizgen::ImportedDeck deck = read_text_or_fail("What is 2+2?;4\nSpecial [chars] {x} | = @ * \\;ok\n");
    CHECK(deck.cards[0].parts == std::vector<CardPart>{{"What is 2+2? ", false}, {"4", true}});
    check_article_reads_back(deck);
  }
  SECTION("a cloze line needs no second field") {
    const quizgen::ImportedDeck deck = read_text_or_fail("{{c1::Rome}} lies on the {{c2::Tiber}}.\nOslo\tNorway\n");
    CHECK(deck.cards[0].parts == std::vector<CardPart>{{"Rome", true}, {" lies on the ", false}, {"Tiber", true}, {".", false}});
    check_article_reads_back(deck);
  }
}

TEST_CASE("Anki's text headers: separator, html, tags and skipped columns", "[anki]") {
  const quizgen::ImportedDeck deck = read_text_or_fail(
      "#separator:Pipe\n#html:true\n#columns:Front|Back|Tags|Deck\n#tags column:3\n#deck column:4\n"
      "Capital of <b>France</b>|Paris&nbsp;|geo::europe other|Capitals\n"
      "#hashtag|a card that starts with a hash|x|Capitals\n");
  REQUIRE(deck.cards.size() == 2);
  CHECK(deck.cards[0].parts == std::vector<CardPart>{{"Capital of France: ", false}, {"Paris", true}});
  CHECK(deck.cards[0].section == "geo / europe");
  CHECK(deck.cards[1].parts[0].text == "#hashtag: ");
  check_article_reads_back(deck);
}

TEST_CASE("Bad text files are refused at file, line and column", "[anki]") {
  SECTION("mixed separators") {
    const Error error = text_error("Paris\tFrance\nBerlin,Germany\n");
    CHECK(error.code == ErrorCode::Parse);
    CHECK(error.to_string() == "cards.txt:2:7: mixed separators: this line has a comma but no tab (the separator of line 1)");
  }
  SECTION("mixed the other way") {
    CHECK(text_error("# not a header\nParis,France\nBerlin\tGermany\n").to_string() ==
          "cards.txt:3:7: mixed separators: this line has a tab but no comma (the separator of line 2)");
  }
  SECTION("a line with one field") {
    CHECK(text_error("Paris\tFrance\nBerlin\n").to_string() ==
          "cards.txt:2:1: this line has one field; a card needs a front and a back, separated by a tab");
  }
  SECTION("an unclosed quote") {
    CHECK(text_error("\"Paris,France\n").to_string() == "cards.txt:1:1: a quoted field is not closed on its line");
  }
  SECTION("an unknown separator") {
    CHECK_THAT(text_error("#separator:Dash\na-b\n").to_string(), Catch::StartsWith("cards.txt:1:12: unknown #separator 'Dash'"));
  }
  SECTION("no card") {
    CHECK(text_error("#separator:Tab\n\n").code == ErrorCode::Invalid);
  }
}

TEST_CASE("Each imported card's answers carry the reviews of the Anki card that asks them", "[anki]") {
  Package package = mixed_package();
  const PastReview paris{1000, 3, 1, 0, 2500, 4000, 0}, germany{2000, 1, -600, 0, 0, 3000, 0}, later{500, 4, 2, 1, 2500, 2000, 1};
  package.notes[0].cards[0].reviews = {paris};
  package.notes[2].cards[1].reviews = {germany, later};  // c2 (Germany), out of order in the log
  package.notes.insert(package.notes.begin() + 1, Note{"g-empty", 1111, {"", "nothing"}, {}, {Card{}}});  // skipped
  const std::vector<CardHistory> histories = card_histories(package);
  const Result<quizgen::ImportedDeck> deck = cards_from_package(package, "mixed.apkg");
  REQUIRE(deck.has_value());
  REQUIRE(histories.size() == deck->cards.size());
  CHECK(histories[0].per_answer == std::vector<std::vector<PastReview>>{{paris}});
  CHECK(histories[1].per_answer == std::vector<std::vector<PastReview>>{{}});                      // Madrid: no review
  CHECK(histories[2].per_answer == std::vector<std::vector<PastReview>>{{}, {later, germany}});    // Berlin, Germany
  CHECK(histories[3].per_answer.size() == 1);
  CHECK(split_cloze("{{c3::a}} and {{c12::b::hint}}").numbers == std::vector<int>{3, 12});
}

TEST_CASE("The article lists the cards grouped by section, in first-seen order", "[anki]") {
  quizgen::ImportedDeck deck;
  for (const char* section : {"A", "B", "A", ""}) {
    quizgen::ImportedCard card = quizgen::basic_card("front", "back");
    card.section = section;
    deck.cards.push_back(card);
  }
  CHECK(quizgen::cards_in_article_order(deck) == std::vector<std::size_t>{0, 2, 1, 3});
  const std::string article = quizgen::write_card_article(deck);
  CHECK(article.find("# A\n\n- front: [back]{term@cards}\n- front: [back]{term@cards}\n\n# B\n") != std::string::npos);
}

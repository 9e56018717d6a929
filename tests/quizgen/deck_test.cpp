// The deck file (quizgen/deck.hpp): JSON round trip, damaged and newer decks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "generate_helpers.hpp"
#include "quizgen/normalize.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

Deck small_deck() {
  return build_deck(parse_or_fail(
      "---\ntitle: Demo\nid: demo\n---\n# People\n\n"
      "- [Vyacheslav Molotov]{person@c} replaced [Maxim Litvinov]{person@c} in [May 1939]{date}.\n"
      "- [Georgy Chicherin]{person@c} went to [Genoa]{place} in [April 1922]{date}.\n"
      "- [Leon Trotsky]{person@c} was expelled in [February 1929]{date}.\n"
      "- [Joachim von Ribbentrop]{person@c} flew to Moscow in [August 1939]{date}.\n"
      "- [Neville Chamberlain]{person@c} flew to Munich in [September 1938]{date}.\n"
      "- The [Pact]{event} was signed on [23 August 1939]{date}; it cost [20 million]{number} lives.\n"))
      .deck;
}

Result<Deck> load_text(const std::string& text) {
  std::istringstream in(text);
  return load_deck_json(in, "deck.json");
}

}  // namespace

TEST_CASE("A deck survives a JSON round trip unchanged", "[quizgen]") {
  const Deck deck = small_deck();
  const std::string json = deck_json(deck);
  const Result<Deck> loaded = load_text(json);
  REQUIRE(loaded.has_value());
  CHECK(deck_json(*loaded) == json);
  CHECK(loaded->meta.deck_id == "demo");
  CHECK(loaded->items.size() == deck.items.size());
  CHECK(loaded->items[2].date == deck.items[2].date);
  CHECK(loaded->facts[0].section_path == std::vector<std::string>{"People"});
}

TEST_CASE("A deck large enough to be written in parallel runs reads back item for item", "[quizgen]") {
  Deck deck = small_deck();
  const std::vector<Item> originals = deck.items;
  // Several rounds of parallel runs (2,048 items each), and a last run that is not full.
  // Each copy is the one span of a fact of its own, so the deck stays consistent.
  for (std::uint64_t i = 0; deck.items.size() < 20'000; ++i) {
    Item item = originals[i % originals.size()];
    DeckFact fact = deck.facts[item.fact_index];
    fact.key = "copy-" + std::to_string(i);
    item.id = ItemId{i + 1};
    item.fact_key = fact.key;
    item.fact_index = static_cast<std::uint32_t>(deck.facts.size());
    item.span_index = 0;
    item.questions.resize(1);
    deck.facts.push_back(std::move(fact));
    deck.items.push_back(std::move(item));
  }
  const std::string json = deck_json(deck);
  const Result<Deck> loaded = load_text(json);
  REQUIRE(loaded.has_value());
  REQUIRE(loaded->items.size() == deck.items.size());
  for (std::size_t i = 0; i < deck.items.size(); i += 997) CHECK(loaded->items[i].id == deck.items[i].id);
  CHECK(loaded->items.back().id == deck.items.back().id);
  CHECK(loaded->exercises.size() == deck.exercises.size());
  CHECK(deck_json(*loaded) == json);
}

TEST_CASE("The deck file writes enums as words and ids as hex", "[quizgen]") {
  const std::string json = deck_json(small_deck());
  CHECK(json.find("\"format_version\": 2") != std::string::npos);
  CHECK(json.find("\"kind\": \"choice\"") != std::string::npos);
  CHECK(json.find("\"precision\": \"month\"") != std::string::npos);
  CHECK(json.find("\"id\": \"" + to_hex(small_deck().items[0].id) + "\"") != std::string::npos);
}

TEST_CASE("A damaged deck is an error with a clear message, not an exception", "[quizgen]") {
  const std::string json = deck_json(small_deck());
  SECTION("truncated") {
    const Result<Deck> loaded = load_text(json.substr(0, json.size() / 2));
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().code == ErrorCode::Corrupt);
    CHECK(loaded.error().to_string().starts_with("deck.json:"));
    CHECK(loaded.error().message.starts_with("deck is damaged: malformed JSON"));
    CHECK(loaded.error().line > 1);
  }
  SECTION("not JSON at all") {
    const Result<Deck> loaded = load_text("this is not a deck");
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().code == ErrorCode::Corrupt);
  }
  SECTION("an unknown span type") {
    std::string bad = json;
    const auto at = bad.find("\"type\": \"person\"");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 16, "\"type\": \"persn\"");
    const Result<Deck> loaded = load_text(bad);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().message ==
          "deck is damaged: items[0].type: expected a span type (person, date, place, org, event, number or term), "
          "found \"persn\"");
    CHECK(loaded.error().line > 0);
  }
  SECTION("a correct option out of range") {
    std::string bad = json;
    const auto at = bad.find("\"correct_option\": ", bad.find("\"kind\": \"choice\""));
    REQUIRE(at != std::string::npos);
    bad.replace(at, 19, "\"correct_option\": 9");
    const Result<Deck> loaded = load_text(bad);
    REQUIRE_FALSE(loaded.has_value());
    CHECK(loaded.error().message.find(".correct_option: 9 is not one of its") != std::string::npos);
  }
}

TEST_CASE("A deck from a newer factdeck is refused with NewerFormat", "[quizgen]") {
  std::string json = deck_json(small_deck());
  const auto at = json.find("\"format_version\": 2");
  REQUIRE(at != std::string::npos);
  json.replace(at, 19, "\"format_version\": 99");
  const Result<Deck> loaded = load_text(json);
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::NewerFormat);
  CHECK(loaded.error().message.find("newer than this quizgen understands") != std::string::npos);
}

TEST_CASE("A version 1 deck, without quantities, still loads with plain numbers", "[quizgen]") {
  std::string json = deck_json(small_deck());
  json.replace(json.find("\"format_version\": 2"), 19, "\"format_version\": 1");
  // Version 1 wrote no "quantity" node after a number: cut it out.
  const std::size_t quantity = json.find(",\n      \"quantity\": {");
  REQUIRE(quantity != std::string::npos);
  json.erase(quantity, json.find(",\n      \"accepts_surname\"", quantity) - quantity);
  REQUIRE(json.find("\"quantity\"") == std::string::npos);
  const Result<Deck> loaded = load_text(json);
  REQUIRE(loaded.has_value());
  const auto number = std::find_if(loaded->items.begin(), loaded->items.end(),
                                   [](const Item& item) { return item.number.has_value(); });
  REQUIRE(number != loaded->items.end());
  CHECK(*number->number == plain_number(20e6));
}

TEST_CASE("Quantities and approximate or period dates survive a JSON round trip", "[quizgen]") {
  Deck deck = small_deck();
  NumberValue range = plain_number(30);
  range.high = 50;
  range.unit = "AU";
  range.dimension = Dimension::Length;
  range.step = 10;
  range.approximation = Approximation::About;
  DateValue decade{DatePrecision::Year, {1790, 0, 0}, SimpleDate{1799, 0, 0}};
  decade.is_approximate = true;
  decade.period = DatePeriod::Decade;
  decade.part = PeriodPart::Late;
  for (Item& item : deck.items) {
    if (item.number) item.number = range;
    if (item.date) item.date = DateValue{DatePrecision::Year, {-250, 0, 0}, std::nullopt};
  }
  deck.items[0].date = decade;
  const Result<Deck> loaded = load_text(deck_json(deck));
  REQUIRE(loaded.has_value());
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    CHECK(loaded->items[i].number == deck.items[i].number);
    CHECK(loaded->items[i].date == deck.items[i].date);
  }
}

TEST_CASE("A missing deck file is an Io error naming the file", "[quizgen]") {
  const Result<Deck> loaded = load_deck_json(std::string("no/such/deck.json"));
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::Io);
  CHECK(loaded.error().file == "no/such/deck.json");
}

TEST_CASE("Normalization folds case, accents, dashes and Cyrillic", "[quizgen]") {
  CHECK(normalize_text("Molotov–Ribbentrop Pact") == "molotov ribbentrop pact");
  CHECK(normalize_text("Édouard  Daladier") == "edouard daladier");
  CHECK(normalize_text("ŁÓDŹ, Kraków") == "lodz krakow");
  CHECK(normalize_text("МОЛОТОВ Ёж") == "молотов еж");
  CHECK(normalize_text("O’Neill's") == "o neill s");
  CHECK(normalize_answer("The Pact") == "pact");
  CHECK(normalize_answer("the") == "the");
}

TEST_CASE("Hashing a text as normalized equals hashing its normalized copy", "[quizgen]") {
  for (const char* text : {"", "  ", "Molotov replaced Litvinov.", "  In 1939, the _____ signed -- it!  ",
                           "Édouard Daladier", "МОЛОТОВ Ёж", "a\tb\nc"}) {
    CHECK(fnv1a64_normalized(text) == fnv1a64(normalize_text(text)));
    CHECK(fnv1a64_normalized(text, 42) == fnv1a64(normalize_text(text), 42));
  }
}

TEST_CASE("A deck's shown title falls back from the front matter to its heading, id and file", "[quizgen]") {
  CHECK(deck_title(small_deck()) == "Demo");

  Deck deck = build_deck(parse_or_fail("# The Moon\n\n## Orbit\n\n- The [Moon]{place} orbits the Earth.\n")).deck;
  CHECK(deck_title(deck) == "The Moon");

  deck.sections.clear();
  deck.meta.deck_id = "moon-facts";
  CHECK(deck_title(deck) == "moon-facts");

  deck.meta.deck_id.clear();
  deck.source_file = "decks/lunar.facts.md";
  CHECK(deck_title(deck) == "lunar");
  deck.source_file = "planets.json";
  CHECK(deck_title(deck) == "planets");

  deck.source_file.clear();
  CHECK(deck_title(deck) == "Untitled deck");
}

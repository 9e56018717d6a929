// Hostile deck files (quizgen/src/deck_schema.cpp): nesting, wrong fields and inconsistent
// indices are errors that name the field path and place, never crashes or library text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

std::string small_deck_json() {
  return deck_json(build_deck(parse_or_fail(
                                  "---\ntitle: Demo\nid: demo\n---\n# People\n\n"
                                  "- [Vyacheslav Molotov]{person@c} replaced [Maxim Litvinov]{person@c} in "
                                  "[May 1939]{date}.\n"
                                  "- [Georgy Chicherin]{person@c} went to [Genoa]{place} in [April 1922]{date}.\n"
                                  "- [Leon Trotsky]{person@c} was expelled in [February 1929]{date}.\n"))
                       .deck);
}

Result<Deck> load_text(const std::string& text) {
  std::istringstream in(text);
  return load_deck_json(in, "deck.json");
}

/// `json` with the `nth` (0-based) occurrence of `from` replaced by `to`.
std::string replaced(std::string json, const std::string& from, const std::string& to, int nth = 0) {
  std::size_t at = json.find(from);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = json.find(from, at + 1);
  REQUIRE(at != std::string::npos);
  return json.replace(at, from.size(), to);
}

std::string load_error(const std::string& json) {
  const Result<Deck> loaded = load_text(json);
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().code == ErrorCode::Corrupt);
  CHECK(loaded.error().file == "deck.json");
  return loaded.error().message;
}

}  // namespace

TEST_CASE("A deck of 200,000 nested brackets is refused without overflowing the stack", "[quizgen]") {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  CHECK(load_error(deep) == "deck is damaged: the top level: expected an object, found an array");
  std::string objects;
  for (int i = 0; i < 200000; ++i) objects += "{\"a\":";
  CHECK(load_error(objects).find("nested more than 64 levels deep") != std::string::npos);
  const std::string nested_meta = replaced(small_deck_json(), "\"meta\": {", "\"meta\": {\"x\": " + deep + ",");
  const Result<Deck> loaded = load_text(nested_meta);
  REQUIRE_FALSE(loaded.has_value());
  CHECK(loaded.error().message == "deck is damaged: meta.x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                                  "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"
                                  "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: arrays and objects are "
                                  "nested more than 64 levels deep");
  CHECK(loaded.error().line == 3);
}

TEST_CASE("Every stored deck reads back through the checks", "[quizgen]") {
  const std::filesystem::path golden = std::filesystem::path(FACTDECK_TEST_DATA_DIR) / "golden";
  int decks = 0;
  for (const auto& entry : std::filesystem::directory_iterator(golden)) {
    if (entry.path().extension() != ".json") continue;
    const Result<Deck> loaded = load_deck_json(entry.path().string());
    INFO(entry.path().string() << ": " << (loaded ? "" : loaded.error().to_string()));
    CHECK(loaded.has_value());
    ++decks;
  }
  CHECK(decks >= 4);
}

TEST_CASE("A field of the wrong type or range names its path and what was expected", "[quizgen]") {
  const std::string json = small_deck_json();
  // Each of these printed cereal's or RapidJSON's own text before ("rapidjson internal assertion
  // failure: data_.f.flags & kUintFlag", "provided NVP (precision) not found").
  CHECK(load_error(replaced(json, "\"fact_index\": 0", "\"fact_index\": -1")) ==
        "deck is damaged: items[0].fact_index: expected a whole number from 0 to 4294967295, found -1");
  CHECK(load_error(replaced(json, "\"precision\": ", "\"precisio\": ")).find(
            ".date.data: the field \"precision\" (a date precision (year, month or day)) is missing") !=
        std::string::npos);
  CHECK(load_error(replaced(json, "\"is_true\": true", "\"is_true\": \"yes\"")) ==
        "deck is damaged: items[0].questions[0].is_true: expected true or false, found the text \"yes\"");
  CHECK(load_error(replaced(json, "\"kind\": \"cloze\"", "\"kind\": \"essay\"")) ==
        "deck is damaged: items[0].questions[0].kind: expected a question kind (cloze, choice, truefalse or wh), "
        "found \"essay\"");
  CHECK(load_error(replaced(json, "\"month\": 5", "\"month\": 13")).find(".start.month: expected a whole number "
                                                                           "from 0 to 12, found 13") !=
        std::string::npos);
  CHECK(load_error(replaced(json, "\"level\": 1", "\"level\": 1e9")) ==
        "deck is damaged: sections[0].level: expected a whole number from 1 to 6, found 1000000000");
  CHECK(load_error(replaced(json, "\"seed\": 0", "\"seed\": \"0\"")) ==
        "deck is damaged: seed: expected a whole number of 0 or more, found the text \"0\"");
  const Result<Deck> loaded = load_text(replaced(json, "\"fact_index\": 0", "\"fact_index\": -1"));
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error().line > 10);
  CHECK(loaded.error().column == 21);
}

TEST_CASE("Indices and ids that do not fit the deck are errors with their path", "[quizgen]") {
  const std::string json = small_deck_json();
  const Result<Deck> good = load_text(json);
  REQUIRE(good.has_value());
  const std::string first_id = to_hex(good->items[0].id);
  const std::string second_id = to_hex(good->items[1].id);
  SECTION("duplicate item ids") {
    CHECK(load_error(replaced(json, "\"id\": \"" + second_id + "\"", "\"id\": \"" + first_id + "\"")) ==
          "deck is damaged: items[1].id: " + first_id + " is also the id of items[0]");
  }
  SECTION("a span index past the spans of its fact") {
    CHECK(load_error(replaced(json, "\"span_index\": 2", "\"span_index\": 7")) ==
          "deck is damaged: items[2].span_index: 7 is past the 3 spans of facts[0]");
  }
  SECTION("two items for one span") {
    CHECK(load_error(replaced(json, "\"span_index\": 1", "\"span_index\": 0")) ==
          "deck is damaged: items[1].span_index: the same span of facts[0] as items[0]");
  }
  SECTION("a fact index past the facts") {
    CHECK(load_error(replaced(json, "\"fact_index\": 2", "\"fact_index\": 9")).starts_with(
        "deck is damaged: items[6].fact_index: 9 names no fact (the deck has 3)"));
  }
  SECTION("a fact key that is not its fact's") {
    const std::string key = good->items[0].fact_key;
    CHECK(load_error(replaced(json, "\"fact_key\": \"" + key + "\"", "\"fact_key\": \"other\"")) ==
          "deck is damaged: items[0].fact_key: 'other' is not the key of facts[0]");
  }
  SECTION("a section that is its own parent") {
    CHECK(load_error(replaced(json, "\"parent\": -1", "\"parent\": 0")) ==
          "deck is damaged: sections[0].parent: 0 is not an earlier section");
  }
  SECTION("a fact in no section") {
    CHECK(load_error(replaced(json, "\"section\": 0", "\"section\": 4")) ==
          "deck is damaged: facts[0].section: 4 names no section (the deck has 1)");
  }
}

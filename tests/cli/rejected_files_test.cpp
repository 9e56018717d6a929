// Issue 18, failure 4: every deck and import a command refuses says which file, where in it (a
// field path such as items[2].due, or line:column) and what was expected, never a library's own
// text. Before the JSON checks, 17 of 19 such imports and 12 of 20 such decks printed RapidJSON's
// or cereal's words ("rapidjson internal assertion failure: data_.f.flags & kUintFlag", "provided
// NVP (precision) not found"). Each table row damages one thing in a good file and runs the real
// command (`factdeck due --deck FILE`, `factdeck import --json FILE`).
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "cli_fixtures.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::run_cli;

namespace {

/// A small article with a date, numbers, people, places, nested sections and an alias: every
/// kind of field a deck holds.
constexpr const char* kTalksArticle =
    "---\n"
    "title: Talks\n"
    "id: talks\n"
    "---\n"
    "\n"
    "# Talks\n"
    "\n"
    "## The pact\n"
    "\n"
    "- [Vyacheslav Molotov]{person} signed the pact in [Moscow]{place} on [23 August 1939]{date}. {#pact}\n"
    "- The pact had [7]{number} articles and a protocol on [Poland]{place}. {#articles}\n"
    "- The [Winter War]{event} lasted about [105 days]{number}. {#winter}\n"
    "- [Maxim Litvinov]{person} led the [NKID]{org = People's Commissariat for Foreign Affairs | NKID} "
    "until [May 1939]{date}. {#litvinov}\n";

/// A damage done to a good file, and what the refusal must say about it.
struct Damage {
  std::string what;      // for the report of a failing row
  std::string json;      // the damaged file
  std::string place;     // the field path or the start of "line:column" the message must name
  std::string expected;  // words saying what the file should have held
};

/// `json` with the value of the `nth` (0-based) `"key": VALUE` replaced by `value` (VALUE runs to
/// the next comma, newline or closing bracket).
std::string with_value(std::string json, const std::string& key, const std::string& value, int nth = 0) {
  const std::string marker = "\"" + key + "\": ";
  std::size_t at = json.find(marker);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = json.find(marker, at + 1);
  REQUIRE(at != std::string::npos);
  const std::size_t begin = at + marker.size();
  const std::size_t end = json.find_first_of(",\n}]", begin);
  return json.replace(begin, end - begin, value);
}

/// `json` with the first `from` replaced by `to`.
std::string replaced(std::string json, const std::string& from, const std::string& to) {
  const std::size_t at = json.find(from);
  REQUIRE(at != std::string::npos);
  return json.replace(at, from.size(), to);
}

std::string nested(int depth, const std::string& open, const std::string& middle, const std::string& close) {
  std::string text;
  for (int i = 0; i < depth; ++i) text += open;
  text += middle;
  for (int i = 0; i < depth; ++i) text += close;
  return text;
}

/// 600 bytes of every value, as a binary file given by mistake.
std::string binary_bytes() {
  std::string bytes;
  for (int i = 0; i < 600; ++i) bytes += static_cast<char>((i * 37 + 11) % 256);
  return bytes;
}

/// Runs the command on each damaged file and checks its one line of refusal.
void check_refusals(const CliFolder& folder, const std::vector<std::string>& command, const std::vector<Damage>& damages) {
  // A field path (a.b[3].c), or line:column after the file's name.
  const std::regex place_named(R"(([a-z_]+(\[[^\]]+\])*(\.[a-z_]+(\[[^\]]+\])*)*: )|(\.json:[0-9]+:[0-9]+: ))");
  for (const Damage& damage : damages) {
    const std::string path = folder.file("damaged.json");
    std::ofstream(path, std::ios::binary | std::ios::trunc) << damage.json;
    std::vector<std::string> args = command;
    args.push_back(path);
    args.insert(args.end(), {"--data-dir", folder.data_dir()});
    const testing::CommandRun run = run_cli(args);
    INFO(damage.what << " -> " << run.err);
    CHECK(run.exit_code == kExitFailure);
    CHECK(testing::lines_of(run.err).size() == 1);
    CHECK_THAT(run.err, Catch::Contains(path));
    CHECK_THAT(run.err, Catch::Contains(damage.place));
    CHECK(std::regex_search(run.err, place_named));
    CHECK_THAT(run.err, Catch::Contains(damage.expected));
    for (const char* library_text : {"rapidjson", "RapidJSON", "NVP", "cereal", "assert", "std::", "what()"}) {
      CHECK_THAT(run.err, !Catch::Contains(library_text));
    }
  }
}

std::string good_deck_json(const CliFolder& folder) {
  const std::string article = folder.file("talks.facts.md");
  std::ofstream(article) << kTalksArticle;
  const Result<quizgen::Deck> deck = state::load_deck(article);
  REQUIRE(deck);
  std::ostringstream out;
  REQUIRE(quizgen::save_deck_json(*deck, out));
  return out.str();
}

/// An export of a profile with answers (one Again), deck settings and flags.
std::string good_export_json(const CliFolder& folder) {
  const std::vector<std::string> ids = folder.item_ids();
  const std::vector<std::vector<std::string>> steps = {
      {"answer", ids[0], "good"}, {"answer", ids[1], "again", "--kind", "choice"}, {"answer", ids[2], "easy"}};
  for (std::vector<std::string> step : steps) {
    step.insert(step.end(), {"--data-dir", folder.data_dir()});
    REQUIRE(run_cli(step).exit_code == kExitOk);
  }
  const std::string path = folder.file("export.json");
  REQUIRE(run_cli({"export", "--json", path, "--data-dir", folder.data_dir()}).exit_code == kExitOk);
  return testing::read_text(path);
}

}  // namespace

TEST_CASE("Every refused deck names the file, the field or line:column, and what was expected", "[cli]") {
  CliFolder folder;
  const std::string json = good_deck_json(folder);
  // `due` needs a profile: one answer makes it.
  REQUIRE(run_cli({"answer", folder.item_ids()[0], "good", "--data-dir", folder.data_dir()}).exit_code == kExitOk);
  REQUIRE(run_cli({"due", "--deck", folder.file("talks.facts.md"), "--data-dir", folder.data_dir()}).exit_code == kExitOk);
  const std::string first_item_id = json.substr(json.find("\"id\": \"") + 7, 16);
  const std::vector<Damage> damages = {
      {"a negative index", with_value(json, "fact_index", "-1"), "items[0].fact_index",
       "expected a whole number from 0 to 4294967295, found -1"},
      {"a missing field", replaced(json, "\"precision\": ", "\"precisio\": "), ".date.data",
       "the field \"precision\" (a date precision (year, month or day)) is missing"},
      {"text for a true/false", with_value(json, "is_true", "\"yes\""), "items[0].questions[0].is_true",
       "expected true or false, found the text \"yes\""},
      {"an unknown question kind", with_value(json, "kind", "\"essay\""), "items[0].questions[0].kind",
       "expected a question kind (cloze, choice, truefalse or wh)"},
      {"month 13", with_value(json, "month", "13"), ".month", "expected a whole number from 0 to 12, found 13"},
      {"a heading level of 10^9", with_value(json, "level", "1e9"), "sections[0].level",
       "expected a whole number from 1 to 6"},
      {"the seed as text", with_value(json, "seed", "\"0\""), "seed: ", "expected a whole number of 0 or more"},
      {"NaN", with_value(json, "length_chars", "NaN"), "items[0].hint.length_chars", "expected a whole number"},
      {"a negative length", with_value(json, "length_chars", "-3"), "items[0].hint.length_chars",
       "expected a whole number"},
      {"a number for a text", with_value(json, "answer", "5"), "items[0].answer", "expected text, found the number 5"},
      {"a zero with a far exponent", with_value(json, "seed", "0e-222"), "seed", "write 0"},
      {"a duplicate item id", with_value(json, "id", "\"" + first_item_id + "\"", 1), "items[1].id",
       "is also the id of items[0]"},
      {"a span index past its fact's spans", with_value(json, "span_index", "9", 1), "items[1].span_index",
       "is past the 3 spans of facts[0]"},
      {"two items for one span", with_value(json, "span_index", "0", 1), "items[1].span_index",
       "the same span of facts[0] as items[0]"},
      {"a fact index past the facts", with_value(json, "fact_index", "40", 1), "items[1].fact_index",
       "names no fact (the deck has 4)"},
      {"a fact key not its fact's", with_value(json, "fact_key", "\"other\""), "items[0].fact_key",
       "'other' is not the key of facts[0]"},
      {"a section that is its own parent", with_value(json, "parent", "0"), "sections[0].parent",
       "is not an earlier section"},
      {"a fact in no section", with_value(json, "section", "7"), "facts[0].section",
       "names no section (the deck has 2)"},
      {"200,000 nested brackets", nested(200000, "[", "", "]"), "the top level", "expected an object, found an array"},
      {"deep nesting inside a field", replaced(json, "\"meta\": {", "\"meta\": {\"x\": " + nested(100, "[", "", "]") + ","),
       "meta.x[0][0]", "nested more than 64 levels deep"},
      {"a binary file", binary_bytes(), "damaged.json:1:", "expected"},
      {"a file cut in half", json.substr(0, json.size() / 2), "damaged.json:", "expected"},
      {"a missing list", replaced(json, "\"items\": ", "\"itemz\": "), "the field \"items\"", "is missing"},
  };
  check_refusals(folder, {"due", "--deck"}, damages);
  CHECK(damages.size() >= 20);
}

TEST_CASE("Every refused import names the file, the field or line:column, and what was expected", "[cli]") {
  CliFolder folder;
  const std::string json = good_export_json(folder);
  const std::vector<Damage> damages = {
      {"a negative stability", with_value(json, "stability_days", "-2.5"), ".memory.stability_days", "-2.5"},
      {"a negative interval", with_value(json, "interval_days", "-1.0"), ".sm2.interval_days", "is not between 0 and"},
      {"phase 99", with_value(json, "phase", "99"), ".phase", "expected a whole number from 0 to 3, found 99"},
      {"grade 0", with_value(json, "grade", "0"), "reviews.answers[0].grade", "expected a whole number from 1 to 4"},
      {"grade 7", with_value(json, "grade", "7"), "reviews.answers[0].grade", "expected a whole number from 1 to 4"},
      {"NaN", with_value(json, "difficulty", "NaN"), ".difficulty", "expected a number from"},
      {"question kind 99", with_value(json, "question_kind", "99"), ".question_kind",
       "expected a whole number from 0 to 3, found 99"},
      {"font_px 10^9", with_value(json, "font_px", "1e9"), "settings.font_px", "is not between 6 and 72"},
      {"ui_scale -1", with_value(json, "ui_scale", "-1"), "settings.ui_scale", "is not between 0.25 and 4"},
      {"an answer 10^15 s before 1970", with_value(json, "time", "-1000000000000000"), "reviews.answers[0].time",
       "is not a time between 1900 and 9999"},
      {"a due time of INT64_MIN", with_value(json, "due", "-9223372036854775808"), ".due", "is not a time between"},
      {"reps as text", with_value(json, "reps", "\"1\""), ".reps", "expected a whole number"},
      {"an unknown theme", with_value(json, "theme", "\"pink\""), "settings.theme", "'pink' is not dark or light"},
      {"a missing field", replaced(json, "\"lapses\"", "\"lapse\""), ".state", "the field \"lapses\""},
      {"an answer to an unknown item", with_value(json, "item", "77"), "reviews.answers[0].item",
       "is not in the profile's items"},
      {"a zero with a far exponent", with_value(json, "difficulty", "0e-222"), ".difficulty", "write 0"},
      {"200,000 nested brackets", "{\"factdeck_format\": 3, \"profile\": " + nested(200000, "[", "", "]") + "}",
       "profile", "expected an object, found an array"},
      {"deep nesting inside a field",
       "{\"factdeck_format\": 3, \"profile\": {\"x\": " + nested(100, "{\"a\": ", "1", "}") + "}}", "profile.x.a.a",
       "nested more than 64 levels deep"},
      {"a newer format", with_value(json, "factdeck_format", "99"), "factdeck_format", "newer"},
      {"a binary file", binary_bytes(), "damaged.json:1:", "expected"},
      {"a file cut in half", json.substr(0, json.size() / 2), "damaged.json:", "expected"},
      {"an array for the profile", "[1, 2, 3]", "the top level", "expected an object"},
  };
  check_refusals(folder, {"import", "--json"}, damages);
  CHECK(damages.size() >= 19);
}

}  // namespace factdeck::cli

// Hostile imports (store/profile_check.hpp, the JSON checks in exports.cpp): each value the app
// cannot produce is refused with the path of its field, and nothing reaches the profile.
#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "store/exports.hpp"
#include "store/profile_check.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

/// An export with every kind of record: answers, a practice answer, settings, a session, marks.
std::string rich_export() {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0), fast_options(false));
  answer(profile, 1, at_secs(0));
  answer(profile, 2, at_secs(5), sched::Grade::Again);
  answer(profile, 1, at_secs(kDaySecs));
  ReviewRecord practice = make_answer(2, profile.item_state(ItemId{2}), at_secs(kDaySecs + 60));
  practice.is_practice = true;
  practice.after = practice.before;
  REQUIRE(profile.record_answer(practice));
  DeckSettings deck;
  deck.params = std::vector<double>(21, 0.5);
  REQUIRE(profile.set_deck_settings("capitals", deck));
  REQUIRE(profile.set_profile_settings(ProfileSettings{"light", 18.0, 1.25}));
  REQUIRE(profile.record_session(SessionRecord{"capitals", at_secs(0), at_secs(99), 3, 2}));
  REQUIRE(profile.set_item_flags(ItemFlagsRecord{"capitals", ItemId{1}, at_secs(100), true, false}));
  return profile_to_json(profile.data());
}

/// `json` with the `nth` (0-based) occurrence of `from` replaced by `to`.
std::string replaced(std::string json, const std::string& from, const std::string& to, int nth = 0) {
  std::size_t at = json.find(from);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = json.find(from, at + 1);
  REQUIRE(at != std::string::npos);
  return json.replace(at, from.size(), to);
}

Error import_error(const std::string& json) {
  const Result<ProfileData> imported = profile_from_json(json, "in.json");
  REQUIRE_FALSE(imported.has_value());
  CHECK_THAT(imported.error().message, !Catch::Contains("rapidjson") && !Catch::Contains("NVP"));
  return imported.error();
}

}  // namespace

TEST_CASE("An export with every kind of record passes the import checks", "[store]") {
  const std::string json = rich_export();
  const Result<ProfileData> imported = profile_from_json(json, "in.json");
  REQUIRE(imported);
  CHECK(check_profile_data(*imported, "in.json"));
  CHECK(imported->reviews.size() == 4);
}

TEST_CASE("An import of 200,000 nested brackets is refused without overflowing the stack", "[store]") {
  const std::string deep = "{\"factdeck_format\": 3, \"profile\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
  const Error error = import_error(deep);
  CHECK(error.code == ErrorCode::Parse);
  CHECK(error.message == "in.json:1:35: profile: expected an object, found an array");
  std::string objects = "{\"factdeck_format\": 3, \"profile\": {\"x\": ";
  for (int i = 0; i < 200000; ++i) objects += "{\"a\": ";
  CHECK_THAT(import_error(objects).message, Catch::Contains("nested more than 64 levels deep"));
}

TEST_CASE("Nonsense values in an import are refused with the path of their field", "[store]") {
  const std::string json = rich_export();
  using Case = std::pair<std::string, std::string>;  // the JSON, the start of the message expected
  const auto cases = std::vector<Case>{
      {replaced(json, "\"stability_days\": ", "\"stability_days\": -"),
       "in.json: items[id 1].value.state.memory.stability_days: -"},
      {replaced(json, "\"interval_days\": 0.0", "\"interval_days\": -1.0"), "in.json: items[id 1].value.state.sm2.interval_days: -1 is not between 0 and"},
      {replaced(json, "\"phase\": 2", "\"phase\": 99"), "in.json:"},
      {replaced(json, "\"grade\": 3", "\"grade\": 0"), "in.json:"},
      {replaced(json, "\"grade\": 3", "\"grade\": 7"), "in.json:"},
      {replaced(json, "\"difficulty\": 5.25", "\"difficulty\": NaN"), "in.json:"},
      {replaced(json, "\"question_kind\": 1", "\"question_kind\": 99"), "in.json:"},
      {replaced(json, "\"font_px\": 18.0", "\"font_px\": 1e9"), "in.json: settings.font_px: 1000000000 is not between 6 and 72"},
      {replaced(json, "\"ui_scale\": 1.25", "\"ui_scale\": -1"), "in.json: settings.ui_scale: -1 is not between 0.25 and 4"},
      {replaced(json, "\"time\": 1772366400", "\"time\": -1000000000000000"),
       "in.json: reviews.answers[0].time: -1000000000000000 seconds since 1970 is not a time between 1900 and 9999"},
      {replaced(json, "\"due\": ", "\"due\": -9223372036854775808, \"x\": ", 1), "in.json: items[id 2].value.state.due: -9223372036854775808 seconds since 1970 is not a time"},
      {replaced(json, "\"reps\": 1,", "\"reps\": \"1\","), "in.json:"},
      {replaced(json, "\"theme\": \"light\"", "\"theme\": \"pink\""), "in.json: settings.theme: 'pink' is not dark or light"},
  };
  for (const auto& [bad, expected] : cases) {
    const Error error = import_error(bad);
    INFO(error.message);
    CHECK(error.message.starts_with(expected));
    CHECK(error.file == "in.json");
  }
}

TEST_CASE("Fields of the wrong kind name their path, line and column, not library text", "[store]") {
  const std::string json = rich_export();
  const Error phase = import_error(replaced(json, "\"phase\": 2", "\"phase\": 99"));
  CHECK(phase.code == ErrorCode::Parse);
  CHECK_THAT(phase.message, Catch::Contains(": expected a whole number from 0 to 3, found 99"));
  CHECK_THAT(phase.message, Catch::Contains(".phase"));
  CHECK(phase.line > 1);
  CHECK(phase.column > 1);
  const Error grade = import_error(replaced(json, "\"grade\": 3", "\"grade\": 7"));
  CHECK_THAT(grade.message, Catch::Contains("reviews.answers[0].grade: expected a whole number from 1 to 4, found 7"));
  const Error kind = import_error(replaced(json, "\"question_kind\": 1", "\"question_kind\": 99"));
  CHECK_THAT(kind.message, Catch::Contains(".question_kind: expected a whole number from 0 to 3, found 99"));
  const Error nan = import_error(replaced(json, "\"difficulty\": 5.25", "\"difficulty\": NaN"));
  CHECK_THAT(nan.message, Catch::Contains(".difficulty: expected a number from"));
  CHECK_THAT(nan.message, Catch::EndsWith("found NaN"));
  // Each printed "provided NVP (lapses) not found" before.
  const Error missing = import_error(replaced(json, "\"lapses\"", "\"lapse\""));
  CHECK_THAT(missing.message, Catch::Contains("items[0].value.state: the field \"lapses\" (a whole number from 0 to "
                                              "4294967295) is missing"));
}

TEST_CASE("An answer to an item the import does not list is refused", "[store]") {
  const std::string json = rich_export();
  const std::string unknown = replaced(json, "\"item\": 2,", "\"item\": 77,");
  const Error error = import_error(unknown);
  CHECK(error.code == ErrorCode::Invalid);
  CHECK(error.message == "in.json: reviews.answers[1].item: 77 (000000000000004d) is not in the profile's items");
}

TEST_CASE("Implausible journal records are refused before they reach a profile", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0), fast_options(false));
  ReviewRecord review = make_answer(1, {}, at_secs(0));
  review.after.due = sched::TimePoint{sched::Seconds{std::numeric_limits<std::int64_t>::min()}};
  const Result<void> recorded = profile.record_answer(review);
  REQUIRE_FALSE(recorded);
  CHECK(recorded.error().code == ErrorCode::Invalid);
  CHECK_THAT(recorded.error().message, Catch::StartsWith("implausible record: after.due: "));
  CHECK(profile.reviews().empty());
  CHECK_FALSE(profile.set_profile_settings(ProfileSettings{"dark", 1e9, 1.0}));
  CHECK(profile.settings() == ProfileSettings{});
}

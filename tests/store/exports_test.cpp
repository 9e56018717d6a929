#include "store/exports.hpp"

#include <catch2/catch.hpp>

#include "store/crc32.hpp"
#include "store/formats.hpp"
#include "os/folders.hpp"
#include "store/profile_paths.hpp"
#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

TEST_CASE("CRC-32 matches the standard check value", "[store]") {
  CHECK(crc32(std::string_view("123456789")) == 0xCBF43926u);
  CHECK(crc32(std::string_view("")) == 0u);
  CHECK(crc32(std::string_view("56789"), crc32(std::string_view("1234"))) == 0xCBF43926u);
}

TEST_CASE("The revlog CSV lists schedule-moving answers in fsrs-rs columns", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0));
  answer(profile, 10, at_secs(0));
  answer(profile, 10, at_secs(2 * kDaySecs), sched::Grade::Again);
  ReviewRecord practice = make_answer(10, profile.item_state(ItemId{10}), at_secs(3 * kDaySecs));
  practice.is_practice = true;
  REQUIRE(profile.record_answer(practice));
  // at_secs(0) is 1772366400 s; the second answer's state before it is Review (2).
  const auto kind_name = [](std::uint8_t kind) { return "kind" + std::to_string(kind); };
  CHECK(revlog_csv(profile.data(), kind_name) ==
        "card_id,review_time,review_rating,review_state,review_duration,question_kind,item_id\n"
        "10,1772366400000,3,0,1600,kind1,000000000000000a\n"
        "10,1772539200000,1,2,1600,kind1,000000000000000a\n");
}

TEST_CASE("Item ids above 2^63 are written as positive 63-bit card ids, the full id after them", "[store]") {
  ProfileData data;
  ReviewRecord answer = make_answer(0xF000000000000001ULL, {}, at_secs(0));
  answer.question_kind = 3;
  REQUIRE(data.reviews.append(answer));
  const std::string csv = revlog_csv(data, [](std::uint8_t kind) { return kind == 3 ? "wh" : "?"; });
  CHECK_THAT(csv, Catch::Contains("\n8070450532247928833,") && Catch::EndsWith(",wh,f000000000000001\n"));
}

TEST_CASE("A JSON export reads back to the same profile", "[store]") {
  TempDir temp;
  Profile profile = open_writer(temp.path() / "p", at_secs(0));
  answer(profile, 1, at_secs(0));
  answer(profile, 2, at_secs(5), sched::Grade::Hard);
  answer(profile, 1, at_secs(kDaySecs));
  sched::ItemState imported_state;
  imported_state.phase = sched::Phase::Review;
  ReviewRecord imported_gap = make_answer(3, imported_state, at_secs(9));
  REQUIRE(profile.record_answer(imported_gap));
  REQUIRE(profile.retire_missing_items("capitals", {ItemId{1}, ItemId{3}}));
  DeckSettings deck;
  deck.params = std::vector<double>(21, 0.123456789012345);
  REQUIRE(profile.set_deck_settings("capitals", deck));
  REQUIRE(profile.record_session(SessionRecord{"capitals", at_secs(0), at_secs(99), 4, 3}));
  REQUIRE(profile.set_item_flags(ItemFlagsRecord{"capitals", ItemId{3}, at_secs(100), true, true}));

  const std::string json = profile_to_json(profile.data());
  CHECK_THAT(json, Catch::Contains("\"factdeck_format\": " + std::to_string(kFormatVersion)) &&
                       Catch::Contains("\"answers\""));
  const Result<ProfileData> read_back = profile_from_json(json, "export.json");
  REQUIRE(read_back);
  CHECK(*read_back == profile.data());
}

TEST_CASE("A malformed JSON import is a parse error naming the file", "[store]") {
  const Result<ProfileData> bad =
      profile_from_json("{\"factdeck_format\": 2, \"profile\": [", "x.json");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().code == ErrorCode::Parse);
  CHECK_THAT(bad.error().message, Catch::Contains("x.json"));
  const Result<ProfileData> newer = profile_from_json("{\"factdeck_format\": 99}", "y.json");
  REQUIRE_FALSE(newer);
  CHECK(newer.error().code == ErrorCode::NewerFormat);
}

TEST_CASE("Profiles live under <data dir>/profiles/<name>", "[store]") {
  const Result<fs::path> dir = profile_dir("/data", "alice");
  REQUIRE(dir);
  CHECK(*dir == fs::path("/data/profiles/alice"));
  CHECK_FALSE(profile_dir("/data", "../etc"));
  CHECK_FALSE(profile_dir("/data", ""));
  const Result<fs::path> flag = os::resolve_data_dir("/somewhere");
  REQUIRE(flag);
  CHECK(*flag == fs::path("/somewhere"));
}

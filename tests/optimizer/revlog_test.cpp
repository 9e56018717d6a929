#include <catch2/catch.hpp>

#include "optimizer/revlog.hpp"

namespace {

using factdeck::Result;
using factdeck::optim::review_log_from_csv;
using factdeck::optim::ReviewLogEntry;

Result<std::vector<ReviewLogEntry>> parse(const std::string& text) {
  return review_log_from_csv(text, "revlog.csv");
}

const char* const kHeader = "card_id,review_time,review_rating,review_state,review_duration\n";

}  // namespace

TEST_CASE("A well-formed revlog parses every row", "[optimizer]") {
  const auto entries = parse(std::string(kHeader) + "7,1000,3,0,500\r\n7,90000000,1,2,800\n");
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK((*entries)[1].card_id == 7);
  CHECK((*entries)[1].review_time_ms == 90000000);
  CHECK((*entries)[1].rating == 1);
  CHECK((*entries)[1].review_state == 2);
}

TEST_CASE("Columns may come in any order", "[optimizer]") {
  const auto entries =
      parse("review_rating,card_id,review_time,review_duration,review_state\n4,9,5000,10,1\n");
  REQUIRE(entries);
  CHECK((*entries)[0].card_id == 9);
  CHECK((*entries)[0].rating == 4);
}

TEST_CASE("An empty file is an error on line 1", "[optimizer]") {
  const auto entries = parse("");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 1);
  CHECK_THAT(entries.error().to_string(), Catch::Contains("revlog.csv:1") &&
                                              Catch::Contains("empty"));
}

TEST_CASE("A header without a required column names the column", "[optimizer]") {
  const auto entries = parse("card_id,review_time,review_rating,review_duration\n1,2,3,4\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 1);
  CHECK_THAT(entries.error().message, Catch::Contains("review_state"));
}

TEST_CASE("A row with too few fields is an error on its line", "[optimizer]") {
  const auto entries = parse(std::string(kHeader) + "1,1000,3,0,5\n2,2000,3\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 3);
}

TEST_CASE("A rating outside 0 to 4 is an error on its line", "[optimizer]") {
  const int bad = GENERATE(-1, 5);
  const auto entries =
      parse(std::string(kHeader) + "1,1000,3,0,5\n1,2000," + std::to_string(bad) + ",2,5\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 3);
  CHECK(entries.error().column == 8);
  CHECK_THAT(entries.error().message, Catch::Contains("review_rating"));
}

TEST_CASE("Rows fsrs-rs ignores are skipped: a manual change (rating 0) and states 4 and above",
          "[optimizer]") {
  const auto entries =
      parse(std::string(kHeader) + "1,1000,3,0,5\n1,2000,0,4,0\n1,3000,3,5,5\n1,4000,2,2,5\n");
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK((*entries)[1].review_time_ms == 4000);
}

TEST_CASE("A duration that is negative or beyond 32 bits is an error on its line", "[optimizer]") {
  const std::string bad = GENERATE(std::string("-1"), std::string("4294967296"));
  const auto entries = parse(std::string(kHeader) + "1,1000,3,0," + bad + "\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 2);
  CHECK_THAT(entries.error().message, Catch::Contains("review_duration"));
}

TEST_CASE("A card whose review times go backwards is an error on the later line", "[optimizer]") {
  const auto entries =
      parse(std::string(kHeader) + "1,5000,3,0,5\n2,1000,3,0,5\n1,4000,3,2,5\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 4);
  CHECK_THAT(entries.error().message, Catch::Contains("line 2"));
}

TEST_CASE("A malformed number is an error on its line", "[optimizer]") {
  const auto entries = parse(std::string(kHeader) + "1,abc,3,0,5\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 2);
}

TEST_CASE("A negative state is an error on its line", "[optimizer]") {
  const auto entries = parse(std::string(kHeader) + "1,1000,3,0,5\n1,2000,3,-2,5\n");
  REQUIRE_FALSE(entries);
  CHECK(entries.error().line == 3);
  CHECK_THAT(entries.error().message, Catch::Contains("review_state"));
}

TEST_CASE("A revlog without a header has the columns in the standard order", "[optimizer]") {
  const auto entries = parse("7,1500,2,1,500\n7,90000123,4,2,800\n");
  REQUIRE(entries);
  REQUIRE(entries->size() == 2);
  CHECK((*entries)[0].review_time_ms == 1500);
  CHECK((*entries)[1].review_time_ms == 90000123);
  CHECK((*entries)[1].rating == 4);
  CHECK((*entries)[1].review_duration_ms == 800);
}

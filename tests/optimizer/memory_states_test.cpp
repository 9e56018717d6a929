#include <catch2/catch.hpp>

#include "optimizer/memory_states.hpp"

using namespace factdeck::optim;
using factdeck::sched::DayClock;
using factdeck::sched::Grade;
using factdeck::sched::Parameters;
using factdeck::sched::Seconds;
using factdeck::sched::TimePoint;
using factdeck::sched::next_memory_state;

namespace {
const DayClock kUtc{Seconds{0}, 4};
// 2024-01-01 12:00 UTC in milliseconds, and one day.
constexpr long long kT0 = 1704110400000LL;
constexpr long long kDay = 86400000LL;

std::string row(long long card, long long time_ms, int rating, int state) {
  return std::to_string(card) + "," + std::to_string(time_ms) + "," + std::to_string(rating) + "," +
         std::to_string(state) + ",5000\n";
}
}  // namespace

TEST_CASE("A revlog CSV replays into the same memory as answering one by one", "[optimizer]") {
  const std::string csv = "card_id,review_time,review_rating,review_state,review_duration\n" +
                          row(2, kT0, 3, 0) + row(2, kT0 + 3 * kDay, 3, 2) + row(1, kT0, 1, 0) +
                          row(1, kT0 + 600000, 3, 1) + row(2, kT0 + 10 * kDay, 1, 2);
  const auto entries = parse_review_log(csv, "log.csv");
  REQUIRE(entries.has_value());
  CHECK(entries->size() == 5);
  const auto cards = memory_states_from_revlog(*entries, Parameters{}, kUtc);
  REQUIRE(cards.size() == 2);
  CHECK(cards[0].card_id == 1);
  const Parameters p;
  auto expected = next_memory_state(p, std::nullopt, 0, Grade::Good);
  expected = next_memory_state(p, expected, 3, Grade::Good);
  expected = next_memory_state(p, expected, 7, Grade::Again);
  CHECK(cards[1].memory.stability_days == Approx(expected.stability_days));
  CHECK(cards[1].memory.difficulty == Approx(expected.difficulty));
  CHECK(cards[1].review_count == 3);
}

TEST_CASE("A card relearned from scratch starts at its last learning block", "[optimizer]") {
  const std::string csv = row(5, kT0, 1, 0) + row(5, kT0 + 2 * kDay, 1, 2) + row(5, kT0 + 9 * kDay, 4, 0) +
                          row(5, kT0 + 9 * kDay + 60000, 0, 4);
  const auto entries = parse_review_log(csv, "log.csv");
  REQUIRE(entries.has_value());
  CHECK(entries->size() == 3);  // the manual change (rating 0, state 4) is skipped, as fsrs-rs does
  const auto cards = memory_states_from_revlog(*entries, Parameters{}, kUtc);
  REQUIRE(cards.size() == 1);
  CHECK(cards[0].review_count == 1);
  CHECK(cards[0].memory.stability_days == Approx(8.2956));
}

TEST_CASE("Revlog errors name the file, line and column", "[optimizer]") {
  SECTION("a field that is not a number") {
    const auto result = parse_review_log(row(1, kT0, 3, 0) + "1,abc,3,2,100\n", "log.csv");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 2);
    CHECK(result.error().column == 3);
    CHECK(result.error().to_string().find("log.csv:2:3: review_time is not an integer") == 0);
  }
  SECTION("a rating out of range") {
    const auto result = parse_review_log(row(1, kT0, 7, 0), "log.csv");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("review_rating") != std::string::npos);
  }
  SECTION("a missing column") {
    const auto result = parse_review_log("card_id,review_time\n1,2\n", "log.csv");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find("review_rating") != std::string::npos);
  }
  SECTION("a short row") {
    const auto result = parse_review_log("1,2,3\n", "log.csv");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().line == 1);
  }
}

TEST_CASE("Reading rows one by one keeps milliseconds, gives lines and stops at the caller's error",
          "[optimizer]") {
  const std::string csv = row(1, kT0 + 250, 3, 0) + row(9, kT0, 0, 4) + row(2, kT0 + 999, 3, 0) + row(3, kT0, 3, 0);
  std::vector<ReviewLogEntry> seen;
  std::vector<int> lines;
  const auto result = for_each_review(csv, "log.csv", [&](const ReviewLogEntry& entry, int line) {
    seen.push_back(entry);
    lines.push_back(line);
    if (entry.card_id == 2) return factdeck::Result<void>{factdeck::fail(factdeck::ErrorCode::Invalid, "stop", "log.csv", line)};
    return factdeck::Result<void>{};
  });
  REQUIRE_FALSE(result.has_value());
  CHECK(result.error().line == 3);
  REQUIRE(seen.size() == 2);
  CHECK(lines == std::vector<int>{1, 3});
  CHECK(seen[0].review_time_ms == kT0 + 250);
  CHECK(seen[1].review_time_ms == kT0 + 999);
}

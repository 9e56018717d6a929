#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "scheduler/day_clock.hpp"
#include "scheduler/time_zone.hpp"

using namespace factdeck::sched;

namespace {
/// UTC instant from a calendar date and time (proleptic Gregorian, days_from_civil).
TimePoint utc(int y, unsigned m, unsigned d, int hour, int minute = 0) {
  const std::chrono::sys_days day = std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d};
  return TimePoint{std::chrono::duration_cast<Seconds>(day.time_since_epoch()) + Seconds{hour * 3600 + minute * 60}};
}

// Central European time as a POSIX rule, so the test does not depend on the zone database.
constexpr const char* kCentralEurope = "CET-1CEST,M3.5.0,M10.5.0/3";

DayClock central_europe(int day_start_hour) {
  auto offset = time_zone_offset(kCentralEurope);
  REQUIRE(offset.has_value());
  return DayClock{*offset, day_start_hour};
}
}  // namespace

TEST_CASE("The study day starts at the configured local hour", "[scheduler]") {
  const DayClock sydney_like{Seconds{10 * 3600}, 4};
  // 17:59 UTC is 03:59 local the next calendar day: still the previous study day.
  CHECK(sydney_like.day_number(utc(2024, 3, 1, 17, 59)) == sydney_like.day_number(utc(2024, 3, 1, 10, 0)));
  CHECK(sydney_like.day_number(utc(2024, 3, 1, 18, 0)) == sydney_like.day_number(utc(2024, 3, 1, 10, 0)) + 1);
  CHECK(sydney_like.next_day_start(utc(2024, 3, 1, 10, 0)) == utc(2024, 3, 1, 18, 0));
}

TEST_CASE("A late-night review and an after-midnight review share a study day", "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  CHECK(clock.elapsed_days(utc(2024, 5, 1, 23, 0), utc(2024, 5, 2, 1, 0)) == 0);
  CHECK(clock.elapsed_days(utc(2024, 5, 1, 23, 0), utc(2024, 5, 2, 5, 0)) == 1);
  CHECK(clock.elapsed_days(utc(2024, 5, 1, 3, 0), utc(2024, 5, 1, 5, 0)) == 1);
}

TEST_CASE("Day boundaries follow daylight-saving changes", "[scheduler]") {
  const DayClock clock = central_europe(4);
  SECTION("spring forward: the day of the change starts at 04:00 CEST = 02:00 UTC") {
    CHECK(clock.day_start(utc(2024, 3, 31, 12, 0)) == utc(2024, 3, 31, 2, 0));
    CHECK(clock.day_start(utc(2024, 3, 30, 12, 0)) == utc(2024, 3, 30, 3, 0));
    CHECK(clock.day_number(utc(2024, 3, 31, 1, 59)) == clock.day_number(utc(2024, 3, 30, 3, 0)));
    CHECK(clock.elapsed_days(utc(2024, 3, 30, 20, 0), utc(2024, 3, 31, 20, 0)) == 1);
  }
  SECTION("fall back: the day after the change starts at 04:00 CET = 03:00 UTC") {
    CHECK(clock.next_day_start(utc(2024, 10, 26, 12, 0)) == utc(2024, 10, 27, 3, 0));
    CHECK(clock.day_start(utc(2024, 10, 26, 12, 0)) == utc(2024, 10, 26, 2, 0));
    CHECK(clock.elapsed_days(utc(2024, 10, 26, 20, 0), utc(2024, 10, 27, 20, 0)) == 1);
  }
  SECTION("a day start inside the skipped hour begins at the first instant after it") {
    const DayClock two_am = central_europe(2);
    CHECK(two_am.day_start(utc(2024, 3, 31, 12, 0)) == utc(2024, 3, 31, 1, 0));
  }
}

TEST_CASE("Named time zones come from the system database; unknown names fail", "[scheduler]") {
  auto berlin = time_zone_offset("Europe/Berlin");
  if (!std::filesystem::exists("/usr/share/zoneinfo/Europe/Berlin") && std::getenv("TZDIR") == nullptr) {
    // Without the tzdata package a named zone must fail cleanly, never fall back to UTC.
    WARN("no time-zone database installed: checking the error path only");
    REQUIRE_FALSE(berlin.has_value());
    CHECK(berlin.error().code == factdeck::ErrorCode::NotFound);
    return;
  }
  REQUIRE(berlin.has_value());
  CHECK((*berlin)(utc(2024, 1, 15, 12)) == Seconds{3600});
  CHECK((*berlin)(utc(2024, 7, 15, 12)) == Seconds{7200});
  auto new_york = time_zone_offset("America/New_York");
  REQUIRE(new_york.has_value());
  CHECK((*new_york)(utc(2024, 7, 15, 12)) == Seconds{-4 * 3600});
  const auto unknown = time_zone_offset("Mars/Olympus_Mons");
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().message.find("Mars/Olympus_Mons") != std::string::npos);
}

TEST_CASE("A clock that goes backwards never gives negative elapsed days", "[scheduler]") {
  const DayClock clock{Seconds{0}, 4};
  CHECK(clock.elapsed_days(utc(2024, 5, 10, 12), utc(2024, 5, 1, 12)) == 0);
}

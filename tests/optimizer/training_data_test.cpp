#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "optimizer/revlog.hpp"
#include "optimizer/training_data.hpp"

namespace {

using namespace factdeck::optim;

constexpr std::int64_t kDayMs = 86400000;
// 2024-01-01 12:00 UTC.
constexpr std::int64_t kNoonMs = 19723 * kDayMs + 12 * 3600000;

ReviewLogEntry entry(std::int64_t card, std::int64_t time_ms, int rating, int state) {
  return {card, time_ms, static_cast<std::uint8_t>(rating), static_cast<std::uint8_t>(state), 0};
}

// The same history for cards 1..25: the outlier filter always removes the rarest 20 cards of
// a first rating, so a lone card would never survive it.
std::vector<ReviewLogEntry> many_cards(const std::vector<ReviewLogEntry>& pattern) {
  std::vector<ReviewLogEntry> log;
  for (std::int64_t card = 1; card <= 25; ++card) {
    for (ReviewLogEntry e : pattern) {
      e.card_id = card;
      log.push_back(e);
    }
  }
  return log;
}

std::vector<std::uint32_t> elapsed_days_of(const PreparedData& data, std::size_t card) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t k = 0; k < data.cards[card].count; ++k) {
    out.push_back(data.reviews[data.cards[card].first + k].elapsed_days);
  }
  return out;
}

}  // namespace

TEST_CASE("Days start at the clock's hour in the clock's zone", "[optimizer]") {
  // Learnt at 02:00 UTC, reviewed at 05:00 UTC the same calendar day.
  const std::int64_t two_am = 19723 * kDayMs + 2 * 3600000;
  const std::vector<ReviewLogEntry> log = {entry(1, two_am, 3, 0), entry(1, two_am + 3 * 3600000, 3, 2)};
  // UTC, days from 4 am: 02:00 still belongs to the day before, so the review is a day later.
  const PreparedData utc = prepare_data(many_cards(log), factdeck::sched::DayClock{});
  REQUIRE(utc.cards.size() == 25);
  CHECK(elapsed_days_of(utc, 0) == std::vector<std::uint32_t>{0, 1});
  // Two hours east of UTC both are on one study day (04:00 and 07:00 local): no target, no card.
  const factdeck::sched::DayClock plus_two{factdeck::sched::Seconds{7200}, 4};
  CHECK(prepare_data(many_cards(log), plus_two).cards.empty());
}

TEST_CASE("Same-day reviews stay in the history but are never targets", "[optimizer]") {
  const std::vector<ReviewLogEntry> log = {
      entry(1, kNoonMs, 1, 0), entry(1, kNoonMs + 600000, 3, 1),
      entry(1, kNoonMs + kDayMs, 3, 2), entry(1, kNoonMs + kDayMs + 60000, 3, 2)};
  const PreparedData data = prepare_data(many_cards(log), factdeck::sched::DayClock{});
  REQUIRE(data.cards.size() == 25);
  CHECK(elapsed_days_of(data, 0) == std::vector<std::uint32_t>{0, 0, 1, 0});
  CHECK(data.target_count == 25);
  CHECK(data.reviews[2].weight > 0.0f);
  CHECK(data.reviews[3].weight == 0.0f);
}

TEST_CASE("A card keeps only entries from its last block of learning entries", "[optimizer]") {
  const std::vector<ReviewLogEntry> log = {
      entry(1, kNoonMs, 3, 0), entry(1, kNoonMs + 2 * kDayMs, 3, 2),
      entry(1, kNoonMs + 5 * kDayMs, 3, 0), entry(1, kNoonMs + 5 * kDayMs + 1000, 3, 1),
      entry(1, kNoonMs + 9 * kDayMs, 4, 2)};
  const PreparedData data = prepare_data(many_cards(log), factdeck::sched::DayClock{});
  REQUIRE(data.cards.size() == 25);
  CHECK(elapsed_days_of(data, 0) == std::vector<std::uint32_t>{0, 0, 4});
}

TEST_CASE("A card without learning entries or without a later day is dropped", "[optimizer]") {
  const std::vector<ReviewLogEntry> reviews_only = {entry(1, kNoonMs, 3, 2),
                                                    entry(1, kNoonMs + kDayMs, 3, 2)};
  const std::vector<ReviewLogEntry> one_day_only = {entry(1, kNoonMs, 3, 0),
                                                    entry(1, kNoonMs + 1000, 3, 1)};
  const std::vector<ReviewLogEntry> kept = {entry(1, kNoonMs, 3, 0),
                                            entry(1, kNoonMs + kDayMs, 3, 2)};
  CHECK(prepare_data(many_cards(reviews_only), factdeck::sched::DayClock{}).cards.empty());
  CHECK(prepare_data(many_cards(one_day_only), factdeck::sched::DayClock{}).cards.empty());
  CHECK(prepare_data(many_cards(kept), factdeck::sched::DayClock{}).cards.size() == 25);
}

TEST_CASE("Recency weights rise from 0.25 to 1 in time order", "[optimizer]") {
  std::vector<ReviewLogEntry> log;
  // 30 cards, each first seen on day c and reviewed 3 days later; all in one outlier-safe group.
  for (int c = 0; c < 30; ++c) {
    log.push_back(entry(100 + c, kNoonMs + c * kDayMs, 3, 0));
    log.push_back(entry(100 + c, kNoonMs + (c + 3) * kDayMs, 3, 2));
  }
  const PreparedData data = prepare_data(log, factdeck::sched::DayClock{});
  REQUIRE(data.target_count == 30);
  CHECK(data.reviews[data.cards.front().first + 1].weight == Approx(0.25));
  CHECK(data.reviews[data.cards.back().first + 1].weight == Approx(1.0));
  const float middle = data.reviews[data.cards[15].first + 1].weight;
  CHECK(middle == Approx(0.25 + 0.75 * std::pow(15.0 / 29.0, 3)));
}

TEST_CASE("The outlier filter drops rare first intervals and keeps common ones", "[optimizer]") {
  std::vector<ReviewLogEntry> log;
  std::int64_t id = 1;
  auto add_cards = [&](int count, int first_rating, int interval_days) {
    for (int i = 0; i < count; ++i, ++id) {
      log.push_back(entry(id, kNoonMs, first_rating, 0));
      log.push_back(entry(id, kNoonMs + interval_days * kDayMs, 3, 2));
    }
  };
  add_cards(40, 3, 3);  // common: kept
  add_cards(30, 3, 5);  // common: kept
  add_cards(4, 3, 9);   // rare: removed (counts toward the first 20 removed)
  add_cards(25, 3, 150);  // longer than 100 days: removed
  const PreparedData data = prepare_data(log, factdeck::sched::DayClock{});
  CHECK(data.cards.size() == 70);
  CHECK(data.removed_card_count == 29);
}

TEST_CASE("The held-out split keeps about one card in five and depends on the seed",
          "[optimizer]") {
  int held_out = 0;
  int differs = 0;
  for (std::int64_t id = 0; id < 5000; ++id) {
    held_out += is_held_out_card(id, 2023);
    differs += is_held_out_card(id, 2023) != is_held_out_card(id, 7);
  }
  CHECK(held_out > 900);
  CHECK(held_out < 1100);
  CHECK(differs > 0);
}

TEST_CASE("The order of the review log does not change the training data", "[optimizer]") {
  auto log = read_revlog_csv(std::string(FACTDECK_TEST_DATA_DIR) + "/optimizer/small_revlog.csv");
  REQUIRE(log);
  std::vector<ReviewLogEntry> entries = *log;
  // Negative and far-apart card ids, and two cards answered in the same millisecond.
  entries.push_back(entry(-5, kNoonMs, 3, 0));
  entries.push_back(entry(-5, kNoonMs + 3 * kDayMs, 3, 2));
  entries.push_back(entry(4000000000000, kNoonMs, 3, 0));
  entries.push_back(entry(4000000000000, kNoonMs + 3 * kDayMs, 1, 2));
  const PreparedData expected = prepare_data(entries, factdeck::sched::DayClock{});
  std::mt19937_64 rng(7);
  std::shuffle(entries.begin(), entries.end(), rng);
  const PreparedData shuffled = prepare_data(entries, factdeck::sched::DayClock{});
  REQUIRE(shuffled.cards.size() == expected.cards.size());
  REQUIRE(shuffled.reviews.size() == expected.reviews.size());
  CHECK(shuffled.target_count == expected.target_count);
  for (std::size_t c = 0; c < expected.cards.size(); ++c) {
    CHECK(shuffled.cards[c].card_id == expected.cards[c].card_id);
    CHECK(shuffled.cards[c].count == expected.cards[c].count);
  }
  for (std::size_t r = 0; r < expected.reviews.size(); ++r) {
    CHECK(shuffled.reviews[r].elapsed_days == expected.reviews[r].elapsed_days);
    CHECK(shuffled.reviews[r].rating == expected.reviews[r].rating);
    CHECK(shuffled.reviews[r].weight == expected.reviews[r].weight);
  }
}

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <vector>

#include "scheduler/queue.hpp"
#include "test_helpers.hpp"

using namespace factdeck::sched;
using factdeck::ItemId;
using test::days;
using test::test_now;

namespace {

const DayClock kUtc{Seconds{0}, 4};

/// A small deck under construction: states and keys kept alive for the candidates' spans.
struct Deck {
  std::vector<ItemState> states;
  std::vector<std::uint64_t> facts;
  std::vector<std::vector<std::uint64_t>> entities;

  std::size_t add(const ItemState& state, std::uint64_t fact, std::vector<std::uint64_t> entity_keys = {}) {
    states.push_back(state);
    facts.push_back(fact);
    entities.push_back(std::move(entity_keys));
    return states.size() - 1;
  }
  std::vector<QueueCandidate> candidates() const {
    std::vector<QueueCandidate> out;
    for (std::size_t i = 0; i < states.size(); ++i) out.push_back({ItemId{i}, &states[i], facts[i], entities[i]});
    return out;
  }
  DailyQueue build(const QueueConfig& config = {}) const {
    const auto list = candidates();
    return build_daily_queue(list, config, Parameters{}, kUtc, test_now());
  }
};

ItemState review_due(double stability, double elapsed_days, double overdue_days = 0.0) {
  ItemState item = test::make_review_item(stability, 5.0, days(elapsed_days));
  item.due = test_now() - days(overdue_days);
  return item;
}

ItemState learning_due(Seconds in) {
  ItemState item;
  item.phase = Phase::Learning;
  item.memory = MemoryState{1.0, 5.0};
  item.last_review = test_now() - Seconds{60};
  item.due = test_now() + in;
  return item;
}

std::vector<std::uint64_t> ids(const DailyQueue& queue) {
  std::vector<std::uint64_t> out;
  for (const auto& entry : queue.entries) out.push_back(entry.id.value);
  return out;
}

}  // namespace

TEST_CASE("Learning comes before reviews; reviews by due day then lowest retrievability", "[scheduler]") {
  Deck deck;
  deck.add(review_due(100.0, 10.0), 1);        // 0: due today, high R
  deck.add(review_due(2.0, 10.0), 2);          // 1: due today, low R
  deck.add(review_due(50.0, 50.0, 3.0), 3);    // 2: three days overdue
  deck.add(learning_due(Seconds{300}), 4);     // 3: learning step due within learn-ahead
  deck.add(learning_due(Seconds{3 * 3600}), 5);  // 4: learning later today
  ItemState future = review_due(10.0, 1.0);
  future.due = test_now() + days(2);
  deck.add(future, 6);                          // 5: not due
  const DailyQueue queue = deck.build();
  CHECK(ids(queue) == std::vector<std::uint64_t>{3, 2, 1, 0});
  CHECK(queue.entries[0].section == QueueSection::Learning);
  REQUIRE(queue.next_learning_due.has_value());
  CHECK(*queue.next_learning_due == test_now() + Seconds{3 * 3600});
  CHECK(queue.reviews_due == 3);
}

TEST_CASE("Daily limits cap new items and reviews, counting those already done", "[scheduler]") {
  Deck deck;
  for (std::uint64_t i = 0; i < 30; ++i) deck.add(review_due(5.0, 5.0), i);
  for (std::uint64_t i = 30; i < 60; ++i) deck.add(ItemState{}, i);
  QueueConfig config;
  config.reviews_per_day = 10;
  config.new_per_day = 5;
  config.new_done_today = 2;
  const DailyQueue queue = deck.build(config);
  const auto count = [&](QueueSection section) {
    return std::count_if(queue.entries.begin(), queue.entries.end(), [&](const QueueEntry& e) { return e.section == section; });
  };
  CHECK(count(QueueSection::Review) == 10);
  CHECK(count(QueueSection::New) == 3);
  CHECK(queue.new_available == 30);
  SECTION("new items are spread among the reviews, not bunched at one end") {
    CHECK(queue.entries.front().section == QueueSection::Review);
    CHECK(queue.entries.back().section == QueueSection::Review);
  }
}

TEST_CASE("Items of the same fact are never shown on the same day", "[scheduler]") {
  Deck deck;
  deck.add(review_due(3.0, 3.0), 7);   // fact 7, lower R: shown
  deck.add(review_due(30.0, 3.0), 7);  // fact 7 again: buried
  deck.add(ItemState{}, 7);            // new item of fact 7: buried
  ItemState answered_today = review_due(10.0, 0.0);
  answered_today.last_review = test_now() - Seconds{600};
  answered_today.due = test_now() + days(10);
  deck.add(answered_today, 8);         // fact 8 was studied today...
  deck.add(review_due(5.0, 5.0), 8);   // ...so its sibling waits
  const DailyQueue queue = deck.build();
  CHECK(ids(queue) == std::vector<std::uint64_t>{0});
  CHECK(queue.buried_siblings == 3);
}

TEST_CASE("Items sharing an entity are spread apart", "[scheduler]") {
  Deck deck;
  constexpr std::uint64_t kNapoleon = 1000;
  deck.add(review_due(2.0, 4.0), 1, {kNapoleon});
  deck.add(review_due(2.1, 4.0), 2, {kNapoleon});
  for (std::uint64_t fact = 3; fact < 9; ++fact) deck.add(review_due(5.0 + static_cast<double>(fact), 4.0), fact);
  QueueConfig config;
  config.entity_gap = 3;
  const DailyQueue queue = deck.build(config);
  const auto order = ids(queue);
  REQUIRE(order.size() == 8);
  const auto first = std::find(order.begin(), order.end(), 0u) - order.begin();
  const auto second = std::find(order.begin(), order.end(), 1u) - order.begin();
  CHECK(std::abs(second - first) > 3);
  SECTION("only one new item per entity is introduced per day") {
    Deck fresh;
    fresh.add(ItemState{}, 1, {kNapoleon});
    fresh.add(ItemState{}, 2, {kNapoleon});
    fresh.add(ItemState{}, 3, {2000});
    const DailyQueue new_queue = fresh.build();
    CHECK(ids(new_queue) == std::vector<std::uint64_t>{0, 2});
    CHECK(new_queue.deferred_by_entity == 1);
  }
}

TEST_CASE("Leeches are flagged and reported but still scheduled", "[scheduler]") {
  Deck deck;
  ItemState leech = review_due(1.0, 2.0);
  leech.lapses = 8;
  deck.add(leech, 1);
  ItemState almost = review_due(1.0, 2.0);
  almost.lapses = 7;
  deck.add(almost, 2);
  const DailyQueue queue = deck.build();
  CHECK(queue.leeches == std::vector<ItemId>{ItemId{0}});
  CHECK(queue.entries.size() == 2);
}

TEST_CASE("Suspended items are left out", "[scheduler]") {
  Deck deck;
  ItemState suspended = review_due(1.0, 2.0);
  suspended.is_suspended = true;
  deck.add(suspended, 1);
  CHECK(deck.build().entries.empty());
}

TEST_CASE("The queue asks young memories by recognition and strong ones by recall", "[scheduler]") {
  Deck deck;
  deck.add(ItemState{}, 1);             // new
  deck.add(review_due(2.0, 2.0), 2);    // young
  deck.add(review_due(30.0, 30.0), 3);  // established
  const DailyQueue queue = deck.build();
  for (const QueueEntry& entry : queue.entries) {
    const auto expected = entry.id.value == 2 ? Retrieval::Recall : Retrieval::Recognition;
    CHECK(entry.retrieval == expected);
  }
}

TEST_CASE("A due time at the far ends of the clock is ordered without overflow", "[scheduler]") {
  // An import once let a due time of INT64_MIN through: tomorrow's start minus it overflowed
  // (UBSan), and the wrapped count put the most overdue item last.
  Deck deck;
  deck.add(review_due(5.0, 5.0, 3.0), 1);  // 0: three days overdue
  ItemState ancient = review_due(5.0, 5.0);
  ancient.due = TimePoint{Seconds{std::numeric_limits<std::int64_t>::min()}};
  ancient.last_review = TimePoint{Seconds{std::numeric_limits<std::int64_t>::min()}};
  deck.add(ancient, 2);  // 1: overdue since the beginning of time
  ItemState far_future = review_due(5.0, 5.0);
  far_future.due = TimePoint{Seconds{std::numeric_limits<std::int64_t>::max()}};
  deck.add(far_future, 3);  // 2: not due
  const DailyQueue queue = deck.build();
  CHECK(ids(queue) == std::vector<std::uint64_t>{1, 0});
}

// The home screen's counts per deck (state/deck_counts.hpp), on their own: what is new, learning
// and due today, and what was studied today.
#include <catch2/catch.hpp>

#include "state/answering.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

TEST_CASE("A fresh deck offers one new item per fact, and an answer moves one to learning", "[state]") {
  StateFolder folder;
  store::Profile profile = open_test_profile(folder, at_secs(0));
  const std::vector<LoadedDeck> decks{load_test_deck(folder)};
  const std::size_t items = decks[0].deck.items.size();
  const std::size_t facts = decks[0].deck.facts.size();  // a fact's other items wait for another day
  REQUIRE(items > facts);
  DueCounts counts;
  counts.refresh(decks, &profile, at_secs(0));
  DeckCounts fresh = counts.of(kCapitals);
  CHECK(fresh.total_items == items);
  CHECK(fresh.new_available == facts);
  CHECK(fresh.learning == 0);
  CHECK(fresh.due == 0);
  CHECK(fresh.studied_today == 0);

  AnswerRequest again;
  again.item = decks[0].deck.items[0].id;
  again.deck_id = kCapitals;
  again.grade = sched::Grade::Again;
  again.now = at_secs(10);
  REQUIRE(record_answer(profile, again));
  counts.refresh(decks, &profile, at_secs(20));
  const DeckCounts after = counts.of(kCapitals);
  CHECK(after.new_available == facts - 1);
  CHECK(after.learning == 1);
  CHECK(after.studied_today == 1);
}

TEST_CASE("Without a profile, or for a deck not counted, the counts are zero", "[state]") {
  StateFolder folder;
  const std::vector<LoadedDeck> decks{load_test_deck(folder)};
  DueCounts counts;
  counts.refresh(decks, nullptr, at_secs(0));
  CHECK(counts.of(kCapitals).total_items == 0);
  store::Profile profile = open_test_profile(folder, at_secs(0));
  counts.refresh(decks, &profile, at_secs(0));
  CHECK(counts.of(DeckId{"elsewhere"}).total_items == 0);
  CHECK(counts.of(kCapitals).total_items > 0);
}

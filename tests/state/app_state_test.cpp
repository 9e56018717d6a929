// AppState as the router: each action returns what it changed or why nothing did, and the rules
// that span parts hold.
#include <catch2/catch.hpp>

#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

TEST_CASE("An applied action returns what it changed", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  const Result<Changes> started = state.apply(StartStudy{kCapitals, std::nullopt}, at_secs(1));
  REQUIRE(started);
  CHECK(*started == Changes{.schedule = true});
  REQUIRE(state.apply(RevealAnswer{}, at_secs(2)));
  const Result<Changes> rated = state.apply(RateAnswer{sched::Grade::Good}, at_secs(3));
  REQUIRE(rated);
  CHECK(rated->schedule);
  const Result<Changes> selected = state.apply(SelectDeck{kCapitals}, at_secs(4));
  REQUIRE(selected);
  CHECK(*selected == Changes{});
  const Result<Changes> ended = state.apply(EndStudy{}, at_secs(5));
  REQUIRE(ended);
  CHECK(*ended == Changes{.schedule = true, .screen = true});
  CHECK(state.screen() == Screen::Home);
  CHECK(state.deck_counts(kCapitals).studied_today == 1);  // refreshed by the changes, on home
}

TEST_CASE("A grade for a question whose item changed since it was shown is refused and shown as a notice",
          "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  const ItemId shown = current_item(state);
  act(state, RevealAnswer{}, at_secs(2));
  // The deck options' list marks the item on screen behind the session's back.
  act(state, SetItemMarks{kCapitals, shown, false, true}, at_secs(3));

  const Result<Changes> refused = state.apply(RateAnswer{sched::Grade::Good}, at_secs(4));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Conflict);
  CHECK(state.profile()->reviews().size() == 0);
  CHECK(current_item(state) == shown);
  CHECK(state.study()->answered() == 0);

  const std::size_t notices_before = state.notices().size();
  state.apply_all({RateAnswer{sched::Grade::Good}}, at_secs(5));
  REQUIRE(state.notices().size() == notices_before + 1);
  CHECK(state.notices().back().level == Notice::Level::Warning);
  CHECK_THAT(state.notices().back().text, Catch::StartsWith("Your answer was not saved: "));
}

TEST_CASE("A deck being studied cannot leave the list until the session ends", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, StartStudy{kCapitals, std::nullopt}, at_secs(1));
  const Result<Changes> refused = state.apply(ForgetDeck{kCapitals}, at_secs(2));
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Conflict);
  CHECK(state.library().find(kCapitals) != nullptr);
  act(state, EndStudy{}, at_secs(3));
  const Result<Changes> forgotten = state.apply(ForgetDeck{kCapitals}, at_secs(4));
  REQUIRE(forgotten);
  CHECK(forgotten->decks);
  CHECK(state.library().find(kCapitals) == nullptr);
}
